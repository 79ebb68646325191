/**
 * English → Arabic: what an English word of a question or claim may be in the Arabic article.
 *
 * Data, no online service or model:
 *  - the shared news lexicon, src/lexicon/data/news-en-ar.yaml (politics, diplomacy, economy,
 *    conflict, military, time, common verbs), the same for every article;
 *  - each article's names, corpus/<file>.names.yaml beside corpus/<file>.md (people and places
 *    with their forms; see ./names.ts). An article with no names file is served by the shared
 *    lexicon alone;
 *  - numbers (three, 3 → 3, ثلاث, ثلاثة…) and month names (may → مايو, أيار) from src/text.
 * English words are matched after Porter2 stemming (wink-porter2-stemmer), so "announced",
 * "announces" and "announcing" all reach "announce"; a small table in the data brings irregular
 * forms (said, met, began) back to their headword.
 *
 * API
 *   const lexicon = loadLexicon(corpusDir, articles?)   // once; throws LexiconError (a CorpusError)
 *                                                       // naming the file and what is wrong
 *   lexicon.equivalents('announced', articleId?)  → ['أعلن', 'أعلنت', 'يعلن', …]
 *       Arabic forms, as written (fold them before matching; some are phrases of several words,
 *       e.g. 'رئيس الوزراء': tokenize them). articleId limits names to that article's; without
 *       it the names of every article count. [] for a word the lexicon does not know.
 *   lexicon.lookup(word, articleId?)              → [{arabic, source}] with source
 *       'lexicon' | 'name' | 'related' (a capital for its country) | 'number' | 'month',
 *       for weighting ('related' deserves less weight than the rest).
 *   lexicon.terms(text, articleId?)               → EnglishTerm[]: the text's content words and
 *       known phrases ("prime minister", "Ilham Aliyev", "South Caucasus"), longest match first,
 *       English stopwords out, each with its Arabic equivalents ([] when unknown).
 *   lexicon.names(articleId?)                     → the NameEntry list (people and places).
 *   lexicon.arabicForms(articleId?)               → every Arabic form the lexicon can produce.
 *   arabicEquivalents(word, articleNames?)        → equivalents from the shared lexicon (loaded
 *       once) plus, optionally, one article's names (loadNamesFile(path)).
 *   englishStem(word), isEnglishStopword(word)    → the stemming and stopwords used here.
 * Input words are folded English tokens (lower case), as src/text/tokenize.ts gives them.
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import stem from 'wink-porter2-stemmer';
import { MONTH_NAMES, monthForms } from '../text/dates';
import { fold, hasArabic } from '../text/normalize';
import { digitValue, numberWordsFor, numberWordValue } from '../text/numbers';
import { STOPWORDS } from '../text/stopwords';
import { tokenize } from '../text/tokenize';
import { isRecord, LexiconError, readYaml, stringList } from './errors';
import { ArticleNames, loadCorpusNames, NameEntry } from './names';

export type EquivalentSource = 'lexicon' | 'name' | 'related' | 'number' | 'month';

export interface Equivalent {
  /** An Arabic form as written (a word or a short phrase). */
  arabic: string;
  source: EquivalentSource;
}

export interface EnglishTerm {
  /** The English word or phrase, folded ("prime minister"). */
  english: string;
  /** Token positions in tokenize(text): [start, end). */
  start: number;
  end: number;
  /** Arabic forms, deduplicated, best source first. [] when the lexicon does not know it. */
  arabic: string[];
  equivalents: Equivalent[];
}

/** English function words beyond the shared list (possessive 's, contractions, fillers). */
const EXTRA_ENGLISH_STOPWORDS = new Set([
  's', 't', 'd', 'll', 're', 've', 'as', 'if', 'whether', 'while', 'because', 'such', 'any', 'own',
  'same', 'according', 'per', 'upon', 'via', 'up', 'out', 'off', 'again', 'ever', 'yet', 'still',
  'already', 'even', 'get', 'got', 'go', 'went', 'true', 'false', 'really', 'indeed', 'actually',
]);

