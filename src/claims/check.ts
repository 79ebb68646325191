/**
 * Claim verdicts: does the article say this (supported), say something else (contradicted, with
 * what differs), or not speak to it (unverified)? Pure over an AnswerEngine: the Discord /check
 * command, the Fact-check message command and `npm run check` all call checkClaim.
 *
 *   const verdict = checkClaim(engine, 'Trade between Russia and Azerbaijan exceeds $5 billion');
 *   verdict.verdict      // 'contradicted'
 *   verdict.differences  // [{kind: 'number', claim: 'exceeds 5 billion dollars', article: 'يزيد على 4 مليارات دولار'}]
 *   verdict.evidence     // the evidence sentence, as ask returns it (add the citation for display)
 *
 * How: the engine finds the sentence that best matches the claim; the claim's facts (numbers with
 * their unit and comparative, dates, times, weekdays, people and places: ./facts.ts) are each
 * compared with the same kind of fact in that sentence (./compare.ts). Any disagreement →
 * contradicted; agreement with nothing left unstated → supported; no confident sentence, or a
 * claim fact the sentence does not state → unverified.
 */
import { dirname } from 'node:path';
import type { AnswerEngine } from '../search/engine';
import type { Answer } from '../search/types';
import type { Article } from '../corpus/types';
import { loadLexicon, Lexicon } from '../lexicon/english';
import { labelLanguage } from '../reply/language';
import type { LabelLanguage } from '../reply/citation';
import { compareFacts, Comparison } from './compare';
import { extractFacts, Fact, FactKind } from './facts';

export type Verdict = 'supported' | 'contradicted' | 'unverified';

export interface Difference {
  /** number, date, time, weekday, person or place. */
  kind: string;
  /** The claim's fact as the claim writes it ("5 billion dollars"). */
  claim: string;
  /** The article's fact as the article writes it ("يزيد على 4 مليارات دولار"). */
  article: string;
}

export interface FactCheck {
  kind: FactKind;
  claim: string;
  article?: string;
  outcome: 'match' | 'mismatch' | 'absent';
}

export interface ClaimVerdict {
  claim: string;
  verdict: Verdict;
  /** The evidence sentence (null when the article has none to offer). */
  evidence: Answer | null;
  differences: Difference[];
  /** Every fact of the claim and how it fared (for explanations). */
  facts: FactCheck[];
  /** The claim's script decides the language of labels. */
  language: LabelLanguage;
  /** Why: the evidence was not confident, the facts differ, agree, or are not stated. */
  reason: 'no-evidence' | 'low-confidence' | 'facts-differ' | 'facts-agree' | 'facts-unstated' | 'no-facts';
}

export interface CheckOptions {
  /** Check against this article only (its id). */
  article?: string;
  /** The lexicon (names and English words); default: loaded once per engine from its corpus folder. */
  lexicon?: Lexicon;
}

/** How many of the best sentences to consider as evidence. */
const CANDIDATES = 3;
/** A claim with no facts to compare is supported only when the sentence holds this much of it. */
const STATEMENT_MIN_SCORE = 0.6;
/** A claim naming someone or somewhere the article never mentions needs this much to be judged. */
const FOREIGN_MIN_SCORE = 0.5;
/** Below this score, differing figures must share some surrounding words to be compared. */
const UNRELATED_FIGURE_SCORE = 0.5;
/** A claim whose only facts are names, all found, needs this much. */
const NAMES_MIN_SCORE = 0.45;
/** A not-confident sentence can still contradict a figure when it holds this much of the claim. */
const LOW_CONFIDENCE_CONTRADICTS = 0.3;

const lexicons = new WeakMap<AnswerEngine, Lexicon>();

/**
 * The lexicon for an engine's articles: the engine's own when it has the articles' names
 * (loadEngine), else the shared words plus the names files beside the articles, loaded once.
 */
