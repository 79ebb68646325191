/**
 * One engine in a fresh process, so that its start-up and memory are its own:
 *   node --expose-gc --import tsx scripts/bench/engineProbe.ts ENGINE CORPUS_DIR QUESTIONS.json [TIMED] [--quality]
 * ENGINE: project | minisearch | minisearch-fuzzy | fuse. Loads the corpus through loadCorpus,
 * builds the index, warms up, times TIMED questions asked across all articles, and prints one
 * JSON object on stdout. With --quality (project only) it also answers every question with
 * and without --article.
 */
import { readFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { loadCorpus } from '../../src/corpus/load';
import { AnswerEngine } from '../../src/search/engine';
import { BenchQuestion, copyId, median, quantile, sourceArticle } from './corpus';

export interface ProbeResult {
  engine: string;
  /** ms since process start when the engine was ready to answer (imports, load, index). */
  readyMs: number;
  loadMs: number;
  indexMs: number;
  rssStartMb: number;
  rssMb: number;
  heapUsedMb: number;
  gc: boolean;
  articles: number;
  paragraphs: number;
  sentences?: number;
  timed: number;
  warmup: number;
  medianMs: number;
  p95Ms: number;
  /** What a question touches: scored sentences (project) or matched paragraphs (peers). */
  candidates: { unit: string; median: number; p95: number; max: number; paragraphsMedian?: number; paragraphsP95?: number };
  /** Over the timed questions, without --article: the top result's article and answer. */
  peek: { rightArticleFirst: number; topHoldsAnswer: number; n: number };
  quality?: ProjectQuality;
}

export interface ProjectQuality {
  n: number;
  withArticle: { hit: number; abstain: number };
  withoutArticle: { hit: number; abstain: number; rightArticleFirst: number };
}

/**
 * The scored candidates of engine.rank(): an array of ranked sentences, or (since the engine's
 * ranking grew more fields) an object whose `ranked` is that array. Accept both.
 */
function rankedOf(ranking: unknown): Array<{ sentence: { article: number; paragraph: number } }> {
  if (Array.isArray(ranking)) return ranking;
  const ranked = (ranking as { ranked?: unknown }).ranked;
  if (Array.isArray(ranked)) return ranked;
  throw new Error('engine.rank() returned neither an array nor { ranked: [] }');
}

const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;

interface Searcher {
  /** Runs the question the way the user-facing path does. */
  ask(q: string): void;
  /** The candidates a question touches, and the top hit (article index, text). */
  inspect(q: string): { candidates: number; paragraphs?: number; top?: { article: number; text: string } };
}

function main(): void {
  const [engineName, dir, questionsFile, timedArg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const wantQuality = process.argv.includes('--quality');
  if (!engineName || !dir || !questionsFile) throw new Error('usage: engineProbe ENGINE CORPUS_DIR QUESTIONS.json [TIMED] [--quality]');
  const questions = JSON.parse(readFileSync(questionsFile, 'utf8')) as BenchQuestion[];
  const timedN = Math.min(questions.length, Number(timedArg ?? questions.length));
  const gc = (globalThis as { gc?: () => void }).gc;
  const rssStart = process.memoryUsage().rss;

  let t = performance.now();
  const articles = loadCorpus(dir);
  const loadMs = performance.now() - t;
  const paragraphTexts: string[] = [];
  const paragraphArticle: number[] = [];
  articles.forEach((a) => a.paragraphs.forEach((p) => { paragraphTexts.push(p); paragraphArticle.push(sourceArticle(a.id)); }));

  t = performance.now();
  let searcher: Searcher;
  let sentences: number | undefined;
  let unit = 'paragraphs';
  let engine: AnswerEngine | undefined;
  if (engineName === 'project') {
    engine = new AnswerEngine(articles);
    const e = engine;
    sentences = e.index.sentences.length;
    unit = 'sentences';
    searcher = {
      ask: (q) => { e.ask(q); },
      inspect: (q) => {
        const ranked = rankedOf(e.rank(q));
        const paragraphs = new Set(ranked.map((r) => `${r.sentence.article}:${r.sentence.paragraph}`)).size;
        const best = e.ask(q).nearest[0];
        return { candidates: ranked.length, paragraphs, top: best && { article: sourceArticle(best.article), text: best.quote } };
      },
    };
  } else if (engineName === 'minisearch' || engineName === 'minisearch-fuzzy') {
    const ms = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
    ms.addAll(paragraphTexts.map((text, id) => ({ id, text })));
    const options = engineName === 'minisearch-fuzzy' ? { fuzzy: 0.2, prefix: true } : {};
    searcher = {
      ask: (q) => { ms.search(q, options); },
      inspect: (q) => {
        const r = ms.search(q, options);
        const id = r[0]?.id as number | undefined;
        return { candidates: r.length, top: id === undefined ? undefined : { article: paragraphArticle[id]!, text: paragraphTexts[id]! } };
      },
    };
  } else if (engineName === 'fuse') {
    const fuse = new Fuse(paragraphTexts);
    searcher = {
      ask: (q) => { fuse.search(q); },
      inspect: (q) => {
        const r = fuse.search(q);
        const top = r[0];
        return { candidates: r.length, top: top && { article: paragraphArticle[top.refIndex]!, text: top.item } };
      },
    };
  } else {
    throw new Error(`unknown engine ${engineName}`);
  }
  const indexMs = performance.now() - t;
  const readyMs = performance.now();
  gc?.();
  gc?.();
  const mem = process.memoryUsage();

  // Warm up on questions that are not timed (the end of the list), then time the first timedN.
  const warmup = Math.min(engineName === 'fuse' ? 2 : 30, questions.length);
  for (const q of questions.slice(-warmup)) searcher.ask(q.q);
  const times: number[] = [];
  for (const q of questions.slice(0, timedN)) {
    const s = performance.now();
    searcher.ask(q.q);
    times.push(performance.now() - s);
  }

  const counts: number[] = [];
  const paragraphCounts: number[] = [];
  let rightArticleFirst = 0;
  let topHoldsAnswer = 0;
  for (const q of questions.slice(0, timedN)) {
    const r = searcher.inspect(q.q);
    counts.push(r.candidates);
    if (r.paragraphs !== undefined) paragraphCounts.push(r.paragraphs);
    if (r.top?.article === q.article) rightArticleFirst++;
    if (r.top?.text.includes(q.answer)) topHoldsAnswer++;
  }

  let quality: ProjectQuality | undefined;
  if (wantQuality && engine) {
    const all = JSON.parse(readFileSync(questionsFile.replace(/\.json$/, '.all.json'), 'utf8')) as BenchQuestion[];
    let withHit = 0, withAbstain = 0, hit = 0, abstain = 0, right = 0;
    for (const q of all) {
      const a = engine.ask(q.q, { article: copyId(q.article, 0) });
      if (a.answers.length === 0) withAbstain++;
      else if (a.answers[0]!.quote.includes(q.answer)) withHit++;
      const b = engine.ask(q.q);
      if (b.answers.length === 0) abstain++;
      else if (b.answers[0]!.quote.includes(q.answer)) hit++;
      if (b.nearest[0] && sourceArticle(b.nearest[0].article) === q.article) right++;
    }
    const n = all.length;
    quality = {
      n,
      withArticle: { hit: withHit / n, abstain: withAbstain / n },
      withoutArticle: { hit: hit / n, abstain: abstain / n, rightArticleFirst: right / n },
    };
  }

  const result: ProbeResult = {
    engine: engineName, readyMs, loadMs, indexMs,
    rssStartMb: mb(rssStart), rssMb: mb(mem.rss), heapUsedMb: mb(mem.heapUsed), gc: gc !== undefined,
    articles: articles.length, paragraphs: paragraphTexts.length, sentences,
    timed: times.length, warmup, medianMs: median(times), p95Ms: quantile(times, 0.95),
    candidates: {
      unit, median: median(counts), p95: quantile(counts, 0.95), max: Math.max(...counts),
      ...(paragraphCounts.length ? { paragraphsMedian: median(paragraphCounts), paragraphsP95: quantile(paragraphCounts, 0.95) } : {}),
    },
    peek: { rightArticleFirst: rightArticleFirst / timedN, topHoldsAnswer: topHoldsAnswer / timedN, n: timedN },
    quality,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main();
