import { parseArgs } from 'node:util';

/** A mistake in how the command was called: one line on stderr, exit 2. */
export class UsageError extends Error {}

export interface CommonArgs {
  json: boolean;
  file?: string;
  corpus?: string;
  article?: string;
  top: number;
  help: boolean;
  positionals: string[];
}

/** Parses the options shared by `ask` and `check`. */
export function parseCommonArgs(argv: string[]): CommonArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        file: { type: 'string' },
        corpus: { type: 'string' },
        article: { type: 'string' },
        top: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  let top = 3;
  if (values.top !== undefined) {
    top = Number(values.top);
    if (!Number.isInteger(top) || top < 1 || top > 20) throw new UsageError(`--top must be a whole number from 1 to 20, got "${values.top}"`);
  }
  if (values.file !== undefined && positionals.length > 0) {
    throw new UsageError('give either --file PATH or a question, not both');
  }
  return {
    json: values.json ?? false,
    file: values.file,
    corpus: values.corpus,
    article: values.article,
    top,
    help: values.help ?? false,
    positionals,
  };
}
