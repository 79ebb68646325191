/** One news article as the bot knows it. */
export interface Article {
  /** Stable id: front matter `id`, or the file name without `.md`. */
  id: string;
  title: string;
  summary?: string;
  /** The publisher, e.g. وكالة الأناضول. */
  source?: string;
  authors: string[];
  /** ISO date (YYYY-MM-DD) as published. */
  published?: string;
  updated?: string;
  dateline?: string;
  category?: string;
  url?: string;
  language: string;
  /** Names of people and places the article mentions, with their forms (optional data). */
  people: string[];
  places: string[];
  /** Extra search aliases: a form people type → the form the article uses. */
  aliases: Record<string, string[]>;
  /** Body paragraphs in order; paragraph N in citations is paragraphs[N - 1]. */
  paragraphs: string[];
  /** The file it came from, for error messages. */
  file: string;
}

/** A corpus problem, always naming the file (and line, where there is one). */
export class CorpusError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly line?: number,
  ) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${problem}`);
    this.name = 'CorpusError';
  }
}
