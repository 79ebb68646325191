import { fold } from './normalize';

/**
 * A token is a run of letters, or a number. Numbers keep their inner separators so that
 * 23:50, 4.5 and 1,000 stay whole; a letter run glued to a number (و23:50) splits in two,
 * which is what Arabic's attached conjunctions and prepositions need.
 */
const TOKEN = /\p{N}+(?:[.:,/]\p{N}+)*|[\p{L}\p{M}]+/gu;

export interface Token {
  /** The folded form used for matching. */
  text: string;
  /** Offsets into the folded string. */
  start: number;
  end: number;
}

/** Folded tokens of a text, in order. */
export function tokenize(text: string): string[] {
  return fold(text).match(TOKEN) ?? [];
}

/** Tokens of an already folded text. */
export function foldedTokens(folded: string): string[] {
  return folded.match(TOKEN) ?? [];
}

/** Tokens of an already folded text, with their offsets. */
export function tokenizeFolded(folded: string): Token[] {
  const out: Token[] = [];
  for (const m of folded.matchAll(TOKEN)) {
    out.push({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

/** True for a token that is a number (possibly with inner separators). */
export function isNumberToken(token: string): boolean {
  return /^\p{N}/u.test(token);
}
