import { MONTH_NAMES, monthOf } from '../text/dates';
import { asciiDigits, fold } from '../text/normalize';

/** A calendar date found in a byline, with where it was and how it was written. */
export interface FoundDate {
  /** YYYY-MM-DD. */
  iso: string;
  /** Offset in the searched text and the text as written. */
  index: number;
  raw: string;
  /** True for an all-numeric D.M.Y date whose day and month could be swapped (both ≤ 12). */
  ambiguous: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2199) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const ENGLISH_MONTH_FIRST = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/g;
const ISO = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)/g;
const DAY_FIRST = /(?<![\d.\/-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/g;
// 19 أغسطس 2024, 19 أغسطس/ آب 2024, 19 كانون الثاني 2024, الاثنين 19 August 2024
const NAMED = /(?<!\d)(\d{1,2})\s+([\p{L}]+)(?:\s+([\p{L}]+))?(?:\s*\/\s*[\p{L}]+(?:\s+[\p{L}]+)?)?[,،]?\s+(\d{4})(?!\d)/gu;

/**
 * Every date in a line, in order of position: ISO (2024-08-19, with or without a time),
 * day-first numeric (19.08.2024, 19/08/2024, 19-08-2024) and named months in Arabic (both
 * naming systems, as src/text/dates knows them) or English. Digits may be Arabic-Indic.
 */
export function findDates(line: string): FoundDate[] {
  // asciiDigits maps one character to one character, so offsets stay valid for `line`.
  const text = asciiDigits(line);
  const found: FoundDate[] = [];
  const taken: Array<[number, number]> = [];
  const add = (index: number, raw: string, y: number, m: number, d: number, ambiguous = false) => {
    if (!valid(y, m, d)) return;
    if (taken.some(([s, e]) => index < e && index + raw.length > s)) return;
    taken.push([index, index + raw.length]);
    found.push({ iso: `${y}-${pad(m)}-${pad(d)}`, index, raw: line.slice(index, index + raw.length), ambiguous });
  };
  for (const m of text.matchAll(ISO)) add(m.index!, m[0], +m[1]!, +m[2]!, +m[3]!);
  for (const m of text.matchAll(DAY_FIRST)) {
    const d = +m[1]!, mo = +m[3]!;
    add(m.index!, m[0], +m[4]!, mo, d, d <= 12 && mo <= 12 && d !== mo);
  }
  for (const m of text.matchAll(NAMED)) {
    // Two-word names first, straight from the table: monthOf's clitic stripping reads the ك of
    // كانون as a preposition, so it misses كانون الأول/الثاني.
    const two = m[3] !== undefined ? MONTH_NAMES.get(`${fold(m[2]!)} ${fold(m[3])}`) : undefined;
    const month = two ?? monthOf(fold(m[2]!), m[3] !== undefined ? fold(m[3]) : undefined) ?? monthOf(fold(m[2]!));
    if (month !== undefined) add(m.index!, m[0], +m[4]!, month, +m[1]!);
  }
  for (const m of text.matchAll(ENGLISH_MONTH_FIRST)) {
    const month = monthOf(fold(m[1]!));
    if (month !== undefined) add(m.index!, m[0], +m[3]!, month, +m[2]!);
  }
  return found.sort((a, b) => a.index - b.index);
}
