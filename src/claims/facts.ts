/**
 * Facts a claim or a sentence states, in Arabic or English: numbers (digits and words, with
 * their unit and comparative), dates, clock times, weekdays, and named people and places.
 * Pure: works on one text at a time; the lexicon supplies names and English→Arabic context.
 */
import type { Lexicon } from '../lexicon/english';
import { englishStem, isEnglishStopword } from '../lexicon/english';
import type { NameEntry } from '../lexicon/names';
import { readDate, readTime, weekdayOf } from '../text/dates';
import { cliticKey, lightStem } from '../text/keys';
import { fold, stripMarks } from '../text/normalize';
import { readNumber } from '../text/numbers';
import { isStopword } from '../text/stopwords';
import { tokenize, tokenizeFolded } from '../text/tokenize';

export type Comparator = 'eq' | 'gt' | 'gte' | 'lt' | 'lte' | 'about';

interface FactBase {
  /** The fact as written in the text (digits folded to ASCII, harakat dropped). */
  text: string;
  /** Token positions [start, end) in the text. */
  start: number;
  end: number;
  /** Arabic match keys of the content words around the fact (English words through the lexicon). */
  context: Map<string, number>;
}

export interface NumberFact extends FactBase {
  kind: 'number';
  value: number;
  comparator: Comparator;
  /** Canonical unit: dollar, day, village… */
  unit?: string;
}
export interface DateFact extends FactBase {
  kind: 'date';
  day?: number;
  month?: number;
  year?: number;
  /** The year when the text only says "الماضي"/"last" (inferred from the publication date). */
  inferredYear?: number;
}
export interface TimeFact extends FactBase {
  kind: 'time';
  hours: number;
  minutes: number;
}
export interface WeekdayFact extends FactBase {
  kind: 'weekday';
  day: number;
}
export interface EntityFact extends FactBase {
  kind: 'person' | 'place';
  id: string;
  related: string[];
}
export type Fact = NumberFact | DateFact | TimeFact | WeekdayFact | EntityFact;
export type FactKind = Fact['kind'];

export interface FactOptions {
  lexicon?: Lexicon;
  /** Names of this article (and the shared places); without it, every article's. */
  articleId?: string;
  /** ISO date the text was published, to date "مايو الماضي" / "last May". */
  published?: string;
}

const COMPARATORS: Array<[Comparator, string[]]> = [
  ['lte', ['لا يزيد علي', 'لا يزيد عن', 'لا تزيد علي', 'لا يتجاوز', 'لا تتجاوز', 'at most', 'no more than', 'not more than', 'up to']],
  ['gte', ['لا يقل عن', 'لا تقل عن', 'at least', 'no less than', 'not less than']],
  ['gt', ['يزيد علي', 'يزيد عن', 'تزيد علي', 'تزيد عن', 'يزيد', 'تزيد', 'زاد علي', 'زادت علي', 'اكثر من', 'يتجاوز', 'تتجاوز', 'تجاوز', 'تجاوزت', 'يفوق', 'تفوق', 'فاق', 'فاقت', 'ما يزيد علي', 'ما يزيد عن', 'فوق', 'more than', 'over', 'above', 'exceeds', 'exceed', 'exceeding', 'exceeded', 'surpasses', 'surpassed', 'surpass', 'tops', 'topped', 'greater than', 'upwards of', 'in excess of', 'higher than', 'larger than', 'bigger than']],
  ['lt', ['اقل من', 'دون', 'ما دون', 'less than', 'fewer than', 'under', 'below', 'lower than', 'smaller than']],
  ['about', ['نحو', 'حوالي', 'قرابه', 'زهاء', 'ما يقارب', 'يقارب', 'تقارب', 'ما يناهز', 'يناهز', 'about', 'around', 'nearly', 'almost', 'approximately', 'roughly', 'some', 'close to', 'near', 'approx']],
];
const COMPARATOR_TOKENS: Array<[Comparator, string[]]> = COMPARATORS.map(([c, list]) => [c, list.map((p) => tokenize(p).join(' '))]);

