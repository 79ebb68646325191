import { withoutParticles, withoutParticlesAndArticle } from './clitics';
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
  // Teens' first word, construct-state duals (ملياري دولار) and accusative forms (ألفا, مليونا).
  'اثنا': 2, 'اثني': 2, 'اثنتا': 2, 'اثنتي': 2,
  'مئتي': 200, 'مائتي': 200, 'الفي': 2000, 'مليوني': 2e6, 'ملياري': 2e9,
  'الفا': 1000, 'مليونا': 1e6, 'مليارا': 1e9,
  // Hundreds written as one word: ثلاثمئة, خمسمائة…
  ...Object.fromEntries(
    [['ثلاث', 3], ['اربع', 4], ['خمس', 5], ['ست', 6], ['سبع', 7], ['ثمان', 8], ['تسع', 9]].flatMap(([w, v]) => [
      [`${w}مئه`, (v as number) * 100], [`${w}مائه`, (v as number) * 100],
    ]),
  ),
};

const ENGLISH_NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, hundreds: 100,
  thousand: 1000, thousands: 1000, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9,
  trillion: 1e12, dozen: 12, bn: 1e9, mln: 1e6,
};

const NUMBER_WORDS = new Map<string, number>(
  Object.entries({ ...ARABIC_NUMBER_WORDS, ...ENGLISH_NUMBER_WORDS }).map(([w, v]) => [fold(w), v]),
);

/** The value of a folded number word, or undefined. */
export function numberWordValue(token: string): number | undefined {
  const direct = NUMBER_WORDS.get(token);
  if (direct !== undefined) return direct;
  // و/ف, then ب/ل/ك, then ال, each tried in turn ("والفي" is و + ألفي, not و + ال + في).
  const conj = token.replace(/^[وف]/, '');
  const prep = conj.replace(/^[بلك]/, '');
  for (const form of [conj, prep, withoutParticlesAndArticle(token)]) {
    if (form.length < 2) continue;
    const v = NUMBER_WORDS.get(form);
    if (v !== undefined) return v;
  }
  return undefined;
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

/** Words that multiply what comes before them (hundred, thousand, million, billion…). */
const SCALES = new Set(['hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions',
  'trillion', 'bn', 'mln', 'مئه', 'مائه', 'مئات', 'الف', 'الاف', 'الوف', 'الفا', 'مليون', 'ملايين', 'مليونا',
  'مليار', 'مليارات', 'مليارا', 'بليون', 'تريليون'].map(fold));
/** Plural scale words: "4 مليارات" is 4e9, but "مليارات" alone is no number. */
const PLURAL_SCALES = new Set(['hundreds', 'thousands', 'millions', 'billions', 'مئات', 'الاف', 'الوف', 'ملايين', 'مليارات'].map(fold));
const TEN_WORDS = new Set(['عشر', 'عشره'].map(fold));

function scaleOf(token: string): number | undefined {
  // A scale word after a number is indefinite ("4 مليارات"); "بالمئة" is a percent sign, not a scale.
  const bare = withoutParticles(token);
  const key = SCALES.has(token) ? token : SCALES.has(bare) ? bare : undefined;
  return key === undefined ? undefined : NUMBER_WORDS.get(key);
}

function isPluralScale(token: string): boolean {
  return PLURAL_SCALES.has(token) || PLURAL_SCALES.has(withoutParticlesAndArticle(token));
}

export interface NumberSpan {
  value: number;
  /** Token positions [start, end). */
  start: number;
  end: number;
}

/**
 * Reads a number starting at tokens[i] (folded tokens): digits ("4", "4.5", "1,000"), digits
 * with a scale word ("4 مليارات", "5 billion"), and number words in Arabic and English, compound
 * ones included: "أربعة مليارات", "خمسة وعشرون", "ثلاثة عشر", "ثلاثمئة", "four billion",
 * "twenty-four" (tokenized as two words), "three hundred and twenty", "a million".
 * Clock times (23:50) are not numbers here. Returns undefined when no number starts at i.
 */
export function readNumber(tokens: readonly string[], i: number): NumberSpan | undefined {
  const first = tokens[i];
  if (first === undefined) return undefined;
  let total = 0;
  let current: number;
  let end = i + 1;
  const digit = digitValue(first);
  if (digit !== undefined) {
    current = digit;
  } else if ((first === 'a' || first === 'one') && scaleOf(tokens[i + 1] ?? '') !== undefined && !isPluralScale(tokens[i + 1] ?? '')) {
    current = 1; // "a million", "one billion"
  } else {
    const v = numberWordValue(first);
    if (v === undefined || isPluralScale(first)) return undefined;
    if (first === 'a' || first === 'one') return { value: 1, start: i, end };
    current = v;
    if (scaleOf(first) !== undefined && v >= 1000) {
      total = v;
      current = 0;
    }
  }
  let lastWasDigit = digit !== undefined;
  for (let j = end; j < tokens.length; j++) {
    const t = tokens[j]!;
    const scale = scaleOf(t);
    if (scale !== undefined) {
      const base = current === 0 ? (total === 0 ? 1 : 0) : current;
      if (base === 0) break;
      if (scale >= 1000) {
        total += base * scale;
        current = 0;
      } else current = base * scale;
      end = j + 1;
      lastWasDigit = false;
      continue;
    }
    if (lastWasDigit) break; // "4 قرى": a digit takes only a scale word after it
    if (TEN_WORDS.has(t) && current > 0 && current < 10) {
      current += 10; // ثلاثة عشر
      end = j + 1;
      continue;
    }
    // "and" in "three hundred and twenty"; Arabic و is attached: "وعشرون".
    const next = t === 'and' ? tokens[j + 1] : t;
    const nextIndex = t === 'and' ? j + 1 : j;
    if (next === undefined) break;
    const attached = /^و/.test(next) && next.length > 2;
    const v = digitValue(next) === undefined ? numberWordValue(next) : undefined;
    if (v === undefined || scaleOf(next) !== undefined || v === 0) break;
    const magnitude = current % 100 === 0 && current > 0 ? 100 : current >= 20 ? 10 : 1;
    const isEnglish = /^[a-z]+$/.test(next);
    // twenty four, خمسة وعشرون, مئة وعشرون, three hundred and twenty
    const adds = (isEnglish && ((current >= 20 && current < 100 && current % 10 === 0 && v < 10) || (magnitude === 100 && v < 100) || (current === 0 && total > 0 && v < 1000)))
      || (!isEnglish && attached && ((current > 0 && current < 10 && v >= 20 && v < 100) || (magnitude === 100 && v < 100) || (current === 0 && total > 0 && v < 1000)));
    if (!adds) break;
    current += v;
    end = nextIndex + 1;
    j = nextIndex;
  }
  return { value: total + current, start: i, end };
}
