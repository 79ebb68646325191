import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/corpus/types';
import { splitSentences } from '../../src/text/sentences';

/**
 * The ARCD answer-sentence benchmark in ../shared/bench/arcd, as articles the engine can load
 * (one paragraph per ARCD paragraph, only a title) and questions with their gold answers.
 */
export const ARCD_DIR = join(__dirname, '..', '..', '..', 'shared', 'bench', 'arcd');

export interface ArcdQuestion {
  id: string;
  split: 'train' | 'test';
  q: string;
  answer: string;
  gold: Array<[number, number]>;
  spanGold: Array<[number, number]>;
}
export interface ArcdArticle {
  title: string;
  paragraphs: string[][];
  questions: ArcdQuestion[];
}
export interface ArcdBench {
  articles: ArcdArticle[];
}

export function loadArcd(dir = ARCD_DIR): ArcdBench {
  return JSON.parse(readFileSync(join(dir, 'arcd-sentences.json'), 'utf8')) as ArcdBench;
}

/** Article id used for ARCD article i. */
export const arcdId = (i: number) => `arcd-${String(i).padStart(3, '0')}`;

/** ARCD paragraphs are the benchmark's sentences joined by a space. */
export function arcdParagraph(sentences: string[]): string {
  return sentences.join(' ');
}

export function arcdArticles(bench: ArcdBench): Article[] {
  return bench.articles.map((a, i) => ({
    id: arcdId(i), title: a.title, authors: [], language: 'ar', people: [], places: [], aliases: {},
    paragraphs: a.paragraphs.map(arcdParagraph), file: `${arcdId(i)}.md`,
  }));
}

/**
 * Maps one of our sentences (paragraph p ≥ 1 in our numbering, sentence n ≥ 1) back to the
 * benchmark's [paragraph, sentence] pair, through offsets, so score.mjs's gold sets apply.
 */
export function toBenchPair(article: ArcdArticle, paragraph: number, sentence: number): [number, number] | undefined {
  if (paragraph < 1) return undefined;
  const theirs = article.paragraphs[paragraph - 1];
  if (!theirs) return undefined;
  const ours = splitSentences(arcdParagraph(theirs))[sentence - 1];
  if (!ours) return undefined;
  let offset = 0;
  for (let i = 0; i < theirs.length; i++) {
    const end = offset + theirs[i]!.length;
    if (ours.start < end) return [paragraph - 1, i];
    offset = end + 1;
  }
  return undefined;
}

/** The hit rule: the quote holds the answer and is about one sentence long. */
export function isSentenceHit(quote: string, question: ArcdQuestion, article: ArcdArticle): boolean {
  const answer = question.answer.trim();
  if (!quote.includes(answer)) return false;
  const goldLength = Math.max(...question.spanGold.map(([p, s]) => article.paragraphs[p]?.[s]?.length ?? 0));
  return quote.length <= 1.5 * goldLength + 40;
}
