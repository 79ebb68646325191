import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileLayout } from './layout';
import { parseArticle } from './parse';
import { CorpusError } from './types';

/**
 * corpus:check: validates corpus files beyond what loading needs. Errors: anything the loader
 * rejects (schema, broken YAML, no title, no body), a duplicate id, an empty paragraph (no letter
 * or digit), a paragraph repeated within one file. Warnings: unknown front-matter keys, an id that
 * differs from the file name, a paragraph that repeats the headline. Identical text in different
 * articles is allowed. `checkFiles` is pure; `checkCorpusDir` reads a folder.
 */

export interface CheckIssue {
  file: string;
  line?: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface CheckResult {
  files: number;
  paragraphs: number;
  issues: CheckIssue[];
  errors: number;
  warnings: number;
}

export interface CorpusFileText {
  path: string;
  text: string;
}

/** Front-matter keys the loader reads (src/corpus/parse.ts). */
export const KNOWN_KEYS = new Set([
  'id', 'title', 'summary', 'source', 'authors', 'author', 'published', 'updated', 'dateline',
  'category', 'url', 'language', 'people', 'places', 'aliases',
]);

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const HAS_CONTENT = /[\p{L}\p{N}]/u;
/** Invisible characters (direction marks, zero-width) spelled out, so an "empty" paragraph shows what it holds. */
const visible = (s: string) =>
  s.replace(/[\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);

/** The corpus files of a folder, as loadCorpus picks them (*.md, not hidden, not README.md). */
export function corpusFileNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && !f.startsWith('.') && f.toLowerCase() !== 'readme.md')
    .sort();
}

export function checkFiles(files: readonly CorpusFileText[]): CheckResult {
  const issues: CheckIssue[] = [];
  const error = (file: string, message: string, line?: number) => issues.push({ file, line, severity: 'error', message });
  const warn = (file: string, message: string, line?: number) => issues.push({ file, line, severity: 'warning', message });
  const ids = new Map<string, string>();
  let paragraphs = 0;

  for (const { path, text } of files) {
    const defaultId = basename(path, '.md');
    const layout = fileLayout(text);
    let id = defaultId;
    let title: string | undefined;
    try {
      const article = parseArticle(text, path, defaultId);
      id = article.id;
      title = article.title;
    } catch (e) {
      if (!(e instanceof CorpusError)) throw e;
      error(path, e.problem, e.line);
      id = '';
    }
    const idLine = layout.keys.find((k) => k.key === 'id')?.line;
    if (id) {
      const other = ids.get(id);
      if (other !== undefined) error(path, `duplicate article id "${id}" (also in ${basename(other)})`, idLine);
      else ids.set(id, path);
      if (id !== defaultId) warn(path, `id "${id}" differs from the file name (${defaultId}.md)`, idLine);
    }
    for (const { key, line } of layout.keys) {
      if (!KNOWN_KEYS.has(key)) warn(path, `unknown front-matter key "${key}" (the loader ignores it)`, line);
    }

    const { paragraphs: body, lines } = layout.body;
    if (!layout.hasFrontMatter) continue; // the parser's error already says why
    paragraphs += body.length;
    const seen = new Map<string, number>();
    body.forEach((p, i) => {
      const line = lines[i];
      const n = i + 1;
      if (!HAS_CONTENT.test(p)) {
        error(path, `paragraph ${n} is empty (no letter or digit): "${visible(p.slice(0, 40))}"`, line);
        return;
      }
      const key = collapse(p);
      const first = seen.get(key);
      if (first !== undefined) {
        error(path, `paragraph ${n} repeats paragraph ${first + 1} (line ${lines[first]})`, line);
      } else {
        seen.set(key, i);
      }
      if (title !== undefined && key === collapse(title)) warn(path, `paragraph ${n} repeats the headline (page chrome?)`, line);
    });
  }
  const errors = issues.filter((i) => i.severity === 'error').length;
  return { files: files.length, paragraphs, issues, errors, warnings: issues.length - errors };
}

export function checkCorpusDir(dir: string): CheckResult {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { files: 0, paragraphs: 0, issues: [{ file: dir, severity: 'error', message: 'corpus folder does not exist' }], errors: 1, warnings: 0 };
  }
  const names = corpusFileNames(dir);
  if (names.length === 0) {
    return { files: 0, paragraphs: 0, issues: [{ file: dir, severity: 'error', message: 'corpus is empty: no .md article files' }], errors: 1, warnings: 0 };
  }
  return checkFiles(names.map((f) => ({ path: join(dir, f), text: readFileSync(join(dir, f), 'utf8') })));
}

/** "file:line: error: message", the format editors and CI logs link. */
export function formatIssue(issue: CheckIssue, displayPath: (p: string) => string = (p) => p): string {
  return `${displayPath(issue.file)}${issue.line !== undefined ? `:${issue.line}` : ''}: ${issue.severity}: ${issue.message}`;
}
