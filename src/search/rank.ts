import Fuse from 'fuse.js';
import { isKnownPlaceName } from '../text/entities';
import type { AnswerKind } from '../text/questionWords';
import type { AnalyzedQuestion, QueryTerm, TermForm } from './question';
import type { IndexedSentence, SentenceIndex } from './sentenceIndex';

/**
 * Ranking weights. Chosen on the ARCD train split (scripts/tune.ts), checked on the dev questions;
 * the test split is only reported.
 */
export const RANK_PARAMS = {
  /** Match quality of a clitic-key match and of a one-edit (typo) match, exact stem = 1. */
  clitic: 1,
  fuzzy: 0.6,
  /** Credit for a question term found elsewhere in the sentence's paragraph. */
  context: 0.25,
  /** Credit for a question term found only in the article's headline (implied everywhere). */
  title: 1,
  /** Factor on the weight of a number in the question (a year, a count, a time). */
  number: 2,
  /** Bonus for holding the kind of thing asked (a date for متى, …), × mean term weight. */
  kind: 0.6,
  /** Credit for a question word Fuse.js finds approximately in a sentence (× (1 − Fuse score)). */
  fuse: 0.4,
  /** Fuse.js threshold for those approximate matches (0 exact … 1 anything). */
  fuseThreshold: 0.45,
  /**
   * Factor on the headline and summary (paragraph 0): they restate the story, and the body
   * sentence that says the same thing carries the detail a question asks about.
   */
  lead: 0.4,
  /** How many candidates Fuse.js re-scores. */
  rescore: 24,
};
export type RankParams = typeof RANK_PARAMS;

export interface RankedSentence {
  sentence: IndexedSentence;
  score: number;
  /** Share of the question's term weight that the sentence, its paragraph and headline hold. */
  coverage: number;
  /** How many of the question's terms the sentence itself holds (by stem, clitic key or typo). */
  matchedTerms: number;
}

export interface Ranking {
  /** Sentences sharing at least one term with the question, best first. */
  ranked: RankedSentence[];
  /** Question words that name a known place and appear nowhere in the searched articles. */
  absentNames: string[];
}

interface TermMatches {
  term: QueryTerm;
  /** IDF over every sentence of the corpus (the same with or without an article filter). */
  weight: number;
  /** The weight for ranking (numbers count more). */
  rankWeight: number;
  /** quality[sentence id] = match quality (1 = same stem or clitic key; less for a typo or a related word). */
  quality: Float32Array;
  /** The sentence ids with quality > 0. */
  ids: number[];
}

/**
 * Scratch arrays, one slot per sentence, reused from question to question: a question touches a
 * few thousand sentences of tens of thousands, and typed-array reads beat map lookups in the hot
 * loop. Only the touched slots are cleared afterwards.
 */
class Scratch {
  private readonly pool: Float32Array[] = [];
  private used = 0;
  constructor(private readonly size: number) {}
  take(): Float32Array {
    const a = this.pool[this.used] ?? new Float32Array(this.size);
    this.pool[this.used++] = a;
    return a;
  }
  /** Returns every taken array, zeroing the given slots of each. */
  release(touched: Array<{ array: Float32Array; ids: number[] }>): void {
    for (const { array, ids } of touched) for (const id of ids) array[id] = 0;
    this.used = 0;
  }
}
const scratches = new WeakMap<SentenceIndex, { sentences: Scratch; paragraphs: Scratch }>();
function scratchFor(index: SentenceIndex) {
  let s = scratches.get(index);
  if (!s) {
    s = { sentences: new Scratch(index.sentences.length), paragraphs: new Scratch(index.paragraphCount) };
    scratches.set(index, s);
  }
  return s;
}

/** Raises target[id] to q for each id (of the allowed article), recording first touches. */
function noteMax(index: SentenceIndex, target: Float32Array, touched: number[], ids: readonly number[] | undefined, q: number, allowed?: number): void {
  if (!ids) return;
  for (const id of ids) {
    if (allowed !== undefined && index.sentences[id]!.article !== allowed) continue;
    const before = target[id]!;
    if (before === 0) touched.push(id);
    if (before < q) target[id] = q;
  }
}

