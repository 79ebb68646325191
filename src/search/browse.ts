/**
 * Browsing the corpus by position and by partial text: what the Discord buttons, /quote and
 * autocomplete need beyond `AnswerEngine.ask`. Functions over an engine (public fields only), so
 * the engine itself stays as the ranking work left it. Knows nothing of Discord.
 */
import type { Article } from '../corpus/types';
import { fold } from '../text/normalize';
import { isStopword } from '../text/stopwords';
import { tokenize } from '../text/tokenize';
import type { AnswerEngine } from './engine';
import type { Answer } from './types';

/** Where a sentence is: article id, paragraph (0 = headline and summary), sentence (1-based). */
export interface SentenceLocation {
  article: string;
  paragraph: number;
  sentence: number;
}

/** An article by id, or by `#<n>` (its position in the corpus, as long ids are carried). */
export function findArticle(engine: AnswerEngine, ref: string): Article | undefined {
  const m = /^#(\d+)$/.exec(ref);
  if (m) return engine.articles[Number(m[1])];
  return engine.article(ref);
}

/** The article's position in the corpus (-1 when unknown). */
export function articlePosition(engine: AnswerEngine, id: string): number {
  return engine.articles.findIndex((a) => a.id === id);
}

/** How many body paragraphs an article has (paragraph 0, headline and summary, not counted). */
export function paragraphCount(article: Article): number {
  return article.paragraphs.length;
}

/**
 * A paragraph's exact text: body paragraph N (1-based), or for 0 the headline and the summary on
 * two lines. Undefined when out of range.
 */
export function paragraphText(article: Article, paragraph: number): string | undefined {
  if (!Number.isInteger(paragraph) || paragraph < 0) return undefined;
  if (paragraph === 0) return article.summary ? `${article.title}\n${article.summary}` : article.title;
  return article.paragraphs[paragraph - 1];
}

const sentenceMaps = new WeakMap<AnswerEngine, Map<string, string>>();

function locationKey(article: number, paragraph: number, sentence: number): string {
  return `${article}:${paragraph}:${sentence}`;
}

/** The exact text of one sentence, or undefined when there is no such sentence. */
export function sentenceText(engine: AnswerEngine, at: SentenceLocation): string | undefined {
  let map = sentenceMaps.get(engine);
  if (!map) {
    map = new Map();
    for (const s of engine.index.sentences) map.set(locationKey(s.article, s.paragraph, s.sentence), s.text);
    sentenceMaps.set(engine, map);
  }
  const a = articlePosition(engine, at.article);
  return a < 0 ? undefined : map.get(locationKey(a, at.paragraph, at.sentence));
}

/** True when two answers (or locations) are the same sentence. */
export function sameSentence(a: SentenceLocation, b: SentenceLocation): boolean {
  return a.article === b.article && a.paragraph === b.paragraph && a.sentence === b.sentence;
}

/**
 * The next best sentences after `shown`: ranked for `query` (the question, or as much of it as a
 * button could carry), topped up with the sentences nearest to the shown sentence itself.
 */
export function otherMatches(engine: AnswerEngine, shown: SentenceLocation, query: string | undefined, count = 4): Answer[] {
  const out: Answer[] = [];
  const add = (answers: Answer[]) => {
    for (const a of answers) {
      if (out.length >= count) return;
      if (sameSentence(a, shown) || out.some((o) => sameSentence(o, a) || (o.article === a.article && o.quote === a.quote))) continue;
      out.push(a);
    }
  };
  if (query && query.trim()) add(engine.ask(query, { top: count + 3 }).nearest);
  if (out.length < count) {
    const text = sentenceText(engine, shown);
    if (text) add(engine.ask(text, { top: count + 3 }).nearest);
  }
  return out;
}

/** A suggestion for a question being typed. */
export interface Suggestion {
  text: string;
  location?: SentenceLocation;
}

/**
 * Suggestions as the user types (autocomplete): sentences holding the typed words, the last word
 * matched as a prefix, best first. Cheap: one pass of substring tests over the folded sentences,
 * no ranking; with nothing typed, the headline and the first sentence of each paragraph.
 */
export function suggest(engine: AnswerEngine, typed: string, limit = 25): Suggestion[] {
  const folded = fold(typed.slice(0, 200));
  const tokens = tokenize(folded);
  const words = tokens.filter((t, i) => (i === tokens.length - 1 ? t.length >= 1 : t.length >= 2 && !isStopword(t)));
  const sentences = engine.index.sentences;
  const toSuggestion = (i: number): Suggestion => {
    const s = sentences[i]!;
    return { text: s.text, location: { article: engine.articles[s.article]!.id, paragraph: s.paragraph, sentence: s.sentence } };
  };
  if (words.length === 0) {
    const firsts: number[] = [];
    sentences.forEach((s, i) => {
      if (s.sentence === 1 || (s.paragraph === 0 && s.sentence === 2)) firsts.push(i);
    });
    return firsts.slice(0, limit).map(toSuggestion);
  }
  const scored: Array<{ i: number; score: number }> = [];
  sentences.forEach((s, i) => {
    let score = 0;
    for (const w of words) {
      if (s.folded.includes(w)) score += Math.min(w.length, 8);
    }
    if (score > 0) scored.push({ i, score });
  });
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const { i } of scored) {
    const s = toSuggestion(i);
    if (seen.has(s.text)) continue;
    seen.add(s.text);
    out.push(s);
    if (out.length >= limit) break;
  }
  return out;
}

/** What the article says about a claim: the sentences that bear on it, and how sure that is. */
export interface ClaimCheck {
  claim: string;
  /** Best first; the confident answers, or else the nearest sentences. */
  evidence: Answer[];
  /** True when the evidence passed the answer engine's confidence rule. */
  confident: boolean;
  /**
   * A verdict on the claim, when a checker gives one (a later issue): supported, contradicted,
   * or not enough information. Absent from `findEvidence`.
   */
  verdict?: 'supported' | 'contradicted' | 'not-enough-info';
  /** A short explanation of the verdict, shown under it. */
  note?: string;
}

/** The longest claim looked at (Discord messages hold up to 4,000 characters). */
export const MAX_CLAIM_CHARS = 4000;

/** The default claim check: the sentences that bear on the claim, with no verdict. */
export function findEvidence(engine: AnswerEngine, claim: string, top = 2): ClaimCheck {
  const text = claim.slice(0, MAX_CLAIM_CHARS);
  const result = engine.ask(text, { top });
  const confident = result.answers.length > 0;
  return { claim: text, evidence: confident ? result.answers : result.nearest.slice(0, top), confident };
}
