/**
 * `npm run eval`: answer quality on the development questions and the ARCD benchmark.
 * ARCD is scored with score.mjs's definitions (gold sentence top-1, top-3, MRR) and with the
 * issue's hit rule (the top quote holds the answer and is about one sentence long).
 */
import { join } from 'node:path';
import { loadEngine } from '../src/search/loadEngine';
import { AnswerEngine } from '../src/search/engine';
import { isConfident } from '../src/search/confidence';
import { PROJECT_ROOT } from '../src/paths';
import { arcdArticles, arcdId, isSentenceHit, loadArcd, toBenchPair } from './lib/arcd';
import { loadDevSet, scoreDevSet } from './lib/devset';

const verbose = process.argv.includes('--verbose');
const pct = (x: number, n: number) => `${x}/${n}`;

const engine = loadEngine(join(PROJECT_ROOT, 'corpus'));
const dev = loadDevSet();
console.log('Development questions (../shared/eval/questions.tsv)');
console.log('rows      answerable  top-1    top-3    abstained(wrongly)  out-of-scope abstained');
for (const lang of ['ar', 'en'] as const) {
  const s = scoreDevSet(engine, dev.filter((q) => q.language === lang));
  console.log(
    `${lang === 'ar' ? 'Arabic ' : 'English'}   ${String(s.answerable).padEnd(10)}  ${pct(s.top1, s.answerable).padEnd(7)}  ${pct(s.top3, s.answerable).padEnd(7)}  ${String(s.wrongAbstain).padEnd(18)}  ${pct(s.abstained, s.outOfScope)}`,
  );
  if (verbose) for (const m of s.misses) console.log(`    ${m}`);
}

const bench = loadArcd();
const arcd = new AnswerEngine(arcdArticles(bench));
type Acc = { n: number; top1: number; top3: number; rr: number; hit: number; abstain: number };
const acc: Record<string, Acc> = {};
bench.articles.forEach((a, i) => {
  for (const q of a.questions) {
    const ranking = arcd.ranking(q.q, { article: arcdId(i) });
    const ranked = ranking.ranked;
    const g = (acc[q.split] ??= { n: 0, top1: 0, top3: 0, rr: 0, hit: 0, abstain: 0 });
    g.n++;
    const confident = isConfident(ranking);
    if (!confident) g.abstain++;
    // As the CLI answers: an abstention is a miss for the hit rate (not for the ranking metrics).
    if (confident && ranked[0] && isSentenceHit(ranked[0].sentence.text, q, a)) g.hit++;
    const seen = new Set<string>();
    let rank = 0;
    for (const r of ranked) {
      const pair = toBenchPair(a, r.sentence.paragraph, r.sentence.sentence);
      if (!pair || seen.has(pair.join())) continue;
      seen.add(pair.join());
      rank++;
      if (q.gold.some(([p, s]) => p === pair[0] && s === pair[1])) {
        if (rank === 1) g.top1++;
        if (rank <= 3) g.top3++;
        g.rr += 1 / rank;
        break;
      }
    }
  }
});
console.log('\nARCD (../shared/bench/arcd), each question asked within its article');
console.log('split   n     top-1   top-3   MRR     answered+hit*  abstained');
for (const [split, g] of Object.entries(acc)) {
  const f = (x: number) => (x / g.n).toFixed(3);
  console.log(`${split.padEnd(6)}  ${String(g.n).padEnd(4)}  ${f(g.top1)}   ${f(g.top3)}   ${f(g.rr)}   ${f(g.hit).padEnd(13)}  ${f(g.abstain)}`);
}
console.log('top-1, top-3, MRR: score.mjs definitions (gold sentences), on the ranking alone.');
console.log('* answered+hit: the issue\'s rule as the CLI applies it — a confident answer whose top quote holds the');
console.log('  answer text and is at most 1.5 × the gold sentence + 40 characters long; an abstention is a miss.');
