/**
 * npm run bench [-- --paragraphs N] [--questions N] [--fuse-questions N] [--keep]
 *
 * Speed at scale: writes a corpus of 10,000 paragraphs (the ARCD articles, copied) as real corpus
 * files in a temporary folder, then runs each engine in its own fresh process (engineProbe.ts:
 * load through loadCorpus, build, warm up, time questions asked across all articles) and prints
 * them side by side: latency median/p95, start-up, memory, and what a question touches. Then
 * answer quality at that scale: ARCD with --article and without it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnswerEngine } from '../../src/search/engine';
import { arcdArticles, arcdId, loadArcd } from '../lib/arcd';
import { allQuestions, sampleQuestions, writeBenchCorpus } from './corpus';
import type { ProbeResult } from './engineProbe';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} needs a positive number`);
  return v;
}

const PARAGRAPHS = option('paragraphs', 10000);
const QUESTIONS = option('questions', 300);
const FUSE_QUESTIONS = option('fuse-questions', 20);
const keep = process.argv.includes('--keep');

const bench = loadArcd();
const dir = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
const corpusDir = join(dir, 'corpus');
const corpus = writeBenchCorpus(bench, corpusDir, PARAGRAPHS);
const all = allQuestions(bench);
const sample = sampleQuestions(all, QUESTIONS);
const questionsFile = join(dir, 'questions.json');
writeFileSync(questionsFile, JSON.stringify(sample));
writeFileSync(join(dir, 'questions.all.json'), JSON.stringify(all));

const probeScript = join(__dirname, 'engineProbe.ts');
function probe(engine: string, timed: number, quality = false): ProbeResult {
  const args = ['--expose-gc', '--import', 'tsx', probeScript, engine, corpusDir, questionsFile, String(timed)];
  if (quality) args.push('--quality');
  process.stderr.write(`bench: ${engine} (${timed} questions${quality ? `, then quality on ${all.length}` : ''})…\n`);
  const out = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').pop()!) as ProbeResult;
}

// Peers first, the project last: each in its own process, one after another.
const results: Array<[string, ProbeResult]> = [
  ['project', probe('project', QUESTIONS, true)],
  ['MiniSearch', probe('minisearch', QUESTIONS)],
  ['MiniSearch fuzzy', probe('minisearch-fuzzy', QUESTIONS)],
  ['Fuse.js plain', probe('fuse', FUSE_QUESTIONS)],
];

// Reference: the same questions on the 144 ARCD articles alone, with --article (as the issue's
// "answer quality unchanged" baseline), in this process (not timed).
const small = new AnswerEngine(arcdArticles(bench));
let refHit = 0, refAbstain = 0;
for (const q of all) {
  const a = small.ask(q.q, { article: arcdId(q.article) });
  if (a.answers.length === 0) refAbstain++;
  else if (a.answers[0]!.quote.includes(q.answer)) refHit++;
}

const fmt = (x: number | undefined, digits = 1) => (x === undefined || Number.isNaN(x) ? '—' : x.toFixed(digits));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const int = (x: number) => x.toLocaleString('en-US');
const project = results[0]![1];
const rows: Array<[string, (r: ProbeResult) => string]> = [
  ['questions timed (warm-up)', (r) => `${r.timed} (${r.warmup})`],
  ['latency median, ms', (r) => fmt(r.medianMs, 2)],
  ['latency p95, ms', (r) => fmt(r.p95Ms, 2)],
  ['start-up: load corpus, ms', (r) => fmt(r.loadMs, 0)],
  ['start-up: build index, ms', (r) => fmt(r.indexMs, 0)],
  ['process start → ready, ms', (r) => fmt(r.readyMs, 0)],
  ['RSS after build, MB', (r) => `${fmt(r.rssMb)} (start ${fmt(r.rssStartMb)})`],
  ['heap used after build, MB', (r) => fmt(r.heapUsedMb)],
  ['candidates per question, median', (r) => `${int(r.candidates.median)} ${r.candidates.unit}`],
  ['candidates per question, p95', (r) => `${int(r.candidates.p95)} ${r.candidates.unit}`],
  ['top result: right article', (r) => pct(r.peek.rightArticleFirst)],
  ['top result holds the answer', (r) => `${pct(r.peek.topHoldsAnswer)} (a ${r.candidates.unit === 'sentences' ? 'sentence' : 'paragraph'})`],
];
const header = ['', ...results.map(([name]) => name)];
const table = [header, ...rows.map(([label, f]) => [label, ...results.map(([, r]) => f(r))])];
const widths = header.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
const line = (row: string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');

const out: string[] = [];
out.push(`Corpus: ${int(corpus.paragraphs)} paragraphs in ${int(corpus.articles)} article files (the 144 ARCD articles copied ${corpus.copies}×, distinct ids), loaded with loadCorpus`);
out.push(`Project index: ${int(project.sentences ?? 0)} sentences. Questions: ${QUESTIONS} ARCD questions spread over the set, asked across all articles (no --article); Fuse.js on the first ${FUSE_QUESTIONS} only (it scans every paragraph).`);
out.push('Each engine runs in its own fresh process (node --expose-gc; memory after gc). MiniSearch: BM25 over the same paragraphs, default tokenizer, plain and {fuzzy: 0.2, prefix: true}. Fuse.js: new Fuse(paragraphs), default options.');
out.push('');
out.push(line(header));
for (const row of table.slice(1)) out.push(line(row));
out.push('');
const c = project.candidates;
out.push(`Candidates: sentences the project scores; paragraphs MiniSearch returns; paragraphs Fuse.js returns (it compares the question with all ${int(project.paragraphs)}).`);
out.push(`Project: a question scores ${int(c.median)} sentences at the median (p95 ${int(c.p95)}, max ${int(c.max)}) of ${int(project.sentences ?? 0)}, in ${int(c.paragraphsMedian ?? 0)} paragraphs (p95 ${int(c.paragraphsP95 ?? 0)}) of ${int(project.paragraphs)}; Fuse.js re-scores only the best of those.`);
const ms = results[1]![1];
out.push(`Targets: median ≤ MiniSearch's (${fmt(project.medianMs, 2)} vs ${fmt(ms.medianMs, 2)} ms: ${project.medianMs <= ms.medianMs ? 'met' : 'NOT met'}); start-up ≤ 3 s (${fmt(project.readyMs, 0)} ms: ${project.readyMs <= 3000 ? 'met' : 'NOT met'}); RSS ≤ 500 MB (${fmt(project.rssMb)} MB: ${project.rssMb <= 500 ? 'met' : 'NOT met'}).`);
const q = project.quality!;
out.push('');
out.push(`Answer quality, all ${int(q.n)} ARCD questions (hit = the first answer's quote contains the gold answer text; an abstention is a miss):`);
const big = `${int(corpus.paragraphs)} paragraphs`;
const label = (s: string) => s.padEnd(big.length + 16);
out.push(`  ${label('144 articles, --article')}  hit ${pct(refHit / all.length)}  abstain ${pct(refAbstain / all.length)}   (reference: the ARCD set alone)`);
out.push(`  ${label(`${big}, --article`)}  hit ${pct(q.withArticle.hit)}  abstain ${pct(q.withArticle.abstain)}`);
out.push(`  ${label(`${big}, no --article`)}  hit ${pct(q.withoutArticle.hit)}  abstain ${pct(q.withoutArticle.abstain)}   right article first ${pct(q.withoutArticle.rightArticleFirst)}`);
out.push('  ("right article" = any copy of the question\'s ARCD article; copies are identical text.)');
process.stdout.write(`${out.join('\n')}\n`);

if (keep) process.stderr.write(`bench: corpus kept in ${dir}\n`);
else rmSync(dir, { recursive: true, force: true });
