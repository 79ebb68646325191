import type { Article } from '../corpus/types';
import { Lexicon, lexiconWithNames } from '../lexicon/english';
import { isConfident } from './confidence';
import { analyzeQuestion } from './question';
import { RankedSentence, Ranking, rankSentences, RankParams } from './rank';
import { SentenceIndex } from './sentenceIndex';
import type { Answer, AnswerResult, AskOptions } from './types';

export const DEFAULT_TOP = 3;

/** The question-answering core: built once from the articles, then asked many times. */
export class AnswerEngine {
  readonly index: SentenceIndex;

  readonly lexicon: Lexicon;
  private readonly params?: RankParams;

  /**
   * @param articles the corpus, as loadCorpus gives it
   * @param options.lexicon English–Arabic lexicon with the articles' names (default: the shared
   *   lexicon alone); see loadEngine for the usual way to build both from a corpus folder
   * @param options.params ranking weights (tuning only)
   */
  constructor(readonly articles: readonly Article[], options: { lexicon?: Lexicon; params?: RankParams } = {}) {
    this.lexicon = options.lexicon ?? lexiconWithNames(new Map());
    this.params = options.params;
    this.index = new SentenceIndex(articles, (article) => this.lexicon.names(article.id));
  }

  article(id: string): Article | undefined {
    return this.articles.find((a) => a.id === id);
  }

  /** Answers a question with the best sentences, or none when not confident. */
  ask(question: string, options: AskOptions = {}): AnswerResult {
    const top = Math.max(1, options.top ?? DEFAULT_TOP);
    const analyzed = analyzeQuestion(question, this.lexicon, options.article);
    const base = { question, kind: analyzed.kind, truncated: analyzed.truncated };
    if (analyzed.terms.length === 0) return { ...base, answers: [], nearest: [], reason: 'empty' };
    const articleIndex = options.article !== undefined ? this.index.articleIndex(options.article) : undefined;
    if (articleIndex === -1) throw new RangeError(`unknown article "${options.article}"`);
    const ranking = rankSentences(this.index, analyzed, { article: articleIndex, params: this.params });
    const distinct = this.distinct(ranking.ranked, top);
    if (distinct.length === 0) return { ...base, answers: [], nearest: [], reason: 'no-match' };
    if (!isConfident(ranking)) {
      return { ...base, answers: [], nearest: distinct, reason: 'low-confidence' };
    }
    return { ...base, answers: distinct, nearest: distinct };
  }

  /** Every sentence that matches the question, best first, with its score (benchmarks, tuning). */
  rank(question: string, options: AskOptions = {}): RankedSentence[] {
    return this.ranking(question, options).ranked;
  }

  /** The ranking with what the confidence rule looks at. */
  ranking(question: string, options: AskOptions = {}): Ranking {
    const articleIndex = options.article !== undefined ? this.index.articleIndex(options.article) : undefined;
    return rankSentences(this.index, analyzeQuestion(question, this.lexicon, options.article), { article: articleIndex, params: this.params });
  }

  /** Whether the confidence rule would answer this question. */
  isConfident(question: string, options: AskOptions = {}): boolean {
    return isConfident(this.ranking(question, options));
  }

  /** The top sentences, skipping repeats of a sentence already listed (same article, same text). */
  private distinct(ranked: RankedSentence[], top: number): Answer[] {
    const seen = new Set<string>();
    const out: Answer[] = [];
    for (const r of ranked) {
      const key = `${r.sentence.article}\u0000${r.sentence.folded}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(this.toAnswer(r));
      if (out.length >= top) break;
    }
    return out;
  }

  private toAnswer(r: RankedSentence): Answer {
    const s = r.sentence;
    return {
      quote: s.text,
      article: this.articles[s.article]!.id,
      paragraph: s.paragraph,
      sentence: s.sentence,
      score: Math.round(Math.min(1, r.coverage) * 1000) / 1000,
    };
  }
}