/** Porter2 stem of a lower-case English word (other scripts pass through). */
export function englishStem(word: string): string {
  return /^[a-z]+$/.test(word) ? stem(word) : word;
}

/** True for an English function word (the shared list in src/text/stopwords.ts, plus a few). */
export function isEnglishStopword(word: string): boolean {
  return /^[a-z']+$/.test(word) && (STOPWORDS.has(word) || EXTRA_ENGLISH_STOPWORDS.has(word));
}

/** English months whose name is also a common word: a month only next to a number or a time word. */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar', 'jan', 'sep', 'sept', 'dec', 'oct', 'nov', 'aug', 'jun', 'jul', 'apr', 'feb']);
const MONTH_CONTEXT = new Set(['in', 'since', 'until', 'till', 'of', 'by', 'last', 'next', 'early', 'late', 'mid', 'end', 'beginning', 'on', 'during', 'from', 'before', 'after']);

function phraseKey(words: string[]): string {
  return words.map(englishStem).join(' ');
}

function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

/** The shared lexicon file, found beside this module (sources) or in the project (a build). */
export function sharedLexiconFile(): string {
  const candidates = [
    join(__dirname, 'data', 'news-en-ar.yaml'),
    join(__dirname, '..', '..', 'src', 'lexicon', 'data', 'news-en-ar.yaml'),
    join(__dirname, '..', '..', '..', 'src', 'lexicon', 'data', 'news-en-ar.yaml'),
  ];
  return candidates.find((f) => existsSync(f)) ?? candidates[0]!;
}

interface SharedData {
  words: Map<string, string[]>;
  irregular: Map<string, string>;
  /** Countries, capitals and regions shared by all articles (kind 'place'). */
  places: NameEntry[];
}

function loadShared(file: string): SharedData {
  const data = readYaml(file);
  if (!isRecord(data) || !isRecord(data.words)) throw new LexiconError(file, 'expected a mapping with "words" (English → Arabic forms)');
  for (const key of Object.keys(data)) {
    if (!['words', 'irregular', 'places'].includes(key)) throw new LexiconError(file, `unknown key "${key}" (expected words, irregular, places)`);
  }
  const words = new Map<string, string[]>();
  for (const [english, forms] of Object.entries(data.words)) {
    if (!/^[a-z][a-z' -]*$/.test(english)) throw new LexiconError(file, `words: "${english}" must be a lower-case English word or phrase`);
    const ar = stringList(forms, file, `words.${english}`);
    ar.forEach((f, i) => {
      if (!hasArabic(f)) throw new LexiconError(file, `words.${english}[${i}]: "${f}" has no Arabic letters`);
    });
    words.set(english, ar);
  }
  const irregular = new Map<string, string>();
  if (data.irregular !== undefined && data.irregular !== null) {
    if (!isRecord(data.irregular)) throw new LexiconError(file, '"irregular" must map inflected forms to headwords');
    for (const [form, head] of Object.entries(data.irregular)) {
      if (typeof head !== 'string' || !words.has(head)) {
        throw new LexiconError(file, `irregular.${form}: "${String(head)}" is not a headword under "words"`);
      }
      irregular.set(form, head);
    }
  }
  const places: NameEntry[] = [];
  if (data.places !== undefined && data.places !== null) {
    if (!isRecord(data.places)) throw new LexiconError(file, '"places" must map ids to {en, ar}');
    for (const [id, raw] of Object.entries(data.places)) {
      if (!isRecord(raw)) throw new LexiconError(file, `places.${id}: expected {en: [...], ar: [...]}`);
      const en = stringList(raw.en, file, `places.${id}.en`);
      const ar = stringList(raw.ar, file, `places.${id}.ar`);
      ar.forEach((f, i) => {
        if (!hasArabic(f)) throw new LexiconError(file, `places.${id}.ar[${i}]: "${f}" has no Arabic letters`);
      });
      places.push({ id, kind: 'place', en, ar, related: [] });
    }
  }
  return { words, irregular, places };
}

/** The index of one article's names: English keys (forms, their words, stems) → entries. */
class NameIndex {
  readonly single = new Map<string, NameEntry[]>();
  readonly phrases = new Map<string, NameEntry[]>();
  constructor(readonly names: ArticleNames, isCommonWord: (w: string) => boolean) {
    // Words that are a whole form of some entry ("Armenian" of Armenia) name that entry, not
    // every entry whose longer form contains them ("Armenian Prime Minister" is not "Armenian").
    const wholeForms = new Set(names.entries.flatMap((e) => e.en.map((f) => tokenize(f)).filter((w) => w.length === 1).map((w) => w[0]!)));
    for (const e of names.entries) {
      for (const form of e.en) {
        const words = tokenize(form);
        if (words.length === 0) continue;
        if (words.length === 1) {
          add(this.single, words[0]!, e);
          add(this.single, englishStem(words[0]!), e);
          continue;
        }
        add(this.phrases, phraseKey(words), e);
        // Each word of "Ilham Aliyev" is a form too, unless it is a common word ("South Caucasus").
        for (const w of words) {
          if (isCommonWord(w) || (wholeForms.has(w) && !e.en.some((f) => tokenize(f).join(' ') === w))) continue;
          add(this.single, w, e);
          add(this.single, englishStem(w), e);
        }
      }
    }
  }
  byId(id: string): NameEntry | undefined {
    return this.names.entries.find((e) => e.id === id);
  }
}

export interface LoadLexiconOptions {
  /** The shared lexicon file (default: src/lexicon/data/news-en-ar.yaml). */
  sharedFile?: string;
}

export class Lexicon {
  private readonly single = new Map<string, string[]>();
  private readonly phrases = new Map<string, string[]>();
  private readonly maxPhrase: number;
  private readonly irregular: Map<string, string>;
  private readonly nameIndexes = new Map<string, NameIndex>();
  private readonly sharedPlaceIndex: NameIndex;

  /**
   * @param shared the shared lexicon data
   * @param names names per article id
   */
  constructor(shared: SharedData, names: Map<string, ArticleNames>) {
    this.irregular = shared.irregular;
    let maxPhrase = 1;
    for (const [english, forms] of shared.words) {
      const words = english.split(/[\s-]+/).filter(Boolean);
      if (words.length === 1) {
        for (const f of forms) {
          add(this.single, english, f);
          add(this.single, englishStem(english), f);
        }
      } else {
        maxPhrase = Math.max(maxPhrase, words.length);
        for (const f of forms) add(this.phrases, phraseKey(words), f);
      }
    }
    for (const idx of names.values()) for (const e of idx.entries) for (const f of e.en) maxPhrase = Math.max(maxPhrase, tokenize(f).length);
    this.maxPhrase = maxPhrase;
    const common = (w: string) => isEnglishStopword(w) || this.sharedForms(w).length > 0;
    for (const [id, n] of names) this.nameIndexes.set(id, new NameIndex(n, common));
    this.sharedPlaceIndex = new NameIndex({ file: 'shared places', entries: shared.places }, common);
  }

  /**
   * Countries, capitals and regions of the shared lexicon, less those the article's own names
   * already cover (same Arabic form): the article's entries win.
   */
  sharedPlaces(articleId?: string): NameEntry[] {
    const own = new Set(this.names(articleId).flatMap((e) => e.ar.map(fold)));
    return this.sharedPlaceIndex.names.entries.filter((e) => !e.ar.some((a) => own.has(fold(a))));
  }

  /** Article ids that have a names file. */
  get articlesWithNames(): string[] {
    return [...this.nameIndexes.keys()];
  }

  /** The article's names index (or every article's), then the shared places. */
  private indexes(articleId?: string, withShared = true): NameIndex[] {
    const own = articleId === undefined ? [...this.nameIndexes.values()] : [this.nameIndexes.get(articleId)].filter((x): x is NameIndex => !!x);
    return withShared ? [...own, this.sharedPlaceIndex] : own;
  }

  private sharedForms(word: string): string[] {
    const keys = [word, englishStem(word)];
    const head = this.irregular.get(word);
    if (head) keys.unshift(head, englishStem(head));
    const out: string[] = [];
    for (const k of keys) for (const f of this.single.get(k) ?? []) if (!out.includes(f)) out.push(f);
    return out;
  }

  /** The names (people and places) of one article, or of every article. */
  names(articleId?: string): NameEntry[] {
    return this.indexes(articleId, false).flatMap((i) => i.names.entries);
  }

  /** The name entries an English word or phrase (folded) refers to. */
  nameEntries(english: string, articleId?: string): NameEntry[] {
    const words = tokenize(english);
    const out: NameEntry[] = [];
    for (const idx of this.indexes(articleId)) {
      if (idx === this.sharedPlaceIndex && out.length > 0) break;
      const found = words.length === 1
        ? (idx.single.get(words[0]!) ?? idx.single.get(englishStem(words[0]!)) ?? [])
        : (idx.phrases.get(phraseKey(words)) ?? []);
      for (const e of found) if (!out.includes(e)) out.push(e);
    }
    return out;
  }

  private nameEquivalents(entries: NameEntry[], articleId?: string): Equivalent[] {
    const out: Equivalent[] = [];
    for (const e of entries) for (const a of e.ar) out.push({ arabic: a, source: 'name' });
    for (const e of entries) {
      for (const r of e.related) {
        for (const idx of this.indexes(articleId)) {
          for (const a of idx.byId(r)?.ar ?? []) out.push({ arabic: a, source: 'related' });
        }
      }
    }
    return out;
  }

  /** Numbers and months: three/3 → 3, ثلاث, ثلاثه; may → مايو, أيار. */
  private special(word: string, monthAllowed: boolean): Equivalent[] {
    const out: Equivalent[] = [];
    const value = digitValue(word) ?? (/^[a-z]+$/.test(word) ? numberWordValue(word) : undefined);
    if (value !== undefined) {
      out.push({ arabic: String(value), source: 'number' });
      for (const w of numberWordsFor(value)) if (hasArabic(w)) out.push({ arabic: w, source: 'number' });
    }
    const month = /^[a-z]+$/.test(word) ? MONTH_NAMES.get(word) : undefined;
    if (month !== undefined && monthAllowed) {
      for (const a of monthForms(month).ar) out.push({ arabic: a, source: 'month' });
    }
    return out;
  }

  /** Every Arabic equivalent of one folded English token, with where it comes from. */
  lookup(word: string, articleId?: string): Equivalent[] {
    const w = fold(word).trim();
    if (!w) return [];
    const out: Equivalent[] = [
      ...this.nameEquivalents(this.nameEntries(w, articleId), articleId),
      ...this.special(w, true),
      ...this.sharedForms(w).map((arabic) => ({ arabic, source: 'lexicon' as const })),
    ];
    return dedupe(out);
  }

  /** The Arabic forms one folded English token may correspond to (names first). */
  equivalents(word: string, articleId?: string): string[] {
    return this.lookup(word, articleId).map((e) => e.arabic);
  }

  /** The content words and known phrases of an English text, with their Arabic equivalents. */
  terms(text: string, articleId?: string): EnglishTerm[] {
    const tokens = tokenize(text);
    const out: EnglishTerm[] = [];
    let i = 0;
    while (i < tokens.length) {
      let matched = false;
      for (let n = Math.min(this.maxPhrase, tokens.length - i); n >= 2; n--) {
        const words = tokens.slice(i, i + n);
        const key = phraseKey(words);
        const names = this.indexes(articleId).flatMap((idx) => idx.phrases.get(key) ?? []);
        const shared = this.phrases.get(key) ?? [];
        if (names.length === 0 && shared.length === 0) continue;
        const equivalents = dedupe([
          ...this.nameEquivalents(names, articleId),
          ...shared.map((arabic) => ({ arabic, source: 'lexicon' as const })),
        ]);
        out.push(term(words.join(' '), i, i + n, equivalents));
        i += n;
        matched = true;
        break;
      }
      if (matched) continue;
      const w = tokens[i]!;
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      const monthAllowed = !AMBIGUOUS_MONTHS.has(w)
        || (prev !== undefined && (/^\d/.test(prev) || MONTH_CONTEXT.has(prev)))
        || (next !== undefined && /^\d/.test(next));
      if (monthAllowed && MONTH_NAMES.has(w) && /^[a-z]+$/.test(w)) {
        out.push(term(w, i, i + 1, this.special(w, true)));
      } else if (!isEnglishStopword(w)) {
        const equivalents = dedupe([
          ...this.nameEquivalents(this.nameEntries(w, articleId), articleId),
          ...this.special(w, false),
          ...this.sharedForms(w).map((arabic) => ({ arabic, source: 'lexicon' as const })),
        ]);
        out.push(term(w, i, i + 1, equivalents));
      }
      i++;
    }
    return out;
  }

  /** Every Arabic form the lexicon can produce (shared, numbers, months, and names). */
  arabicForms(articleId?: string): string[] {
    const out = new Set<string>();
    for (const forms of this.single.values()) for (const f of forms) out.add(f);
    for (const forms of this.phrases.values()) for (const f of forms) out.add(f);
    for (const [w] of MONTH_NAMES) if (/^[a-z]+$/.test(w)) for (const a of this.special(w, true)) out.add(a.arabic);
    for (let v = 0; v <= 100; v++) for (const w of numberWordsFor(v)) if (hasArabic(w)) out.add(w);
    for (const v of [200, 1000, 2000, 1e6, 2e6, 1e9, 2e9, 1e12]) for (const w of numberWordsFor(v)) if (hasArabic(w)) out.add(w);
    for (const e of [...this.names(articleId), ...this.sharedPlaceIndex.names.entries]) for (const a of e.ar) out.add(a);
    return [...out];
  }
}

function dedupe(list: Equivalent[]): Equivalent[] {
  const seen = new Set<string>();
  return list.filter((e) => (seen.has(e.arabic) ? false : (seen.add(e.arabic), true)));
}

function term(english: string, start: number, end: number, equivalents: Equivalent[]): EnglishTerm {
  return { english, start, end, arabic: equivalents.map((e) => e.arabic), equivalents };
}

/**
 * Loads the shared lexicon and the names files of a corpus folder. `articles` (as loaded by
 * loadCorpus) map each names file to its article's id, when an article's id differs from its
 * file name; without them, a names file's key is its file name (the default article id).
 */
export function loadLexicon(
  corpusDir?: string,
  articles?: ReadonlyArray<{ id: string; file: string }>,
  options: LoadLexiconOptions = {},
): Lexicon {
  const shared = loadShared(options.sharedFile ?? sharedLexiconFile());
  const byFile = corpusDir !== undefined ? loadCorpusNames(corpusDir) : new Map<string, ArticleNames>();
  const names = new Map<string, ArticleNames>();
  for (const [fileKey, n] of byFile) {
    const article = articles?.find((a) => basename(a.file, '.md') === fileKey);
    names.set(article?.id ?? fileKey, n);
  }
  return new Lexicon(shared, names);
}

/** A lexicon from explicit names (for an engine built from articles in memory). */
export function lexiconWithNames(names: Map<string, ArticleNames>, options: LoadLexiconOptions = {}): Lexicon {
  return new Lexicon(loadShared(options.sharedFile ?? sharedLexiconFile()), names);
}

let sharedOnly: Lexicon | undefined;
const withNames = new WeakMap<ArticleNames, Lexicon>();

/**
 * The Arabic equivalents of one folded English token from the shared lexicon (loaded once),
 * plus one article's names when given.
 */
export function arabicEquivalents(word: string, articleNames?: ArticleNames): string[] {
  if (!articleNames) {
    sharedOnly ??= lexiconWithNames(new Map());
    return sharedOnly.equivalents(word);
  }
  let lexicon = withNames.get(articleNames);
  if (!lexicon) {
    lexicon = lexiconWithNames(new Map([['article', articleNames]]));
    withNames.set(articleNames, lexicon);
  }
  return lexicon.equivalents(word, 'article');
}
