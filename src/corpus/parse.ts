import { parseDocument } from 'yaml';
import { Article, CorpusError } from './types';

/**
 * Parses one corpus file: YAML front matter between `---` lines, then the body, one paragraph per
 * blank-line-separated block. Only `title` is required. Every problem is a CorpusError naming the
 * file and, where it can, the line.
 */

const KNOWN_STRING_FIELDS = ['id', 'title', 'summary', 'source', 'dateline', 'category', 'url', 'language', 'updated'] as const;

export interface ParsedBody {
  paragraphs: string[];
  /** 1-based line in the file where each paragraph starts. */
  lines: number[];
}

function splitFrontMatter(text: string, file: string): { yaml: string; body: string; bodyLine: number } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    throw new CorpusError(file, 'missing YAML front matter: the file must start with a line "---"', 1);
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close < 0) throw new CorpusError(file, 'front matter is not closed: no second "---" line', 1);
  return {
    yaml: lines.slice(1, close).join('\n'),
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}

/** Paragraphs of a body: blocks separated by blank lines, inner line breaks joined by a space. */
export function parseBody(body: string, firstLine = 1): ParsedBody {
  const paragraphs: string[] = [];
  const lines: number[] = [];
  let current: string[] = [];
  let startLine = firstLine;
  body.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') {
      if (current.length) paragraphs.push(current.join(' '));
      current = [];
      return;
    }
    if (current.length === 0) {
      startLine = firstLine + i;
      lines.push(startLine);
    }
    current.push(line);
  });
  if (current.length) paragraphs.push(current.join(' '));
  return { paragraphs, lines };
}

function stringList(value: unknown, field: string, file: string): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
    return value.map(String);
  }
  throw new CorpusError(file, `"${field}" must be a string or a list of strings`);
}

function isoDate(value: unknown, field: string, file: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  // YAML may read 2024-08-19 as a date or a string depending on the schema; accept both.
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(text) || Number.isNaN(Date.parse(text.slice(0, 10)))) {
    throw new CorpusError(file, `"${field}" must be an ISO date (YYYY-MM-DD), got "${text}"`);
  }
  return text.slice(0, 10);
}

/** Parses the text of a corpus file into an Article. `defaultId` is the file name without .md. */
export function parseArticle(text: string, file: string, defaultId: string): Article {
  const { yaml, body, bodyLine } = splitFrontMatter(text, file);
  const doc = parseDocument(yaml, { prettyErrors: true });
  if (doc.errors.length) {
    const err = doc.errors[0]!;
    const line = err.linePos?.[0]?.line;
    const message = err.message.split('\n')[0] ?? 'invalid YAML';
    throw new CorpusError(file, `broken YAML front matter: ${message}`, line !== undefined ? line + 1 : undefined);
  }
  const meta: unknown = doc.toJS();
  if (meta === null || typeof meta !== 'object' || Array.isArray(meta)) {
    throw new CorpusError(file, 'front matter must be a YAML mapping (key: value lines)', 2);
  }
  const fields = meta as Record<string, unknown>;
  for (const key of KNOWN_STRING_FIELDS) {
    const v = fields[key];
    if (v !== undefined && v !== null && typeof v !== 'string' && typeof v !== 'number') {
      throw new CorpusError(file, `"${key}" must be text`);
    }
  }
  const title = typeof fields.title === 'string' || typeof fields.title === 'number' ? String(fields.title).trim() : '';
  if (!title) throw new CorpusError(file, 'front matter has no "title" (the headline is required)', 2);
  const { paragraphs } = parseBody(body, bodyLine);
  if (paragraphs.length === 0) throw new CorpusError(file, 'the article has no body paragraphs', bodyLine);

  const id = fields.id !== undefined && fields.id !== null ? String(fields.id).trim() : defaultId;
  if (!/^[\p{L}\p{N}._-]+$/u.test(id) || id.length > 60) {
    throw new CorpusError(file, `id "${id}" must be 1–60 letters, digits, ".", "_" or "-"`);
  }
  const aliasesRaw = fields.aliases ?? {};
  if (typeof aliasesRaw !== 'object' || aliasesRaw === null || Array.isArray(aliasesRaw)) {
    throw new CorpusError(file, '"aliases" must be a mapping from a form people type to the article\'s forms');
  }
  const aliases: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(aliasesRaw)) aliases[k] = stringList(v, `aliases.${k}`, file);

  const str = (key: string): string | undefined => {
    const v = fields[key];
    return v === undefined || v === null ? undefined : String(v).trim() || undefined;
  };
  return {
    id,
    title,
    summary: str('summary'),
    source: str('source'),
    authors: stringList(fields.authors ?? fields.author, 'authors', file),
    published: isoDate(fields.published, 'published', file),
    updated: isoDate(fields.updated, 'updated', file),
    dateline: str('dateline'),
    category: str('category'),
    url: str('url'),
    language: str('language') ?? 'ar',
    people: stringList(fields.people, 'people', file),
    places: stringList(fields.places, 'places', file),
    aliases,
    paragraphs,
    file,
  };
}
