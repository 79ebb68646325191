import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { arcdId, arcdParagraph, ArcdBench } from '../lib/arcd';

/**
 * The bench corpus: the 144 ARCD articles copied as often as needed (each copy a real corpus
 * file with its own id) until the corpus holds exactly `target` paragraphs. Copy 0 keeps the
 * plain ARCD id (arcd-007); copy k is arcd-007-cKK. Files sort copy 0 first, so ties between
 * identical copies go to the original.
 */
export interface BenchCorpus {
  dir: string;
  articles: number;
  paragraphs: number;
  copies: number;
}

/** The ARCD article a bench article id was copied from. */
export function sourceArticle(id: string): number {
  return Number(/^arcd-(\d+)/.exec(id)?.[1] ?? -1);
}

export function copyId(article: number, copy: number): string {
  return copy === 0 ? arcdId(article) : `${arcdId(article)}-c${String(copy).padStart(2, '0')}`;
}

export function writeBenchCorpus(bench: ArcdBench, dir: string, target: number): BenchCorpus {
  mkdirSync(dir, { recursive: true });
  let paragraphs = 0;
  let articles = 0;
  let copy = 0;
  while (paragraphs < target) {
    for (let i = 0; i < bench.articles.length && paragraphs < target; i++) {
      const a = bench.articles[i]!;
      const body = a.paragraphs.map(arcdParagraph).slice(0, target - paragraphs);
      const id = copyId(i, copy);
      const front = stringify({ id, title: a.title }, { lineWidth: 0 });
      writeFileSync(join(dir, `${id}.md`), `---\n${front}---\n\n${body.join('\n\n')}\n`);
      paragraphs += body.length;
      articles++;
    }
    copy++;
  }
  return { dir, articles, paragraphs, copies: copy };
}

/** One benchmark question: the ARCD question, its gold answer text and its source article. */
export interface BenchQuestion {
  q: string;
  answer: string;
  article: number;
}

/** Every ARCD question, in file order. */
export function allQuestions(bench: ArcdBench): BenchQuestion[] {
  return bench.articles.flatMap((a, i) => a.questions.map((q) => ({ q: q.q, answer: q.answer.trim(), article: i })));
}

/** `n` questions spread evenly over the whole benchmark (deterministic). */
export function sampleQuestions(all: BenchQuestion[], n: number): BenchQuestion[] {
  if (n >= all.length) return all;
  return Array.from({ length: n }, (_, i) => all[Math.floor((i * all.length) / n)]!);
}

export function median(xs: number[]): number {
  return quantile(xs, 0.5);
}

/** Nearest-rank quantile. */
export function quantile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}
