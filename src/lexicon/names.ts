import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { hasArabic, hasLatin } from '../text/normalize';
import { isRecord, LexiconError, readYaml, stringList } from './errors';

/**
 * An article's own names: its people and places, in English and in the Arabic forms it uses.
 * Kept beside the article as `corpus/<file>.names.yaml` (see the one in corpus/ for the format).
 * An article without such a file simply has no names of its own: the shared lexicon still
 * serves it.
 */

export type NameKind = 'person' | 'place';

export interface NameEntry {
  id: string;
  kind: NameKind;
  /** English forms as written ("Ilham Aliyev", "Aliyev"). */
  en: string[];
  /** Arabic forms as the article writes them ("إلهام علييف", "علييف"). */
  ar: string[];
  /** Ids of entries the article uses in the same sense (a capital for its country). */
  related: string[];
}

export interface ArticleNames {
  /** The names file. */
  file: string;
  entries: NameEntry[];
}

export const NAMES_SUFFIX = '.names.yaml';

/** Parses and validates one names file; errors name the file and the entry. */
export function loadNamesFile(file: string): ArticleNames {
  const data = readYaml(file);
  if (data === null || data === undefined) return { file, entries: [] };
  if (!isRecord(data)) throw new LexiconError(file, 'expected a mapping with "people" and/or "places"');
  for (const key of Object.keys(data)) {
    if (key !== 'people' && key !== 'places') {
      throw new LexiconError(file, `unknown key "${key}" (expected "people" and/or "places")`);
    }
  }
  const entries: NameEntry[] = [];
  const ids = new Set<string>();
  for (const [key, kind] of [['people', 'person'], ['places', 'place']] as const) {
    const list = data[key];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) throw new LexiconError(file, `"${key}" must be a list of entries`);
    list.forEach((raw: unknown, i) => {
      const where = `${key}[${i}]`;
      if (!isRecord(raw)) throw new LexiconError(file, `${where}: expected a mapping with "en" and "ar"`);
      for (const k of Object.keys(raw)) {
        if (!['id', 'en', 'ar', 'related'].includes(k)) {
          throw new LexiconError(file, `${where}: unknown key "${k}" (expected id, en, ar, related)`);
        }
      }
      if (raw.en === undefined) throw new LexiconError(file, `${where}: missing "en" (its English forms)`);
      if (raw.ar === undefined) throw new LexiconError(file, `${where}: missing "ar" (its Arabic forms)`);
      const en = stringList(raw.en, file, `${where}.en`);
      const ar = stringList(raw.ar, file, `${where}.ar`);
      en.forEach((form, j) => {
        if (!hasLatin(form) || hasArabic(form)) {
          throw new LexiconError(file, `${where}.en[${j}]: "${form}" is not an English form (Latin letters only)`);
        }
      });
      ar.forEach((form, j) => {
        if (!hasArabic(form) || hasLatin(form)) {
          throw new LexiconError(file, `${where}.ar[${j}]: "${form}" is not an Arabic form (Arabic letters only)`);
        }
      });
      if (raw.id !== undefined && (typeof raw.id !== 'string' || raw.id.trim() === '')) {
        throw new LexiconError(file, `${where}.id: expected a non-empty string`);
      }
      const id = typeof raw.id === 'string' ? raw.id.trim() : en[0]!.toLowerCase();
      if (ids.has(id)) throw new LexiconError(file, `${where}: duplicate id "${id}"`);
      ids.add(id);
      const related = raw.related === undefined ? [] : stringList(raw.related, file, `${where}.related`);
      entries.push({ id, kind, en, ar, related });
    });
  }
  for (const e of entries) {
    for (const r of e.related) {
      if (!ids.has(r)) throw new LexiconError(file, `entry "${e.id}": related id "${r}" is not an entry of this file`);
    }
  }
  return { file, entries };
}

/**
 * Every names file of a corpus folder, keyed by the article file name it sits beside
 * (`x.names.yaml` → "x"). A names file with no article beside it is still loaded.
 */
export function loadCorpusNames(corpusDir: string): Map<string, ArticleNames> {
  const out = new Map<string, ArticleNames>();
  if (!existsSync(corpusDir)) return out;
  for (const f of readdirSync(corpusDir).sort()) {
    if (!f.endsWith(NAMES_SUFFIX) || f.startsWith('.')) continue;
    out.set(f.slice(0, -NAMES_SUFFIX.length), loadNamesFile(join(corpusDir, f)));
  }
  return out;
}
