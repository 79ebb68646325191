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

function bare(token: string): string {
  return token.replace(/^(و|ف)?(ب|ل|ك)?/, '');
}

/** The month number a folded token (or token pair) names, if any. */
export function monthOf(token: string, nextToken?: string): number | undefined {
  if (TWO_WORD_MONTH_HEADS.has(bare(token)) && nextToken !== undefined) {
    return MONTH_NAMES.get(`${bare(token)} ${nextToken}`);
  }
  return MONTH_NAMES.get(token) ?? MONTH_NAMES.get(bare(token));
}

export function isWeekday(token: string): boolean {
  return WEEKDAY_SET.has(token) || WEEKDAY_SET.has(bare(token));
}

export function isRelativeTime(token: string): boolean {
  return RELATIVE_SET.has(token) || RELATIVE_SET.has(bare(token));
}

/** A plausible year written in digits (1000–2199). */
export function isYear(token: string): boolean {
  return /^(1\d{3}|20\d{2}|21\d{2})$/.test(token);
}

/** A clock time such as 23:50 or 9:05. */
export function isClockTime(token: string): boolean {
  return /^([01]?\d|2[0-3]):[0-5]\d$/.test(token);
}