const UNITS: Record<string, string[]> = {
  dollar: ['دولار', 'دولارات', 'دولارا', 'dollar', 'usd'],
  euro: ['يورو', 'euro'],
  ruble: ['روبل', 'ruble', 'rouble'],
  manat: ['مانات', 'manat'],
  percent: ['بالمئه', 'بالمائه', 'المئه', 'المائه', 'percent', 'pct'],
  day: ['يوم', 'يوما', 'ايام', 'day'],
  week: ['اسبوع', 'اسابيع', 'اسبوعا', 'week'],
  month: ['شهر', 'اشهر', 'شهور', 'شهرا', 'month'],
  year: ['سنه', 'سنوات', 'سنين', 'عام', 'اعوام', 'عاما', 'year'],
  hour: ['ساعه', 'ساعات', 'hour'],
  minute: ['دقيقه', 'دقايق', 'minute'],
  village: ['قريه', 'قري', 'village'],
  province: ['محافظه', 'محافظات', 'province', 'district'],
  country: ['دوله', 'دول', 'بلد', 'بلدان', 'country'],
  soldier: ['جندي', 'جنود', 'soldier', 'troop'],
  person: ['شخص', 'اشخاص', 'person', 'people'],
  kilometre: ['كيلومتر', 'كيلومترات', 'كيلومترا', 'kilometer', 'kilometre', 'km'],
  ton: ['طن', 'اطنان', 'ton', 'tonne'],
  agreement: ['اتفاق', 'اتفاقيات', 'اتفاقات', 'agreement', 'deal'],
};
const UNIT_INDEX = new Map<string, string>();
for (const [unit, forms] of Object.entries(UNITS)) {
  for (const f of forms) {
    UNIT_INDEX.set(fold(f), unit);
    if (/^[a-z]+$/.test(f)) UNIT_INDEX.set(englishStem(f), unit);
  }
}

function stripClitics(token: string): string {
  return token.replace(/^(?:[وف])?(?:[بلك])?/, '');
}

export function unitOf(token: string | undefined): string | undefined {
  if (token === undefined) return undefined;
  if (/^[a-z]+$/.test(token)) return UNIT_INDEX.get(token) ?? UNIT_INDEX.get(englishStem(token));
  const bare = stripClitics(token);
  return UNIT_INDEX.get(token) ?? UNIT_INDEX.get(bare) ?? UNIT_INDEX.get(bare.replace(/^ال/, ''));
}

/** "$4 billion" → "4 billion dollars", so the tokenizer keeps the currency. */
function spellCurrency(text: string): string {
  return text
    .replace(/(?:US\s?)?\$\s?(\d[\d.,]*)(\s*(?:billion|million|thousand|trillion|bn|mln)\b)?/gi, (_m, n: string, scale?: string) => `${n}${scale ?? ''} dollars`)
    .replace(/(\d[\d.,]*)\s?%/g, '$1 percent');
}

interface Tokens {
  folded: string[];
  shown: string;
  /** Offsets of each token in `shown`. */
  offsets: Array<[number, number]>;
}

function tokens(text: string): Tokens {
  const pre = spellCurrency(text);
  const foldedTokens = tokenizeFolded(fold(pre));
  const shown = stripMarks(pre.normalize('NFKC'));
  const shownTokens = tokenizeFolded(shown);
  if (shownTokens.length === foldedTokens.length) {
    return { folded: foldedTokens.map((t) => t.text), shown, offsets: shownTokens.map((t) => [t.start, t.end]) };
  }
  const f = fold(pre);
  return { folded: foldedTokens.map((t) => t.text), shown: f, offsets: foldedTokens.map((t) => [t.start, t.end]) };
}

function span(tk: Tokens, start: number, end: number): string {
  const a = tk.offsets[start]?.[0] ?? 0;
  const b = tk.offsets[end - 1]?.[1] ?? a;
  return tk.shown.slice(a, b).replace(/\s+/g, ' ').trim();
}

