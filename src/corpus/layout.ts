import { parseBody, ParsedBody } from './parse';

/**
 * Where things are in a corpus file, by line, without judging them: the front-matter keys and
 * the body paragraphs with their first lines. It splits the file the way parseArticle does
 * (BOM, CRLF, the first two "---" lines), so its line numbers match the parser's.
 */
export interface FileLayout {
  /** False when the file does not start with "---" or the front matter is not closed. */
  hasFrontMatter: boolean;
  /** Top-level front-matter keys with their 1-based lines, in file order. */
  keys: Array<{ key: string; line: number }>;
  /** 1-based line of the closing "---" (0 when there is none). */
  closeLine: number;
  body: ParsedBody;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

export function fileLayout(text: string): FileLayout {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const close = lines[0]?.trim() === '---' ? lines.findIndex((l, i) => i > 0 && l.trim() === '---') : -1;
  if (close < 0) {
    return { hasFrontMatter: false, keys: [], closeLine: 0, body: parseBody(lines.join('\n'), 1), bodyLine: 1 };
  }
  const keys: FileLayout['keys'] = [];
  for (let i = 1; i < close; i++) {
    const m = /^([^\s#:'"][^:]*?|"[^"]*"|'[^']*'):(\s|$)/.exec(lines[i]!);
    if (m) keys.push({ key: m[1]!.replace(/^["']|["']$/g, ''), line: i + 1 });
  }
  const bodyLine = close + 2;
  return { hasFrontMatter: true, keys, closeLine: close + 1, body: parseBody(lines.slice(close + 1).join('\n'), bodyLine), bodyLine };
}
