import type { RankedSentence } from './rank';

/**
 * The confidence rule, one for every question, with or without an article filter:
 *
 *   answer only when the best sentence covers at least MIN_COVERAGE of the question's term weight,
 *
 * where a term's weight is its IDF over all sentences of the corpus (a word the corpus never uses
 * weighs the most), and a term counts fully when the sentence holds it, partly when only its
 * paragraph or the article's headline does (see RANK_PARAMS). A question about something the
 * articles never mention leaves its most informative words unmatched and falls below the line.
 * The value was chosen on the ARCD train split (every question answerable: few abstentions) and
 * the dev set's out-of-scope rows (all must abstain) together; `npm run eval` prints both.
 */
export const MIN_COVERAGE = 0.5;

export function isConfident(best: RankedSentence | undefined, minCoverage = MIN_COVERAGE): boolean {
  return !!best && best.coverage >= minCoverage;
}
