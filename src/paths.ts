import { isAbsolute, join, resolve } from 'node:path';

/** The project root (where package.json is), whichever file runs. */
export const PROJECT_ROOT = join(__dirname, '..');

/** The default corpus folder: corpus/ in the project, or CORPUS_DIR. */
export function defaultCorpusDir(): string {
  return process.env.CORPUS_DIR ? userPath(process.env.CORPUS_DIR) : join(PROJECT_ROOT, 'corpus');
}

/**
 * A path the user typed, relative to where they typed it: `npm run` moves into the project
 * folder, but keeps the caller's folder in INIT_CWD.
 */
export function userPath(path: string): string {
  return isAbsolute(path) ? path : resolve(process.env.INIT_CWD ?? process.cwd(), path);
}