export function lexiconFor(engine: AnswerEngine): Lexicon {
  if (engine.lexicon.articlesWithNames.length > 0) return engine.lexicon;
  let lex = lexicons.get(engine);
  if (!lex) {
    const first = engine.articles[0];
    lex = loadLexicon(first ? dirname(first.file) : undefined, engine.articles);
    lexicons.set(engine, lex);
  }
  return lex;
}

/** Facts the verdict does not hang on when the sentence is silent about them ("two countries"). */
function isIncidental(c: Comparison): boolean {
  const f = c.claim;
  return f.kind === 'number' && f.value <= 2 && !/\d/.test(f.text) && f.unit !== 'dollar';
}

function strong(kind: FactKind): boolean {
  return kind === 'number' || kind === 'date' || kind === 'time' || kind === 'weekday';
}

/** The facts of the evidence's paragraph, and of the headline and summary. */
function context(engine: AnswerEngine, answer: Answer, lexicon: Lexicon): { paragraph: Fact[]; headline: Fact[] } {
  const article = engine.article(answer.article);
  if (!article) return { paragraph: [], headline: [] };
  const read = (t: string) => extractFacts(t, { lexicon, articleId: article.id, published: article.published });
  const headline = [article.title, article.summary ?? ''].flatMap(read);
  return { paragraph: answer.paragraph > 0 ? read(article.paragraphs[answer.paragraph - 1] ?? '') : headline, headline };
}

function sharesContext(a: Fact, b: Fact): boolean {
  for (const k of a.context.keys()) if (b.context.has(k)) return true;
  return false;
}

const mentionCache = new WeakMap<object, Set<string>>();

/** Does the article mention this person or place anywhere (headline, summary, body)? */
function mentions(article: Article, id: string, lexicon: Lexicon): boolean {
  let ids = mentionCache.get(article);
  if (!ids) {
    const options = { lexicon, articleId: article.id, published: article.published };
    ids = new Set(
      [article.title, article.summary ?? '', ...article.paragraphs]
        .flatMap((t) => extractFacts(t, options))
        .flatMap((f) => (f.kind === 'person' || f.kind === 'place' ? [f.id] : [])),
    );
    mentionCache.set(article, ids);
  }
  return ids.has(id);
}

interface Judged {
  answer: Answer;
  comparisons: Comparison[];
}

function judge(engine: AnswerEngine, answer: Answer, claimFacts: Fact[], lexicon: Lexicon): Judged {
  const article = engine.article(answer.article);
  const options = { lexicon, articleId: answer.article, published: article?.published };
  const evidence = extractFacts(answer.quote, options);
  const around = context(engine, answer, lexicon);
  return { answer, comparisons: compareFacts(claimFacts, evidence, around.paragraph, around.headline) };
}

function toChecks(comparisons: Comparison[]): FactCheck[] {
  return comparisons.map((c) => ({
    kind: c.claim.kind,
    claim: c.claim.text,
    ...(c.article ? { article: c.article.text } : {}),
    outcome: c.outcome,
  }));
}

function differences(comparisons: Comparison[]): Difference[] {
  return comparisons
    .filter((c) => c.outcome === 'mismatch' && c.article)
    .map((c) => ({ kind: c.claim.kind, claim: c.claim.text, article: c.article!.text }));
}

