import { withoutParticles } from './clitics';
import { fold } from './normalize';

/**
 * Calendar words: month names in both Arabic naming systems (the Gregorian loan names used in
 * Egypt and the Gulf, and the Syriac names used in the Levant and Iraq; news agencies often give
 * both, as in "مايو/أيار"), in English, and weekdays. Folded, as they are compared.
 */
const MONTHS: Array<[number, string[]]> = [
  [1, ['يناير', 'كانون الثاني', 'january', 'jan']],
  [2, ['فبراير', 'شباط', 'february', 'feb']],
  [3, ['مارس', 'آذار', 'march', 'mar']],
  [4, ['أبريل', 'ابريل', 'إبريل', 'نيسان', 'april', 'apr']],
  [5, ['مايو', 'أيار', 'may']],
  [6, ['يونيو', 'يونيه', 'حزيران', 'june', 'jun']],
  [7, ['يوليو', 'يوليه', 'تموز', 'july', 'jul']],
  [8, ['أغسطس', 'اغسطس', 'آب', 'august', 'aug']],
  [9, ['سبتمبر', 'أيلول', 'september', 'sep', 'sept']],
  [10, ['أكتوبر', 'تشرين الأول', 'october', 'oct']],
  [11, ['نوفمبر', 'تشرين الثاني', 'november', 'nov']],
  [12, ['ديسمبر', 'كانون الأول', 'december', 'dec']],
];

const WEEKDAYS = [
  'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت',
  'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
];

/** Words that place an event in time without a number: أمس، الماضي، المقبل, yesterday… */
const RELATIVE_TIME = [
  'أمس', 'البارحة', 'اليوم', 'غدا', 'الماضي', 'الماضية', 'المقبل', 'المقبلة', 'القادم', 'القادمة',
  'حينها', 'لاحقا', 'مساء', 'صباح', 'ظهر', 'فجر', 'ليلة', 'أواخر', 'أوائل', 'منتصف', 'مطلع',
  'yesterday', 'today', 'tomorrow', 'ago', 'last', 'next',
];

/** The month names of month n (1–12) as written (Arabic in both systems, then English). */
export function monthForms(n: number): { ar: string[]; en: string[] } {
  const names = MONTHS.find(([m]) => m === n)?.[1] ?? [];
  return { ar: names.filter((w) => !/[a-z]/.test(w)), en: names.filter((w) => /[a-z]/.test(w)) };
}

/** One-word month names, folded, to month number. Two-word names are keyed "كانون الثاني". */
export const MONTH_NAMES: ReadonlyMap<string, number> = new Map(
  MONTHS.flatMap(([n, names]) => names.map((name) => [fold(name), n] as [string, number])),
);
const WEEKDAY_SET = new Set(WEEKDAYS.map(fold));
const RELATIVE_SET = new Set(RELATIVE_TIME.map(fold));
// Syriac month names that take a second word: كانون الأول/الثاني, تشرين الأول/الثاني.
const TWO_WORD_MONTH_HEADS = new Set(['كانون', 'تشرين'].map(fold));

/** The month number a folded token (or token pair) names, if any. */
/** كانون and تشرين, with any attached و/ب/ل (كانون itself starts with ك, not the preposition). */
function twoWordHead(token: string): string | undefined {
  if (TWO_WORD_MONTH_HEADS.has(token)) return token;
  const b = withoutParticles(token);
  if (TWO_WORD_MONTH_HEADS.has(b)) return b;
  const c = token.replace(/^(و|ف)?(ب|ل)?/, '');
  return TWO_WORD_MONTH_HEADS.has(c) ? c : undefined;
}

export function monthOf(token: string, nextToken?: string): number | undefined {
  const head = twoWordHead(token);
  if (head !== undefined && nextToken !== undefined) {
    return MONTH_NAMES.get(`${head} ${nextToken}`);
  }
  return MONTH_NAMES.get(token) ?? MONTH_NAMES.get(withoutParticles(token));
}

export function isWeekday(token: string): boolean {
  return WEEKDAY_SET.has(token) || WEEKDAY_SET.has(withoutParticles(token));
}

export function isRelativeTime(token: string): boolean {
  return RELATIVE_SET.has(token) || RELATIVE_SET.has(withoutParticles(token));
}

/** A plausible year written in digits (1000–2199). */
export function isYear(token: string): boolean {
  return /^(1\d{3}|20\d{2}|21\d{2})$/.test(token);
}

/** A clock time such as 23:50 or 9:05. */
export function isClockTime(token: string): boolean {
  return /^([01]?\d|2[0-3]):[0-5]\d$/.test(token);
}

const WEEKDAY_NUMBERS: ReadonlyMap<string, number> = new Map([
  ...['الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'].map(
    (w, i) => [fold(w), [0, 1, 1, 2, 3, 4, 5, 6][i]!] as [string, number],
  ),
  ...['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].map((w, i) => [w, i] as [string, number]),
]);

/** The weekday a folded token names (0 = Sunday … 6 = Saturday): الأحد, يوم الاثنين, monday. */
export function weekdayOf(token: string): number | undefined {
  return WEEKDAY_NUMBERS.get(token) ?? WEEKDAY_NUMBERS.get(withoutParticles(token));
}

export interface DateSpan {
  day?: number;
  month?: number;
  year?: number;
  /** "past" when the date is followed by الماضي / preceded by "last": its year is the last such month. */
  relative?: 'past';
  /** Token positions [start, end). */
  start: number;
  end: number;
}

const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
const PAST_WORDS = new Set(['الماضي', 'الماضيه', 'المنصرم', 'المنصرمه', 'last', 'past'].map(fold));

function dayNumber(token: string | undefined): number | undefined {
  if (token === undefined || !/^\d{1,2}$/.test(token)) return undefined;
  const n = Number(token);
  return n >= 1 && n <= 31 ? n : undefined;
}

/** A month name at tokens[i] (one or two tokens), with the month alternative "مايو/أيار" after it. */
function readMonth(tokens: readonly string[], i: number): { month: number; end: number } | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  const two = monthOf(t, tokens[i + 1]);
  const twoWord = twoWordHead(t) !== undefined && two !== undefined;
  const month = twoWord ? two : monthOf(t);
  if (month === undefined) return undefined;
  let end = i + (twoWord ? 2 : 1);
  // The other naming system right after ("مايو/أيار", "سبتمبر/ أيلول"): same month, one date.
  const alt = tokens[end];
  if (alt !== undefined) {
    const altTwo = twoWordHead(alt) !== undefined ? monthOf(alt, tokens[end + 1]) : undefined;
    if (altTwo === month) end += 2;
    else if (monthOf(alt) === month) end += 1;
  }
  return { month, end };
}

