/**
 * Tuning harness for the ranking weights, on the ARCD train split only (the test split is for
 * reporting). Prints the hit rate (the rule), gold top-1 and abstentions for a grid of one
 * parameter at a time. Usage: tsx scripts/tune.ts [param=v1,v2,…] [--split train|test]
 */
import { AnswerEngine } from '../src/search/engine';
import { RANK_PARAMS, RankParams } from '../src/search/rank';
import { isConfident } from '../src/search/confidence';
import { arcdArticles, arcdId, isSentenceHit, loadArcd, toBenchPair } from './lib/arcd';

const bench = loadArcd();
const articles = arcdArticles(bench);
const args = process.argv.slice(2);
const split = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'train';
const grid = args.find((a) => a.includes('='));

function run(params: RankParams) {
  const engine = new AnswerEngine(articles, { params });
  let n = 0, hit = 0, top1 = 0, abstain = 0;
  const coverages: number[] = [];
  bench.articles.forEach((a, i) => {
    for (const q of a.questions) {
      if (split !== 'all' && q.split !== split) continue;
      n++;
      const ranking = engine.ranking(q.q, { article: arcdId(i) });
      const best = ranking.ranked[0];
      if (!best) { abstain++; coverages.push(0); continue; }
      coverages.push(best.coverage);
      const confident = isConfident(ranking);
      if (!confident) abstain++;
      // As through the CLI: an abstention is a miss.
      if (confident && isSentenceHit(best.sentence.text, q, a)) hit++;
      const pair = toBenchPair(a, best.sentence.paragraph, best.sentence.sentence);
      if (pair && q.gold.some(([p, s]) => p === pair[0] && s === pair[1])) top1++;
    }
  });
  return { n, hit: hit / n, top1: top1 / n, abstain: abstain / n, coverages };
}

if (grid) {
  const [name, values] = grid.split('=') as [keyof RankParams, string];
  for (const v of values.split(',').map(Number)) {
    const r = run({ ...RANK_PARAMS, [name]: v });
    console.log(`${name}=${v}\thit ${r.hit.toFixed(4)}\tgoldTop1 ${r.top1.toFixed(4)}\tabstain ${r.abstain.toFixed(4)}`);
  }
} else {
  const r = run(RANK_PARAMS);
  console.log(`${split}: n=${r.n} hit ${r.hit.toFixed(4)} goldTop1 ${r.top1.toFixed(4)} abstain ${r.abstain.toFixed(4)}`);
  const sorted = [...r.coverages].sort((a, b) => a - b);
  for (const p of [0.01, 0.02, 0.05, 0.1, 0.2]) console.log(`coverage p${p * 100}: ${sorted[Math.floor(p * sorted.length)]?.toFixed(3)}`);
}