/** Arabic match keys for one folded token: its light stem and clitic key; English via the lexicon. */
export function matchKeys(token: string, options: FactOptions): string[] {
  if (/^[a-z]+$/.test(token)) {
    const out = new Set<string>([englishStem(token)]);
    for (const ar of options.lexicon?.equivalents(token, options.articleId) ?? []) {
      for (const t of tokenize(ar)) {
        out.add(lightStem(t));
        out.add(cliticKey(t));
      }
    }
    return [...out];
  }
  return [...new Set([lightStem(token), cliticKey(token)])];
}

function isContentToken(token: string): boolean {
  return /\p{L}/u.test(token) && !isStopword(token) && !isEnglishStopword(token);
}

const CONTEXT_WINDOW = 6;

function contextOf(tk: Tokens, start: number, end: number, options: FactOptions, keyCache: Map<string, string[]>): Map<string, number> {
  const out = new Map<string, number>();
  const from = Math.max(0, start - CONTEXT_WINDOW);
  const to = Math.min(tk.folded.length, end + CONTEXT_WINDOW);
  for (let j = from; j < to; j++) {
    if (j >= start && j < end) continue;
    const t = tk.folded[j]!;
    if (!isContentToken(t)) continue;
    const distance = j < start ? start - j : j - end + 1;
    const weight = 1 / distance;
    let keys = keyCache.get(t);
    if (!keys) {
      keys = matchKeys(t, options);
      keyCache.set(t, keys);
    }
    for (const k of keys) out.set(k, Math.max(out.get(k) ?? 0, weight));
  }
  return out;
}

function comparatorBefore(folded: string[], i: number): { comparator: Comparator; start: number } {
  for (let k = Math.min(4, i); k >= 1; k--) {
    const phrase = folded.slice(i - k, i).join(' ');
    for (const [c, list] of COMPARATOR_TOKENS) if (list.includes(phrase)) return { comparator: c, start: i - k };
  }
  return { comparator: 'eq', start: i };
}

interface ArabicForm {
  tokens: string[];
  entry: NameEntry;
}