/** Match quality of one word into `target`; returns its document frequency. */
function wordQuality(index: SentenceIndex, word: TermForm, params: RankParams, target: Float32Array, touched: number[], allowed?: number): number {
  const exact = index.stemPostings.get(word.stem);
  const clitic = index.keyMatches(word.key);
  noteMax(index, target, touched, exact, word.quality, allowed);
  noteMax(index, target, touched, clitic.own, word.quality * params.clitic, allowed);
  if (word.key !== word.stem) noteMax(index, target, touched, clitic.viaStem, word.quality * params.clitic, allowed);
  let df = exact?.length ?? clitic.own?.length ?? clitic.viaStem?.length ?? 0;
  if (!exact && word.typo) {
    for (const near of index.fuzzy.near(word.stem)) {
      const ids = index.stemPostings.get(near);
      noteMax(index, target, touched, ids, word.quality * params.fuzzy, allowed);
      if (!df) df = ids?.length ?? 0;
    }
  }
  return df;
}

/**
 * Where a term matches: the best of its forms; a form of several words (an English phrase's
 * Arabic, "رئيس الوزراء") counts by the share of its words the sentence holds.
 */
function collectMatches(index: SentenceIndex, term: QueryTerm, params: RankParams, scratch: Scratch, allowed?: number): TermMatches {
  const quality = scratch.take();
  const ids: number[] = [];
  // The term weighs as rare as the word itself is; its other forms only widen where it matches.
  let df = 0;
  let primaryDf = -1;
  for (const form of term.forms) {
    let formDf = 0;
    if (form.length === 1) {
      formDf = wordQuality(index, form[0]!, params, quality, ids, allowed);
    } else {
      const sum = scratch.take();
      const word = scratch.take();
      const sumIds: number[] = [];
      for (const w of form) {
        const wordIds: number[] = [];
        formDf = Math.max(formDf, wordQuality(index, w, params, word, wordIds, allowed));
        for (const id of wordIds) {
          if (sum[id] === 0) sumIds.push(id);
          sum[id]! += word[id]!;
          word[id] = 0;
        }
      }
      for (const id of sumIds) {
        const q = sum[id]! / form.length;
        sum[id] = 0;
        if (quality[id] === 0) ids.push(id);
        if (quality[id]! < q) quality[id] = q;
      }
    }
    if (primaryDf < 0) primaryDf = formDf;
    if (formDf > df) df = formDf;
  }
  const weight = index.idf(primaryDf > 0 ? primaryDf : df);
  // A number, date or time in the question is the most specific thing it says (23:50, 2022): it
  // ranks more, but does not make a question about something else look answered.
  const rankWeight = /^\d/.test(term.text) ? weight * params.number : weight;
  return { term, weight, rankWeight, quality, ids };
}

/** Every stem a term can take, for "is this already in the question" checks. */
function stemsOf(term: QueryTerm): string[] {
  return term.forms.flatMap((f) => f.map((w) => w.stem));
}

/** The word as typed, when the term is one typed word (not a lexicon form), for approximate matching. */
function typedWord(term: QueryTerm): TermForm | undefined {
  const first = term.forms[0];
  return first?.length === 1 && first[0]!.typo ? first[0] : undefined;
}

function hasNewEvidence(index: SentenceIndex, s: IndexedSentence, kind: AnswerKind, asked: ReadonlySet<string>): boolean {
  // A time question is also answered by a sentence that dates the event.
  return index.hasEvidence(s, kind, asked) || (kind === 'time' && index.hasEvidence(s, 'date', asked));
}

/**
 * Ranks the sentences that share at least one term with the question. Only the postings of the
 * question's own terms are read; Fuse.js then re-scores the best few for fuzzy closeness.
 */
export function rankSentences(
  index: SentenceIndex,
  question: AnalyzedQuestion,
  options: { article?: number; params?: RankParams } = {},
): Ranking {
  const params = options.params ?? RANK_PARAMS;
  const scratch = scratchFor(index);
  const matches = question.terms.map((t) => collectMatches(index, t, params, scratch.sentences, options.article));
  try {
    return rankMatches(index, question, matches, params);
  } finally {
    scratch.sentences.release(matches.map((m) => ({ array: m.quality, ids: m.ids })));
  }
}

