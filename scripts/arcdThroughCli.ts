/**
 * `npm run eval:arcd-cli`: the ARCD figure exactly as the answer-engine issue defines it, through
 * the CLI a user runs. Each ARCD article becomes a corpus file with only a title; every question
 * is asked with its article through `ask --corpus DIR --file Q.jsonl --json`; a hit is a top
 * quote that holds the answer text and is at most 1.5 × the gold sentence + 40 characters.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { PROJECT_ROOT } from '../src/paths';
import { arcdId, arcdParagraph, isSentenceHit, loadArcd } from './lib/arcd';

const bench = loadArcd();
const dir = mkdtempSync(join(tmpdir(), 'arcd-cli-'));
try {
  const corpus = join(dir, 'corpus');
  require('node:fs').mkdirSync(corpus);
  const lines: string[] = [];
  bench.articles.forEach((a, i) => {
    const front = stringify({ title: a.title }).trim();
    writeFileSync(join(corpus, `${arcdId(i)}.md`), `---\n${front}\n---\n\n${a.paragraphs.map(arcdParagraph).join('\n\n')}\n`);
    for (const q of a.questions) lines.push(JSON.stringify({ question: q.q, article: arcdId(i) }));
  });
  const questions = join(dir, 'questions.jsonl');
  writeFileSync(questions, lines.join('\n') + '\n');
  const run = spawnSync(join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), [join(PROJECT_ROOT, 'src', 'cli.ts'), '--json', '--top', '1', '--corpus', corpus, '--file', questions], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`ask exited ${run.status}: ${run.stderr}`);
  const outputs = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { answers: Array<{ quote: string }> });
  const acc: Record<string, { n: number; hit: number; abstained: number }> = {};
  let k = 0;
  bench.articles.forEach((a) => {
    for (const q of a.questions) {
      const out = outputs[k++]!;
      const g = (acc[q.split] ??= { n: 0, hit: 0, abstained: 0 });
      g.n++;
      if (out.answers.length === 0) g.abstained++;
      else if (isSentenceHit(out.answers[0]!.quote, q, a)) g.hit++;
    }
  });
  console.log('ARCD through `ask --corpus DIR --file Q.jsonl --json` (144 title-only corpus files)');
  console.log('split   n     top-1 hit   abstained');
  for (const [split, g] of Object.entries(acc)) {
    console.log(`${split.padEnd(6)}  ${String(g.n).padEnd(4)}  ${(g.hit / g.n).toFixed(3)}       ${(g.abstained / g.n).toFixed(3)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