/** The verdict on one claim. Throws RangeError for an unknown article id (as ask does). */
export function checkClaim(engine: AnswerEngine, claim: string, options: CheckOptions = {}): ClaimVerdict {
  const language = labelLanguage(claim);
  const lexicon = options.lexicon ?? lexiconFor(engine);
  const result = engine.ask(claim, { article: options.article, top: CANDIDATES });
  const confident = result.answers.length > 0;
  const candidates = confident ? result.answers : result.nearest;
  const base = { claim, language };
  if (candidates.length === 0) {
    return { ...base, verdict: 'unverified', evidence: null, differences: [], facts: [], reason: 'no-evidence' };
  }
  // Facts are read with the names of the article the evidence comes from.
  const claimFactsFor = new Map<string, Fact[]>();
  const claimFacts = (articleId: string) => {
    let f = claimFactsFor.get(articleId);
    if (!f) {
      f = extractFacts(claim, { lexicon, articleId, published: engine.article(articleId)?.published });
      claimFactsFor.set(articleId, f);
    }
    return f;
  };
  const judged = candidates.slice(0, CANDIDATES).map((a) => judge(engine, a, claimFacts(a.article), lexicon));
  // A figure that differs from the sentence's only figure of that unit, with nothing in common
  // around the two, is not the same figure ("an energy deal worth 2 billion" vs the trade volume).
  for (const j of judged) {
    for (const c of j.comparisons) {
      if (c.outcome === 'mismatch' && c.claim.kind === 'number' && c.article && j.answer.score < UNRELATED_FIGURE_SCORE && !sharesContext(c.claim, c.article)) {
        c.outcome = 'absent';
        delete c.article;
      }
    }
  }
  // The best-ranked sentence that speaks to the claim's figures, dates or times; else the best.
  const chosen = judged.find((j) => j.comparisons.some((c) => strong(c.claim.kind) && c.outcome !== 'absent')) ?? judged[0]!;
  const comparisons = chosen.comparisons;
  const facts = toChecks(comparisons);
  const diffs = differences(comparisons);
  const mismatch = comparisons.some((c) => c.outcome === 'mismatch');
  const strongMismatch = comparisons.some((c) => c.outcome === 'mismatch' && strong(c.claim.kind));

  // A claim naming people or places the article never mentions, on a sentence that holds little
  // of it, is about something else.
  const article = engine.article(chosen.answer.article);
  const foreign = article ? comparisons.some((c) => (c.claim.kind === 'person' || c.claim.kind === 'place') && !mentions(article, c.claim.id, lexicon)) : false;
  if (foreign && chosen.answer.score < FOREIGN_MIN_SCORE) {
    return { ...base, verdict: 'unverified', evidence: confident ? chosen.answer : null, differences: [], facts, reason: confident ? 'facts-unstated' : 'low-confidence' };
  }
  if (!confident) {
    // Not confident about the sentence: only a figure, date or time that plainly differs in a
    // sentence that holds much of the claim makes a contradiction; otherwise the article does
    // not speak to it.
    if (strongMismatch && chosen.answer.score >= LOW_CONFIDENCE_CONTRADICTS) {
      return { ...base, verdict: 'contradicted', evidence: chosen.answer, differences: diffs, facts, reason: 'facts-differ' };
    }
    return { ...base, verdict: 'unverified', evidence: null, differences: [], facts, reason: 'low-confidence' };
  }
  if (mismatch) return { ...base, verdict: 'contradicted', evidence: chosen.answer, differences: diffs, facts, reason: 'facts-differ' };
  const relevant = comparisons.filter((c) => !(c.outcome === 'absent' && isIncidental(c)));
  // A figure, date or time the sentence does not state: the article does not speak to it. (A
  // name it does not repeat is left to the score below: "between the two countries".)
  if (relevant.some((c) => c.outcome === 'absent' && strong(c.claim.kind))) {
    return { ...base, verdict: 'unverified', evidence: chosen.answer, differences: [], facts, reason: 'facts-unstated' };
  }
  // Names alone (no figure, date or time agreed on) need a sentence that holds most of the claim.
  const strongMatch = relevant.some((c) => strong(c.claim.kind) && c.outcome === 'match');
  const namesFound = relevant.some((c) => c.outcome === 'match');
  const needed = strongMatch ? 0 : namesFound ? NAMES_MIN_SCORE : STATEMENT_MIN_SCORE;
  if (chosen.answer.score < needed) {
    return { ...base, verdict: 'unverified', evidence: chosen.answer, differences: [], facts, reason: relevant.length ? 'facts-unstated' : 'no-facts' };
  }
  if (relevant.length === 0) return { ...base, verdict: 'supported', evidence: chosen.answer, differences: [], facts, reason: 'no-facts' };
  return { ...base, verdict: 'supported', evidence: chosen.answer, differences: [], facts, reason: 'facts-agree' };
}
