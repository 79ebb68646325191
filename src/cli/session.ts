import type { AnswerEngine } from '../search/engine';
import { loadEngine } from '../search/loadEngine';
import { defaultCorpusDir, userPath } from '../paths';
import { CommonArgs, UsageError } from './args';
import { readInputLines } from './inputLines';

/** One thing to answer or check: from the command line, or one line of --file. */
export interface CliItem {
  text: string;
  /** The article to search: the line's own, else --article. */
  article?: string;
  /** A problem with this item alone (bad JSON line, unknown article): it gets an empty result. */
  error?: string;
  /** "line N: " for --file input, for messages on stderr. */
  where: string;
}

/**
 * The common start of `ask` and `check`: the inputs (the argument, or --file), the engine over the
 * corpus folder, and --article checked against it. Usage and corpus errors throw.
 */
export function openSession(args: CommonArgs, field: 'question' | 'claim', missing: string): { engine: AnswerEngine; items: CliItem[] } {
  if (args.file === undefined && args.positionals.length === 0) throw new UsageError(missing);
  const inputs = args.file !== undefined ? readInputLines(userPath(args.file), field) : [{ text: args.positionals.join(' ') }];
  const engine = loadEngine(args.corpus !== undefined ? userPath(args.corpus) : defaultCorpusDir());
  const known = (id: string | undefined) => id === undefined || engine.article(id) !== undefined;
  if (!known(args.article)) {
    throw new UsageError(`unknown article "${args.article}"; known: ${engine.articles.map((a) => a.id).join(', ')}`);
  }
  const items = inputs.map((input, i) => {
    const article = input.article ?? args.article;
    const error = input.error ?? (known(article) ? undefined : `unknown article "${article}"`);
    return { text: input.text, article, error, where: args.file !== undefined ? `line ${i + 1}: ` : '' };
  });
  return { engine, items };
}

/**
 * Runs a CLI's main. Usage errors, corpus errors and anything unexpected become one line on
 * stderr and exit status 2: never a stack trace.
 */
export function runCli(main: (argv: string[]) => number): void {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`error: ${message.split('\n')[0]}\n`);
    process.exitCode = 2;
  }
}
