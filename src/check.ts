/**
 * `npm run check -- "claim"`: a verdict on a claim about the articles (supported, contradicted,
 * unverified) with the evidence sentence and its citation, exactly as the bot's /check gives it.
 * Options and exit codes as for `npm run ask` (src/cli.ts); the JSON contract is in README.md.
 */
import { checkClaim } from './claims/check';
import { renderVerdict, VERDICT_LABELS } from './claims/render';
import { labelLanguage } from './reply/language';
import { withCitations } from './reply/terminal';
import { parseCommonArgs } from './cli/args';
import { openSession, runCli } from './cli/session';

const USAGE = `usage: npm run check -- [options] "claim"
       npm run check -- [options] --file claims.txt
options:
  --json          one JSON object per claim on stdout
  --file PATH     one claim per line (a line starting with { is {"claim": "...", "article": "id"})
  --corpus DIR    the articles folder (default: corpus/)
  --article ID    check against this article only`;

/** Claims longer than this are cut before checking (as ask does with questions). */
const MAX_CLAIM_CHARS = 1000;

function main(argv: string[]): number {
  const args = parseCommonArgs(argv);
  if (args.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const { engine, items } = openSession(args, 'claim', 'no claim given (npm run check -- [--json] [--corpus DIR] [--article ID] "claim" | --file PATH; --help for more)');
  for (const [i, item] of items.entries()) {
    if (item.error) process.stderr.write(`${item.where}${item.error}\n`);
    if (item.text.length > MAX_CLAIM_CHARS) {
      process.stderr.write(`${item.where}note: the claim has ${item.text.length} characters; only the first ${MAX_CLAIM_CHARS} were checked\n`);
    }
    const text = item.text.slice(0, MAX_CLAIM_CHARS);
    const lang = labelLanguage(item.text);
    const verdict = item.error ? undefined : checkClaim(engine, text, { article: item.article });
    const [evidence] = verdict?.evidence ? withCitations([verdict.evidence], (id) => engine.article(id), lang) : [];
    if (args.json) {
      const out = {
        claim: item.text,
        verdict: verdict?.verdict ?? 'unverified',
        evidence: evidence ?? null,
        differences: verdict?.differences ?? [],
        ...(item.error ? { error: item.error } : {}),
      };
      process.stdout.write(JSON.stringify(out) + '\n');
    } else {
      if (items.length > 1) process.stdout.write(`${i ? '\n' : ''}? ${item.text}\n`);
      process.stdout.write((verdict ? renderVerdict(verdict, evidence ?? null, lang) : VERDICT_LABELS[lang].unverified) + '\n');
    }
  }
  return 0;
}

runCli(main);
