import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { CorpusError } from '../corpus/types';

/**
 * A problem in a lexicon or names data file. It is a CorpusError (the file is part of the corpus
 * data), so the CLIs print it as one line and exit 2 like any other corpus problem.
 */
export class LexiconError extends CorpusError {
  constructor(file: string, problem: string, line?: number) {
    super(file, problem, line);
    this.name = 'LexiconError';
  }
}

/** Reads and parses one YAML data file; a syntax error names the file and line. */
export function readYaml(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new LexiconError(file, `cannot read${code ? ` (${code})` : ''}`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { uniqueKeys: true, prettyErrors: false, lineCounter });
  const err = doc.errors[0];
  if (err) {
    const line = lineCounter.linePos(err.pos[0]).line;
    throw new LexiconError(file, `invalid YAML: ${err.message.split('\n')[0]}`, line);
  }
  return doc.toJS();
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty list of non-empty strings (a single string is accepted as a list of one). */
export function stringList(value: unknown, file: string, where: string): string[] {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.length === 0) {
    throw new LexiconError(file, `${where}: expected a non-empty list of strings`);
  }
  return list.map((item, i) => {
    if (typeof item !== 'string' || item.trim() === '') {
      throw new LexiconError(file, `${where}[${i}]: expected a non-empty string, got ${JSON.stringify(item)}`);
    }
    return item.trim();
  });
}