/**
 * Reads a date starting at tokens[i] (folded tokens): "24 مايو/أيار 2024", "27 سبتمبر/ أيلول
 * 2020", "أبريل/ نيسان الماضي", "24 May 2024", "May 24th, 2024", "the 24th of May", "in 2020"
 * (a year alone, after in/since/عام/سنة or standing by itself). English month names that are
 * also common words (may, march) count only next to a day or year, or after a time word.
 */
export function readDate(tokens: readonly string[], i: number): DateSpan | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;
  let end = i;
  const d = dayNumber(t);
  if (d !== undefined) {
    let k = i + 1;
    if (ORDINAL_SUFFIXES.has(tokens[k] ?? '')) k++;
    if (tokens[k] === 'of') k++;
    const m = readMonth(tokens, k);
    if (!m) return undefined;
    day = d;
    month = m.month;
    end = m.end;
  } else {
    const m = readMonth(tokens, i);
    if (m) {
      const ambiguous = /^[a-z]+$/.test(t) && ['may', 'march', 'mar'].includes(t);
      let k = m.end;
      const after = dayNumber(tokens[k]);
      if (after !== undefined && !isYear(tokens[k] ?? '')) {
        day = after;
        k++;
        if (ORDINAL_SUFFIXES.has(tokens[k] ?? '')) k++;
      }
      const prev = tokens[i - 1];
      const timeWord = prev !== undefined && ['in', 'since', 'until', 'last', 'early', 'late', 'mid', 'of', 'by', 'during', 'from', 'on'].includes(prev);
      if (ambiguous && day === undefined && !isYear(tokens[k] ?? '') && !timeWord && !PAST_WORDS.has(tokens[k] ?? '')) return undefined;
      month = m.month;
      end = k;
    } else if (isYear(t)) {
      return { year: Number(t), start: i, end: i + 1 };
    } else return undefined;
  }
  if (isYear(tokens[end] ?? '')) {
    year = Number(tokens[end]);
    end++;
  }
  const span: DateSpan = { start: i, end };
  if (day !== undefined) span.day = day;
  if (month !== undefined) span.month = month;
  if (year !== undefined) span.year = year;
  if (year === undefined && (PAST_WORDS.has(tokens[end] ?? '') || PAST_WORDS.has(tokens[i - 1] ?? ''))) {
    span.relative = 'past';
    if (PAST_WORDS.has(tokens[end] ?? '')) end++;
    else span.start = i - 1; // "last May": the span takes the word before
    span.end = end;
  }
  return span;
}

export interface TimeSpan {
  hours: number;
  minutes: number;
  start: number;
  end: number;
}

const PM_WORDS = new Set(['pm', 'مساء', 'مساءا', 'ليلا', 'ليلاً'].map(fold));
const AM_WORDS = new Set(['am', 'صباحا', 'صباح', 'فجرا'].map(fold));

/**
 * Reads a clock time at tokens[i]: "23:50", "11:50 pm", "11:50 p.m.", "11 pm", "الساعة 11:50
 * مساء" (the evening word moves a time before 12 into the afternoon), "23.50" after الساعة/at.
 */
export function readTime(tokens: readonly string[], i: number): TimeSpan | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  let hours: number;
  let minutes = 0;
  const prev = tokens[i - 1];
  const afterClockWord = prev !== undefined && ['at', 'الساعه', 'ساعه'].includes(prev);
  let m = /^(\d{1,2})[:.](\d{2})$/.exec(t);
  if (m && (t.includes(':') || afterClockWord)) {
    hours = Number(m[1]);
    minutes = Number(m[2]);
  } else if ((m = /^(\d{1,2})$/.exec(t))) {
    hours = Number(m[1]);
  } else return undefined;
  if (hours > 23 || minutes > 59) return undefined;
  let end = i + 1;
  const next = tokens[end];
  const nextTwo = `${next ?? ''}${tokens[end + 1] ?? ''}`;
  let pm = false;
  let am = false;
  if (next !== undefined && PM_WORDS.has(next)) { pm = true; end++; }
  else if (nextTwo === 'pm') { pm = true; end += 2; }
  else if (next !== undefined && AM_WORDS.has(next)) { am = true; end++; }
  else if (nextTwo === 'am') { am = true; end += 2; }
  // A bare hour is a time only with am/pm or after "at"/الساعة; a bare "9:05" always is.
  if (!t.includes(':') && !t.includes('.') && !pm && !am && !afterClockWord) return undefined;
  if (!t.includes(':') && !t.includes('.') && !pm && !am) return undefined;
  if (pm && hours < 12) hours += 12;
  if (am && hours === 12) hours = 0;
  return { hours, minutes, start: i, end };
}