function arabicNameIndex(entries: NameEntry[]): Map<string, ArabicForm[]> {
  const index = new Map<string, ArabicForm[]>();
  for (const entry of entries) {
    for (const form of entry.ar) {
      const t = tokenize(form);
      if (t.length === 0) continue;
      const list = index.get(t[0]!) ?? [];
      list.push({ tokens: t, entry });
      index.set(t[0]!, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return index;
}

const nameIndexCache = new WeakMap<Lexicon, Map<string, { arabic: Map<string, ArabicForm[]> }>>();

function namesFor(options: FactOptions): Map<string, ArabicForm[]> {
  const lex = options.lexicon;
  if (!lex) return new Map();
  let perArticle = nameIndexCache.get(lex);
  if (!perArticle) {
    perArticle = new Map();
    nameIndexCache.set(lex, perArticle);
  }
  const key = options.articleId ?? '\u0000all';
  let cached = perArticle.get(key);
  if (!cached) {
    cached = { arabic: arabicNameIndex([...lex.names(options.articleId), ...lex.sharedPlaces(options.articleId)]) };
    perArticle.set(key, cached);
  }
  return cached.arabic;
}

/** The name an Arabic token run starts with (a form of several tokens first; و/ب/ل/ك attached). */
function arabicNameAt(folded: string[], i: number, index: Map<string, ArabicForm[]>): { entry: NameEntry; end: number } | undefined {
  const first = folded[i]!;
  for (const head of new Set([first, stripClitics(first), first.replace(/^[وف]/, '')])) {
    for (const form of index.get(head) ?? []) {
      if (form.tokens.slice(1).every((t, k) => folded[i + 1 + k] === t)) return { entry: form.entry, end: i + form.tokens.length };
    }
  }
  return undefined;
}

function englishNameAt(folded: string[], i: number, options: FactOptions): { entry: NameEntry; end: number } | undefined {
  const lex = options.lexicon;
  if (!lex || !/^[a-z]+$/.test(folded[i]!)) return undefined;
  for (let n = 3; n >= 1; n--) {
    if (i + n > folded.length) continue;
    const words = folded.slice(i, i + n);
    if (n === 1 && isEnglishStopword(words[0]!)) continue;
    const [entry] = lex.nameEntries(words.join(' '), options.articleId);
    if (entry) return { entry, end: i + n };
  }
  return undefined;
}

/** The year of "<month> الماضي" / "last <month>" for a text published on `published`. */
function pastYear(month: number | undefined, published: string | undefined): number | undefined {
  const m = /^(\d{4})-(\d{2})/.exec(published ?? '');
  if (!m) return undefined;
  const year = Number(m[1]);
  const pubMonth = Number(m[2]);
  if (month === undefined) return year - 1;
  return month < pubMonth ? year : year - 1;
}

/** Every fact the text states, in order. */
export function extractFacts(text: string, options: FactOptions = {}): Fact[] {
  const tk = tokens(text);
  const f = tk.folded;
  const names = namesFor(options);
  const keyCache = new Map<string, string[]>();
  const facts: Fact[] = [];
  const ctx = (start: number, end: number) => contextOf(tk, start, end, options, keyCache);
  let i = 0;
  while (i < f.length) {
    const t = f[i]!;
    const time = readTime(f, i);
    if (time) {
      facts.push({ kind: 'time', hours: time.hours, minutes: time.minutes, text: span(tk, i, time.end), start: i, end: time.end, context: ctx(i, time.end) });
      i = time.end;
      continue;
    }
    const date = readDate(f, i);
    if (date && !(date.year !== undefined && date.month === undefined && (unitOf(f[date.end]) !== undefined || readNumber(f, i)!.end > i + 1))) {
      const fact: DateFact = { kind: 'date', text: span(tk, date.start, date.end), start: date.start, end: date.end, context: ctx(date.start, date.end) };
      if (date.day !== undefined) fact.day = date.day;
      if (date.month !== undefined) fact.month = date.month;
      if (date.year !== undefined) fact.year = date.year;
      if (date.relative === 'past') {
        const y = pastYear(date.month, options.published);
        if (y !== undefined) fact.inferredYear = y;
      }
      facts.push(fact);
      i = date.end;
      continue;
    }
    const weekday = weekdayOf(t);
    if (weekday !== undefined) {
      facts.push({ kind: 'weekday', day: weekday, text: span(tk, i, i + 1), start: i, end: i + 1, context: ctx(i, i + 1) });
      i++;
      continue;
    }
    const number = readNumber(f, i);
    if (number) {
      const { comparator, start } = comparatorBefore(f, i);
      let end = number.end;
      let unit = unitOf(f[end]);
      if (unit !== undefined) end++;
      else if ((f[end] === 'of' || f[end] === 'من') && unitOf(f[end + 1]) !== undefined) {
        unit = unitOf(f[end + 1]);
        end += 2;
      } else if (/^[a-z]+$/.test(f[end] ?? '') && !isEnglishStopword(f[end]!) && unitOf(f[end + 1]) !== undefined) {
        // English puts adjectives between the number and the noun: "four Azerbaijani villages".
        unit = unitOf(f[end + 1]);
        end += 2;
      }
      // A lone ordinary word that happens to be a number word ("ست" as a title, "one" as a pronoun)
      // only counts with a unit or a digit.
      const lone = number.end === i + 1 && !/^\d/.test(t);
      const weak = lone && unit === undefined && ['one', 'ست', 'احدي', 'واحد', 'واحده', 'عشر', 'الف'].includes(t.replace(/^[وف]?[بلك]?(ال)?/, ''));
      if (!weak) {
        const fact: NumberFact = { kind: 'number', value: number.value, comparator, text: span(tk, start, end), start, end, context: ctx(start, end) };
        if (unit !== undefined) fact.unit = unit;
        facts.push(fact);
      }
      i = end;
      continue;
    }
    const name = arabicNameAt(f, i, names) ?? englishNameAt(f, i, options);
    if (name) {
      facts.push({ kind: name.entry.kind, id: name.entry.id, related: name.entry.related, text: span(tk, i, name.end), start: i, end: name.end, context: ctx(i, name.end) });
      i = name.end;
      continue;
    }
    i++;
  }
  return facts;
}
