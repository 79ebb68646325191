import type { Lexicon } from '../lexicon/english';
import { cliticKey, lightStem } from '../text/keys';
import { fold, hasLatin } from '../text/normalize';
import { answerKind, AnswerKind } from '../text/questionWords';
import { RELATED_QUALITY, relatedWords } from '../text/related';
import { isStopword } from '../text/stopwords';
import { tokenize, tokenizeFolded } from '../text/tokenize';

/**
 * Questions of any length are accepted; only the first MAX_QUESTION_CHARS characters are
 * analysed (a question, or a pasted claim, says what it asks early; a 60,000-character paste
 * must not cost more than a sentence).
 */
export const MAX_QUESTION_CHARS = 1000;
/** At most this many distinct content terms are looked up. */
export const MAX_QUERY_TERMS = 40;
/** At most this many Arabic forms are tried for one English word. */
const MAX_FORMS = 24;

/** One word as the index can look it up. */
export interface TermForm {
  /** Folded surface form. */
  token: string;
  stem: string;
  key: string;
  /** Whether one-letter typos may match it: yes for what a person typed, not for lexicon forms. */
  typo: boolean;
  /** How much a match of this form counts (1 for the word itself; less for a related word). */
  quality: number;
}

export interface QueryTerm {
  /** What the question says, folded: an Arabic word, or an English word or phrase. */
  text: string;
  /**
   * The ways the article may write it, each a sequence of words that should all appear: the word
   * itself for an Arabic question; the lexicon's Arabic forms (and the word itself, for digits and
   * Latin names) for an English one.
   */
  forms: TermForm[][];
}

export interface AnalyzedQuestion {
  terms: QueryTerm[];
  kind: AnswerKind;
  truncated: boolean;
}

export function termForm(token: string, typo = true, quality = 1): TermForm {
  return { token, stem: lightStem(token), key: cliticKey(token), typo, quality };
}

/** An Arabic word as typed, then the words news text uses for the same thing. */
function arabicForms(token: string): TermForm[][] {
  const forms: TermForm[][] = [[termForm(token)]];
  for (const related of relatedWords(token)) {
    const words = tokenize(related).filter(isContentToken);
    if (words.length) forms.push(words.map((w) => termForm(w, false, RELATED_QUALITY)));
  }
  return forms;
}

function isContentToken(token: string): boolean {
  return !isStopword(token) && (token.length >= 2 || /\d/.test(token));
}

/** Arabic forms of an English word or phrase, as word sequences the index can match. */
function formsOf(english: string, arabic: string[]): TermForm[][] {
  const forms: TermForm[][] = [tokenize(english).filter(isContentToken).map((w) => termForm(w))];
  for (const a of arabic) {
    const words = tokenize(a).filter(isContentToken);
    if (words.length) forms.push(words.map((w) => termForm(w, false)));
    if (forms.length >= MAX_FORMS) break;
  }
  return forms.filter((f) => f.length > 0);
}

/**
 * Reads a question: its content terms and the kind of answer it wants. Arabic words are looked up
 * as they are; English words (a question in English, or an English name in an Arabic question)
 * through the lexicon, when one is given.
 */
export function analyzeQuestion(question: string, lexicon?: Lexicon, article?: string): AnalyzedQuestion {
  const truncated = question.length > MAX_QUESTION_CHARS;
  const text = truncated ? question.slice(0, MAX_QUESTION_CHARS) : question;
  const tokens = tokenizeFolded(fold(text)).map((t) => t.text);
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  const add = (term: QueryTerm, key: string) => {
    if (seen.has(key) || terms.length >= MAX_QUERY_TERMS) return;
    seen.add(key);
    terms.push(term);
  };
  if (lexicon && hasLatin(text)) {
    for (const t of lexicon.terms(text, article)) {
      if (!hasLatin(t.english)) {
        // Arabic and digits inside an English question are looked up as they are.
        for (const token of tokenize(t.english).filter(isContentToken)) add({ text: token, forms: arabicForms(token) }, lightStem(token));
        continue;
      }
      const forms = formsOf(t.english, t.arabic);
      if (forms.length) add({ text: t.english, forms }, `en:${t.english}`);
    }
  } else {
    for (const token of tokens) {
      if (!isContentToken(token)) continue;
      add({ text: token, forms: arabicForms(token) }, lightStem(token));
    }
  }
  return { terms, kind: answerKind(text), truncated };
}