function rankMatches(index: SentenceIndex, question: AnalyzedQuestion, matches: TermMatches[], params: RankParams): Ranking {
  const absentNames = matches
    .filter((m) => m.ids.length === 0 && m.term.forms.some((f) => f.length === 1 && isKnownPlaceName(f[0]!.token)))
    .map((m) => m.term.text);
  const weights = matches.map((m) => m.weight);
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return { ranked: [], absentNames };
  const meanWeight = total / matches.length;

  // Paragraph-level best quality per term, for context credit.
  const paragraphs = scratchFor(index).paragraphs;
  const paragraphQuality = matches.map((m) => {
    const best = paragraphs.take();
    const touched: number[] = [];
    for (const id of m.ids) {
      const p = index.paragraphOf[id]!;
      if (best[p] === 0) touched.push(p);
      if (best[p]! < m.quality[id]!) best[p] = m.quality[id]!;
    }
    return { array: best, ids: touched };
  });
  try {
    return scoreCandidates(index, question, matches, params, weights, total, meanWeight, paragraphQuality.map((p) => p.array), absentNames);
  } finally {
    paragraphs.release(paragraphQuality);
  }
}

function scoreCandidates(
  index: SentenceIndex, question: AnalyzedQuestion, matches: TermMatches[], params: RankParams,
  weights: number[], total: number, meanWeight: number, paragraphQuality: Float32Array[], absentNames: string[],
): Ranking {
  const termStems = matches.map((m) => stemsOf(m.term));
  const asked = new Set(termStems.flat());
  const inTitleCache = new Map<number, boolean[]>();
  const inTitle = (article: number) => {
    let flags = inTitleCache.get(article);
    if (!flags) {
      const title = index.titleStems[article]!;
      flags = termStems.map((stems) => stems.some((stem) => title.has(stem)));
      inTitleCache.set(article, flags);
    }
    return flags;
  };

  const candidates = new Set<number>();
  for (const m of matches) for (const id of m.ids) candidates.add(id);

  const ranked: RankedSentence[] = [];
  const n = matches.length;
  for (const id of candidates) {
    const s = index.sentences[id]!;
    const titleFlags = inTitle(s.article);
    const paragraph = index.paragraphOf[id]!;
    let score = 0;
    let covered = 0;
    let matchedTerms = 0;
    for (let i = 0; i < n; i++) {
      const m = matches[i]!;
      const w = weights[i]!;
      const direct = m.quality[id]!;
      if (direct > 0) {
        score += m.rankWeight * direct;
        covered += w * Math.min(1, direct);
        matchedTerms++;
        continue;
      }
      const inParagraph = paragraphQuality[i]![paragraph]!;
      const implied = Math.max(params.context * inParagraph, titleFlags[i] ? params.title : 0);
      score += m.rankWeight * implied;
      covered += w * implied;
    }
    if (s.paragraph === 0) score *= params.lead;
    ranked.push({ sentence: s, score, coverage: covered / total, matchedTerms });
  }
  ranked.sort((x, y) => y.score - x.score || x.sentence.id - y.sentence.id);

  // Second pass on the best few: Fuse.js's approximate matching for the question words that
  // matched no stem in a sentence (a typo, or a form light stemming misses: استعادة/استعادتها),
  // then the answer kind.
  const head = ranked.slice(0, params.rescore);
  const fuse = new Fuse(head, {
    keys: ['sentence.folded'],
    includeScore: true,
    ignoreLocation: true,
    ignoreFieldNorm: true,
    threshold: params.fuseThreshold,
  });
  const approximate = new Map<number, number>(); // sentence id → weight credited by Fuse matches
  matches.forEach((m, i) => {
    const word = typedWord(m.term);
    if (!word || [...word.stem].length < 4) return; // short words match inside too many others
    for (const r of fuse.search(word.stem)) {
      const s = r.item.sentence;
      if (m.quality[s.id]! > 0) continue;
      const w = weights[i]!;
      approximate.set(s.id, (approximate.get(s.id) ?? 0) + w * params.fuse * (1 - (r.score ?? 1)));
    }
  });

  for (const r of head) {
    const s = r.sentence;
    if (question.kind !== 'other' && hasNewEvidence(index, s, question.kind, asked)) r.score += params.kind * meanWeight;
    const extra = approximate.get(s.id) ?? 0;
    r.score += extra;
    r.coverage = Math.min(1, r.coverage + extra / total);
  }
  head.sort((x, y) => y.score - x.score || x.sentence.id - y.sentence.id);
  return { ranked: [...head, ...ranked.slice(params.rescore)], absentNames };
}
