import type { Ranking } from './rank';

/**
 * The confidence rule, one for every question, with or without an article filter. Answer only when
 *
 *   1. no word of the question names a known place (country, capital, region) that the searched
 *      articles never mention — "ما عاصمة فرنسا؟" is not about an article that never says فرنسا;
 *   2. and the best sentence covers at least MIN_COVERAGE of the question's term weight, or at least
 *      MIN_COVERAGE_TWO_WORDS when the sentence itself holds two or more of the question's words.
 *
 * A term's weight is its IDF over all sentences of the corpus (a word the corpus never uses weighs
 * the most); a term counts fully when the sentence holds it, partly when only its paragraph or the
 * article's headline does, or when Fuse.js finds it approximately (see RANK_PARAMS). A question
 * about something the articles never mention leaves its most informative words unmatched and
 * falls below the line.
 *
 * The values were chosen on the ARCD train split (every question answerable, so each abstention
 * there is a miss) together with out-of-scope questions about the seed article (the dev set's
 * NONE rows); `npm run eval` prints the abstention rates on both.
 */
export const MIN_COVERAGE = 0.4;
export const MIN_COVERAGE_TWO_WORDS = 0.25;

export function isConfident(ranking: Ranking): boolean {
  const best = ranking.ranked[0];
  if (!best || ranking.absentNames.length > 0) return false;
  return best.coverage >= MIN_COVERAGE || (best.matchedTerms >= 2 && best.coverage >= MIN_COVERAGE_TWO_WORDS);
}
