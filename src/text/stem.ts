/**
 * Light stemming after Larkey's light10, as Lucene's ArabicStemmer does it: strip at most one
 * definite-article or conjunction prefix, then each of a fixed list of suffixes once, always
 * keeping at least two letters. Works on folded text (ة already ه, ى already ي), so the
 * suffix list is the folded one. Light stemming is deliberately conservative: broken plurals and
 * verb/noun patterns are left to fuzzy matching.
 */

// Longest first within what light10 lists, so وال wins over و.
const PREFIXES = ['وال', 'بال', 'كال', 'فال', 'ال', 'لل', 'و'];
// Light10's order (ية and ة are folded into يه and ه).
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

function isArabicWord(token: string): boolean {
  return /^[\u0621-\u064A]+$/.test(token);
}

/** Strips one light10 prefix; a one-letter prefix (و) only from words of four letters or more. */
export function stripPrefix(word: string): string {
  for (const p of PREFIXES) {
    if (!word.startsWith(p)) continue;
    if (p.length === 1 && word.length < 4) continue;
    if (word.length - p.length < 2) continue;
    return word.slice(p.length);
  }
  return word;
}

/** Strips the light10 suffixes in order, each at most once, keeping at least two letters. */
export function stripSuffixes(word: string): string {
  let w = word;
  for (const s of SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= 2) w = w.slice(0, -s.length);
  }
  return w;
}

/** The light10 stem of one folded token; non-Arabic tokens pass through unchanged. */
export function lightStem(token: string): string {
  if (!isArabicWord(token)) return token;
  return stripSuffixes(stripPrefix(token));
}
