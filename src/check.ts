/**
 * `npm run check -- "claim"`: a verdict on a claim about the articles (supported, contradicted,
 * unverified) with the evidence sentence and its citation, exactly as the bot's /check gives it.
 * Options and exit codes as for `npm run ask` (src/cli.ts); the JSON contract is in README.md.
 */
import { loadEngine } from './search/loadEngine';
import { checkClaim } from './claims/check';
import { renderVerdict, VERDICT_LABELS } from './claims/render';
import { labelLanguage } from './reply/language';
import { withCitations } from './reply/terminal';
import { parseCommonArgs, UsageError } from './cli/args';
import { readInputLines } from './cli/inputLines';
import { defaultCorpusDir, userPath } from './paths';

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
  if (args.file === undefined && args.positionals.length === 0) {
    throw new UsageError('no claim given (npm run check -- [--json] [--corpus DIR] [--article ID] "claim" | --file PATH; --help for more)');
  }
  const inputs = args.file !== undefined
    ? readInputLines(userPath(args.file), 'claim')
    : [{ text: args.positionals.join(' '), article: undefined, error: undefined }];

  const engine = loadEngine(args.corpus !== undefined ? userPath(args.corpus) : defaultCorpusDir());
  const known = (id: string | undefined) => id === undefined || engine.article(id) !== undefined;
  if (!known(args.article)) {
    throw new UsageError(`unknown article "${args.article}"; known: ${engine.articles.map((a) => a.id).join(', ')}`);
  }

  for (const [i, input] of inputs.entries()) {
    const article = input.article ?? args.article;
    let error = input.error;
    if (!error && !known(article)) error = `unknown article "${article}"`;
    const where = args.file !== undefined ? `line ${i + 1}: ` : '';
    if (error) process.stderr.write(`${where}${error}\n`);
    if (input.text.length > MAX_CLAIM_CHARS) {
      process.stderr.write(`${where}note: the claim has ${input.text.length} characters; only the first ${MAX_CLAIM_CHARS} were checked\n`);
    }
    const text = input.text.slice(0, MAX_CLAIM_CHARS);
    const lang = labelLanguage(input.text);
    const verdict = error ? undefined : checkClaim(engine, text, { article });
    const [evidence] = verdict?.evidence ? withCitations([verdict.evidence], (id) => engine.article(id), lang) : [];
    if (args.json) {
      const out = {
        claim: input.text,
        verdict: verdict?.verdict ?? 'unverified',
        evidence: evidence ?? null,
        differences: verdict?.differences ?? [],
        ...(error ? { error } : {}),
      };
      process.stdout.write(JSON.stringify(out) + '\n');
    } else {
      if (inputs.length > 1) process.stdout.write(`${i ? '\n' : ''}? ${input.text}\n`);
      process.stdout.write((verdict ? renderVerdict(verdict, evidence ?? null, lang) : VERDICT_LABELS[lang].unverified) + '\n');
    }
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  // Usage and corpus errors, and anything unexpected: one line, no stack trace, exit 2.
  process.stderr.write(`error: ${(err as Error)?.message?.split('\n').join('\n') ?? String(err)}\n`);
  process.exitCode = 2;
}
