import type { Article } from '../corpus/types';
import { cliticKey, lightStem } from '../text/keys';
import { isStopword } from '../text/stopwords';
import { isNumberToken, tokenize } from '../text/tokenize';
import type { Lexicon } from './english';

/**
 * How much of an article's vocabulary the English lexicon reaches: its body's content words
 * (folded, stopwords and numbers out), and those no English word maps to. A word counts as
 * covered when its folded form, light10 stem or clitic key equals that of some Arabic form the
 * lexicon produces (so "والأذربيجانية" is covered by "الأذربيجانية").
 */
export interface Coverage {
  /** Distinct content words of the body. */
  words: string[];
  uncovered: string[];
  /** uncovered.length / words.length */
  uncoveredShare: number;
}

function keys(token: string): string[] {
  return [token, lightStem(token), cliticKey(token)];
}

export function lexiconCoverage(article: Article, lexicon: Lexicon): Coverage {
  const known = new Set<string>();
  for (const form of lexicon.arabicForms(article.id)) for (const t of tokenize(form)) for (const k of keys(t)) known.add(k);
  const words = [...new Set(
    article.paragraphs.flatMap((p) => tokenize(p)).filter((t) => !isStopword(t) && !isNumberToken(t) && /\p{L}/u.test(t)),
  )];
  const uncovered = words.filter((w) => !keys(w).some((k) => known.has(k)));
  return { words, uncovered, uncoveredShare: words.length ? uncovered.length / words.length : 0 };
}
