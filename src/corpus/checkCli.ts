/**
 * npm run corpus:check [-- DIR]: validates every corpus file (default: corpus/ or CORPUS_DIR).
 * Prints file:line problems; exits 1 when there are errors, 0 when clean (warnings allowed).
 */
import { relative } from 'node:path';
import { defaultCorpusDir, userPath } from '../paths';
import { checkCorpusDir, formatIssue } from './check';

/** Where a command writes: process.stdout/stderr, or a test's collector. */
export interface CliIo {
  out: { write(text: string): unknown };
  err: { write(text: string): unknown };
}

export function runCheck(argv: string[], io: CliIo = { out: process.stdout, err: process.stderr }): number {
  const args = argv.filter((a) => a !== '--');
  if (args.includes('--help') || args.includes('-h')) {
    io.out.write('usage: npm run corpus:check [-- DIR]\n');
    return 0;
  }
  if (args.length > 1) {
    io.err.write('corpus:check: one folder at a time\n');
    return 2;
  }
  const dir = args[0] ? userPath(args[0]) : defaultCorpusDir();
  const result = checkCorpusDir(dir);
  const shown = (p: string) => relative(process.env.INIT_CWD ?? process.cwd(), p) || p;
  // One stream, in file order: stderr when anything fails, stdout when clean.
  const stream = result.errors > 0 ? io.err : io.out;
  for (const issue of result.issues) stream.write(`${formatIssue(issue, shown)}\n`);
  const summary = `${result.files} file(s), ${result.paragraphs} paragraphs: ${result.errors} error(s), ${result.warnings} warning(s)`;
  stream.write(`corpus:check: ${shown(dir)}: ${summary}\n`);
  return result.errors > 0 ? 1 : 0;
}

if (require.main === module) process.exitCode = runCheck(process.argv.slice(2));
