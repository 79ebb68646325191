import type { Article } from '../corpus/types';
import { entityLexicon } from './lexicon';
import type { NameEntry } from '../lexicon/names';
import { cliticKey, lightStem } from '../text/keys';
import { fold } from '../text/normalize';
import { splitSentences } from '../text/sentences';
import { isStopword } from '../text/stopwords';
import { foldedTokens } from '../text/tokenize';
import { EntityLexicon, generalTokenKinds, lexiconTokenKinds } from '../text/entities';
import { monthOf } from '../text/dates';
import type { AnswerKind } from '../text/questionWords';
import { DeletionIndex } from '../text/deletionIndex';

/** A sentence as the index holds it. */
export interface IndexedSentence {
  id: number;
  article: number;
  paragraph: number;
  sentence: number;
  /** Exact published text. */
  text: string;
  folded: string;
  /** Tokens that are evidence of an answer kind: [stem, bit mask of KIND_BITS]. */
  evidence: Array<[string, number]>;
}

/** One bit per answer kind, for compact per-sentence evidence. */
export const KIND_BITS: Record<AnswerKind, number> = { date: 1, time: 2, number: 4, person: 8, place: 16, other: 0 };

interface TokenInfo {
  stem: string;
  key: string;
  stop: boolean;
  /** General (article-independent) answer-kind evidence, as KIND_BITS. */
  kinds: number;
  /** كانون or تشرين (with clitics): a month only with the next word. */
  monthHead: boolean;
}

/** The second words of the two-word Syriac month names (كانون الأول، تشرين الثاني), folded. */
const TWO_WORD_MONTH_TAILS = ['الاول', 'الثاني'];

/** Postings: term → ids of the sentences that contain it (ascending, unique). */
type Postings = Map<string, number[]>;

function addPosting(postings: Postings, term: string, id: number): void {
  const list = postings.get(term);
  if (!list) postings.set(term, [id]);
  else if (list[list.length - 1] !== id) list.push(id);
}

/**
 * The search index: every sentence of every article, inverted indexes on light stems and on
 * clitic keys, a deletion index for typos, and the global paragraph of each sentence. Building it
 * is linear in the corpus; a question only touches the postings of its own terms.
 */
export class SentenceIndex {
  readonly sentences: IndexedSentence[] = [];
  readonly stemPostings: Postings = new Map();
  readonly keyPostings: Postings = new Map();
  readonly fuzzy = new DeletionIndex();
  private readonly tokens = new Map<string, TokenInfo>();
  /** Stems of each article's headline, which every sentence of the article implicitly shares. */
  readonly titleStems: Array<Set<string>> = [];
  /** Global paragraph number of each sentence (for per-paragraph scratch arrays). */
  paragraphOf = new Int32Array(0);
  paragraphCount = 0;

  /**
   * @param names the people and places an article's names file declares (they count as
   *   evidence of a person or a place, beside the general cues)
   */
  constructor(readonly articles: readonly Article[], names: (article: Article) => readonly NameEntry[] = () => []) {
    this.names = names;
    articles.forEach((article, a) => this.addArticle(article, a));
    this.paragraphOf = new Int32Array(this.sentences.length);
    let paragraph = -1;
    let last = '';
    for (const s of this.sentences) {
      const key = `${s.article}:${s.paragraph}`;
      if (key !== last) {
        paragraph++;
        last = key;
      }
      this.paragraphOf[s.id] = paragraph;
    }
    this.paragraphCount = paragraph + 1;
  }

  private readonly names: (article: Article) => readonly NameEntry[];

  private addArticle(article: Article, a: number): void {
    const lexicon = entityLexicon(article, this.names(article));
    const lead = [article.title, ...(article.summary ? splitSentences(article.summary).map((s) => s.text) : [])];
    const paragraphs: string[][] = [lead, ...article.paragraphs.map((p) => splitSentences(p).map((s) => s.text))];
    paragraphs.forEach((sentences, p) => {
      sentences.forEach((text, i) => {
        const stems = this.addSentence(text, a, p, i + 1, lexicon);
        if (p === 0 && i === 0) this.titleStems.push(new Set(stems));
      });
    });
  }

  /** Indexes one sentence; returns the stems of its content words. */
  private addSentence(text: string, article: number, paragraph: number, sentence: number, lexicon: EntityLexicon): string[] {
    const id = this.sentences.length;
    const folded = fold(text);
    const tokens = foldedTokens(folded);
    const stems: string[] = [];
    const evidence: Array<[string, number]> = [];
    const hasNames = lexicon.people?.size || lexicon.places?.size;
    tokens.forEach((token, i) => {
      const info = this.tokenInfo(token);
      let mask = info.kinds;
      if (hasNames) for (const kind of lexiconTokenKinds(token, lexicon)) mask |= KIND_BITS[kind];
      if (info.monthHead && monthOf(token, tokens[i + 1]) !== undefined) mask |= KIND_BITS.date; // كانون الثاني
      if (mask) evidence.push([info.stem, mask]);
      if (info.stop) return;
      stems.push(info.stem);
      addPosting(this.stemPostings, info.stem, id);
      // Most tokens' clitic key is their stem; lookups by key also read the stem postings.
      if (info.key !== info.stem) addPosting(this.keyPostings, info.key, id);
    });
    this.sentences.push({ id, article, paragraph, sentence, text, folded, evidence });
    return stems;
  }

  /** What a distinct token is, computed once: corpora repeat their vocabulary endlessly. */
  private tokenInfo(token: string): TokenInfo {
    let info = this.tokens.get(token);
    if (!info) {
      const stem = lightStem(token);
      info = {
        stem,
        key: cliticKey(token),
        stop: isStopword(token),
        kinds: generalTokenKinds(token).reduce((mask, k) => mask | KIND_BITS[k], 0),
        monthHead: TWO_WORD_MONTH_TAILS.some((tail) => monthOf(token, tail) !== undefined),
      };
      this.tokens.set(token, info);
      if (!info.stop) this.fuzzy.add(stem);
    }
    return info;
  }

  /** Sentences whose content words have this clitic key (directly, or as their stem). */
  keyMatches(key: string): { own?: number[]; viaStem?: number[] } {
    return { own: this.keyPostings.get(key), viaStem: this.stemPostings.get(key) };
  }

  /** True when the sentence holds evidence of `kind` beyond the given stems. */
  hasEvidence(s: IndexedSentence, kind: AnswerKind, except: ReadonlySet<string>): boolean {
    const bit = KIND_BITS[kind];
    return s.evidence.some(([stem, mask]) => (mask & bit) !== 0 && !except.has(stem));
  }

  /** Inverse document frequency of a stem over sentences (BM25's form; never negative). */
  idf(df: number): number {
    const n = this.sentences.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  articleIndex(id: string): number {
    return this.articles.findIndex((a) => a.id === id);
  }
}
