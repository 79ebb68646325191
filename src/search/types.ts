import type { AnswerKind } from '../text/questionWords';

/** One ranked sentence: where it is and how well it answers. */
export interface Answer {
  /** The sentence exactly as published. */
  quote: string;
  /** Article id. */
  article: string;
  /** 0 = headline and summary; 1… = body paragraphs. */
  paragraph: number;
  /** 1-based sentence number within the paragraph (paragraph 0: 1 = headline, 2 = summary). */
  sentence: number;
  /** Confidence in [0, 1]: the share of the question's information the sentence and its context hold. */
  score: number;
}

export interface AnswerResult {
  question: string;
  /** What kind of answer the question asks for. */
  kind: AnswerKind;
  /** Best first; empty when there is no confident answer. */
  answers: Answer[];
  /** The nearest sentences even when not confident, for "did you mean" style hints. */
  nearest: Answer[];
  /** True when only the first MAX_QUESTION_CHARS characters were analysed. */
  truncated: boolean;
  /** Why there is no answer, when there is none. */
  reason?: 'empty' | 'no-match' | 'low-confidence';
}

export interface AskOptions {
  /** Answer from this article only (its id). */
  article?: string;
  /** How many answers at most (default 3). */
  top?: number;
}
