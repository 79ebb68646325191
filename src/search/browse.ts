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
 * no ranking; with nothing typed, the headline and the first sentence of each paragraph. With
 * `article` (an id), only that article's sentences.
 */
export function suggest(engine: AnswerEngine, typed: string, limit = 25, article?: string): Suggestion[] {
  const folded = fold(typed.slice(0, 200));
  const tokens = tokenize(folded);
  const words = tokens.filter((t, i) => (i === tokens.length - 1 ? t.length >= 1 : t.length >= 2 && !isStopword(t)));
  // Only one article's sentences when `article` (an id) names a known one.
  const only = article === undefined ? -1 : articlePosition(engine, article);
  const sentences = only < 0 ? engine.index.sentences : engine.index.sentences.filter((s) => s.article === only);
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
   * A verdict on the claim, when the checker gives one (src/claims): supported, contradicted, or
   * unverified (the article does not speak to it). Absent from `findEvidence`.
   */
  verdict?: 'supported' | 'contradicted' | 'unverified';
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

// ---------------------------------------------------------------- choosing an article

/** The longest value an `article` option may carry (Discord: choice values ≤ 100 characters). */
export const ARTICLE_REF_MAX = 100;

/**
 * The value an `article` option carries for an article: its id when it fits and cannot be taken
 * for a position, else `#<n>` (its position in the corpus), which `findArticle` also reads.
 */
export function articleOptionValue(engine: AnswerEngine, article: Article): string {
  if (article.id.length <= ARTICLE_REF_MAX && !/^#\d+$/.test(article.id)) return article.id;
  return `#${articlePosition(engine, article.id)}`;
}

/** What an `article` option names: nothing, a known article, or something unknown. */
export type ArticleScope =
  | { kind: 'all' }
  | { kind: 'article'; article: Article }
  | { kind: 'unknown'; ref: string };

/** Reads an `article` option: empty means every article. */
export function articleScope(engine: AnswerEngine, ref: string | null | undefined): ArticleScope {
  const r = ref?.trim();
  if (!r) return { kind: 'all' };
  const article = findArticle(engine, r);
  return article ? { kind: 'article', article } : { kind: 'unknown', ref: r };
}

/**
 * For a command about one article (/quote, /source): the article named, else the only article;
 * `pick` when there are several and none was named.
 */
export type OneArticle =
  | { kind: 'article'; article: Article }
  | { kind: 'pick'; articles: readonly Article[] }
  | { kind: 'unknown'; ref: string };

export function oneArticle(engine: AnswerEngine, ref: string | null | undefined): OneArticle {
  const scope = articleScope(engine, ref);
  if (scope.kind !== 'all') return scope;
  if (engine.articles.length === 1) return { kind: 'article', article: engine.articles[0]! };
  return { kind: 'pick', articles: engine.articles };
}

/** Newest first (by `published`, undated last), then corpus order. */
function newestFirst(engine: AnswerEngine, articles: readonly Article[]): Article[] {
  const position = new Map(engine.articles.map((a, i) => [a.id, i]));
  return [...articles].sort((a, b) => {
    const byDate = (b.published ?? '').localeCompare(a.published ?? '');
    return byDate || (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0);
  });
}

/**
 * Articles for an `article` option being typed: every typed word (folded, the last one as a
 * prefix of anything) in the headline, id or source. Headline matches come before matches on the
 * id or source alone; newest first within each. With nothing typed, the newest articles.
 */
export function matchArticles(engine: AnswerEngine, typed: string, limit = 25): Article[] {
  const words = fold(typed.slice(0, 200)).split(/\s+/).filter(Boolean);
  if (words.length === 0) return newestFirst(engine, engine.articles).slice(0, limit);
  const inTitle: Article[] = [];
  const elsewhere: Article[] = [];
  for (const a of engine.articles) {
    const title = fold(a.title);
    const rest = fold(`${a.id} ${a.source ?? ''}`);
    if (words.every((w) => title.includes(w))) inTitle.push(a);
    else if (words.every((w) => title.includes(w) || rest.includes(w))) elsewhere.push(a);
  }
  return [...newestFirst(engine, inTitle), ...newestFirst(engine, elsewhere)].slice(0, limit);
}
