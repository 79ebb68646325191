import { readFileSync } from 'node:fs';
import { UsageError } from './args';

export interface InputLine {
  text: string;
  article?: string;
  /** A problem with this line alone; the line still gets its output line, with no answers. */
  error?: string;
}

/**
 * Reads a --file: one input per line; a line starting with `{` is JSON with `field` (question or
 * claim) and an optional `article`. The final newline does not make an extra empty input.
 */
export function readInputLines(path: string, field: 'question' | 'claim'): InputLine[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${path}${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}`);
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => {
    if (!line.trimStart().startsWith('{')) return { text: line };
    try {
      const value: unknown = JSON.parse(line);
      const obj = value as Record<string, unknown>;
      if (typeof obj !== 'object' || obj === null || typeof obj[field] !== 'string') {
        return { text: '', error: `expected {"${field}": "..."} ` };
      }
      const article = obj.article;
      if (article !== undefined && typeof article !== 'string') return { text: String(obj[field]), error: '"article" must be a string' };
      return { text: obj[field] as string, article: article as string | undefined };
    } catch {
      return { text: line, error: `not valid JSON (a line starting with { must be {"${field}": "..."})` };
    }
  });
}
