import { fold } from './normalize';

/**
 * Number words, folded. Values are the unit value; plurals and duals map to the same value, so
 * "مليارات" is 1e9 and "4 مليارات" reads as 4e9 (see parse in the claim checker).
 */
const ARABIC_NUMBER_WORDS: Record<string, number> = {
  'صفر': 0,
  'واحد': 1, 'واحده': 1, 'احدي': 1,
  'اثنان': 2, 'اثنين': 2, 'اثنتان': 2, 'اثنتين': 2,
  'ثلاث': 3, 'ثلاثه': 3, 'اربع': 4, 'اربعه': 4, 'خمس': 5, 'خمسه': 5,
  'ست': 6, 'سته': 6, 'سبع': 7, 'سبعه': 7, 'ثمان': 8, 'ثماني': 8, 'ثمانيه': 8,
  'تسع': 9, 'تسعه': 9, 'عشر': 10, 'عشره': 10,
  'عشرون': 20, 'عشرين': 20, 'ثلاثون': 30, 'ثلاثين': 30, 'اربعون': 40, 'اربعين': 40,
  'خمسون': 50, 'خمسين': 50, 'ستون': 60, 'ستين': 60, 'سبعون': 70, 'سبعين': 70,
  'ثمانون': 80, 'ثمانين': 80, 'تسعون': 90, 'تسعين': 90,
  'مئه': 100, 'مائه': 100, 'مئتان': 200, 'مئتين': 200, 'مائتان': 200, 'مائتين': 200,
  'مئات': 100, 'الف': 1000, 'الفان': 2000, 'الفين': 2000, 'الاف': 1000, 'الوف': 1000,
  'مليون': 1e6, 'مليونان': 2e6, 'مليونين': 2e6, 'ملايين': 1e6,
  'مليار': 1e9, 'ملياران': 2e9, 'مليارين': 2e9, 'مليارات': 1e9,
  'بليون': 1e9, 'تريليون': 1e12,
};

const ENGLISH_NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, hundreds: 100,
  thousand: 1000, thousands: 1000, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9,
  trillion: 1e12, dozen: 12,
};

const NUMBER_WORDS = new Map<string, number>(
  Object.entries({ ...ARABIC_NUMBER_WORDS, ...ENGLISH_NUMBER_WORDS }).map(([w, v]) => [fold(w), v]),
);

/** Strips attached و/ال/ب/ل so "والأربعة" and "بأربعة" read as أربعة. */
function bareArabic(token: string): string {
  return token.replace(/^(و|ف)?(ب|ل|ك)?(ال)?/, '');
}

/** The value of a folded number word, or undefined. */
export function numberWordValue(token: string): number | undefined {
  return NUMBER_WORDS.get(token) ?? NUMBER_WORDS.get(bareArabic(token));
}

/** The value of a folded digit token (4, 4.5, 1,000, 23:50 is not a plain number). */
export function digitValue(token: string): number | undefined {
  if (!/^\d+(?:[.,]\d+)*$/.test(token)) return undefined;
  // A comma followed by exactly three digits groups thousands; otherwise it is a decimal mark.
  const cleaned = /^\d{1,3}(,\d{3})+$/.test(token) ? token.replace(/,/g, '') : token.replace(',', '.');
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

/** True for a folded token that names a number, in digits or in words. */
export function isNumeric(token: string): boolean {
  return digitValue(token) !== undefined || numberWordValue(token) !== undefined;
}

/** Every number word (Arabic and English, folded) whose value is `value`: 3 → ثلاث, ثلاثه, three. */
export function numberWordsFor(value: number): string[] {
  return [...NUMBER_WORDS].filter(([, v]) => v === value).map(([w]) => w);
}
