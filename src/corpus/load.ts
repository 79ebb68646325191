import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArticle } from './parse';
import { Article, CorpusError } from './types';

/** Loads every `*.md` file of a corpus folder, in file-name order. */
export function loadCorpus(dir: string): Article[] {
  if (!existsSync(dir)) throw new CorpusError(dir, 'corpus folder does not exist');
  if (!statSync(dir).isDirectory()) throw new CorpusError(dir, 'corpus path is not a folder');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md') && !f.startsWith('.') && f.toLowerCase() !== 'readme.md')
    .sort();
  if (files.length === 0) throw new CorpusError(dir, 'corpus is empty: no .md article files');
  const articles = files.map((f) => {
    const path = join(dir, f);
    return parseArticle(readFileSync(path, 'utf8'), path, basename(f, '.md'));
  });
  const seen = new Map<string, string>();
  for (const a of articles) {
    const other = seen.get(a.id);
    if (other) throw new CorpusError(a.file, `duplicate article id "${a.id}" (also in ${other})`);
    seen.set(a.id, a.file);
  }
  return articles;
}
