/**
 * Folding: the one normalization every comparison in the project goes through, for articles and
 * questions alike, so that a learner's spelling (no hamza, ه for ة, ي for ى, full harakat,
 * Arabic-Indic digits) meets the published spelling.
 *
 * Folding is only for matching. Quotes are always cut from the original text.
 */

// Harakat and Quranic annotation marks, superscript alef, tatweel.
const DIACRITICS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
// Zero-width joiners, direction marks and isolates, BOM: invisible, and copied along with text.
const INVISIBLES = /[\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/g;
const LETTER_FOLDS: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  'ى': 'ي', 'ة': 'ه',
  'ؤ': 'و', 'ئ': 'ي',
  // Persian/Urdu letters that Arabic keyboards and copy-paste sometimes produce.
  'ک': 'ك', 'ی': 'ي', 'ۀ': 'ه', 'ہ': 'ه',
  // Arabic punctuation to its Latin twin, so one tokenizer serves both.
  '،': ',', '؛': ';', '؟': '?', '۔': '.', '٪': '%', '٫': '.', '٬': ',',
};
const LETTER_FOLD_RE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

/** Arabic-Indic (U+0660…) and Eastern Arabic-Indic (U+06F0…) digits to ASCII. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/** Removes harakat, tatweel and invisible direction/zero-width characters; nothing else. */
export function stripMarks(text: string): string {
  return text.replace(DIACRITICS, '').replace(INVISIBLES, '');
}

/** The full fold: NFKC, marks, hamza/alef/ta-marbuta/ya folds, digits, lower case. */
export function fold(text: string): string {
  return asciiDigits(stripMarks(text.normalize('NFKC')))
    .replace(LETTER_FOLD_RE, (c) => LETTER_FOLDS[c] ?? c)
    .toLowerCase();
}

/** True when the text contains at least one Arabic letter. */
export function hasArabic(text: string): boolean {
  return /[\u0620-\u064A\u0671-\u06D3\uFB50-\uFDFF\uFE70-\uFEFF]/.test(text);
}

/** True when the text contains at least one Latin letter. */
export function hasLatin(text: string): boolean {
  return /[A-Za-z]/.test(text);
}
