import { cliticKey, lightStem } from '../text/keys';
import { fold } from '../text/normalize';
import { answerKind, AnswerKind } from '../text/questionWords';
import { isStopword } from '../text/stopwords';
import { tokenizeFolded } from '../text/tokenize';

/**
 * Questions of any length are accepted; only the first MAX_QUESTION_CHARS characters are
 * analysed (a question, or a pasted claim, says what it asks early; a 60,000-character paste
 * must not cost more than a sentence).
 */
export const MAX_QUESTION_CHARS = 1000;
/** At most this many distinct content terms are looked up. */
export const MAX_QUERY_TERMS = 40;

export interface QueryTerm {
  /** Folded token as typed. */
  token: string;
  stem: string;
  key: string;
}

export interface AnalyzedQuestion {
  terms: QueryTerm[];
  kind: AnswerKind;
  truncated: boolean;
}

export function analyzeQuestion(question: string): AnalyzedQuestion {
  const truncated = question.length > MAX_QUESTION_CHARS;
  const text = truncated ? question.slice(0, MAX_QUESTION_CHARS) : question;
  const tokens = tokenizeFolded(fold(text)).map((t) => t.text);
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const token of tokens) {
    if (isStopword(token) || (token.length < 2 && !/\d/.test(token))) continue;
    const stem = lightStem(token);
    if (seen.has(stem)) continue;
    seen.add(stem);
    terms.push({ token, stem, key: cliticKey(token) });
    if (terms.length >= MAX_QUERY_TERMS) break;
  }
  return { terms, kind: answerKind(text), truncated };
}
