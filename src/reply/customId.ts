/**
 * Button custom ids. They carry everything the button needs (article, paragraph, sentence, and for
 * "Other matches" the start of the question), so a button keeps working after the bot restarts:
 * nothing is kept in memory. Always within Discord's 100 characters.
 */
import { LIMITS } from './limits';
import type { LabelLanguage } from './citation';

export type ButtonAction = 'para' | 'more';

export interface SentenceRef {
  /** Article id, or `#<n>` (its position in the corpus) when the id does not fit. */
  article: string;
  paragraph: number;
  sentence: number;
}

export interface ButtonId extends SentenceRef {
  action: ButtonAction;
  lang: LabelLanguage;
  /** For "Other matches": the start of the question (as much as fits). */
  query?: string;
}

const SEP = '|';
/** Longest article id carried as is; longer ids are carried as their corpus position. */
export const MAX_ARTICLE_REF = 48;

/** The article reference to carry: the id when it is short and safe, else `#<index>`. */
export function articleRef(id: string, index: number): string {
  return id.length <= MAX_ARTICLE_REF && !id.includes(SEP) && !id.startsWith('#') ? id : `#${index}`;
}

export function encodeButtonId(b: ButtonId): string {
  const head = [b.action, b.lang, b.article, String(b.paragraph), String(b.sentence)].join(SEP);
  if (b.query === undefined) return head.slice(0, LIMITS.customId);
  const room = LIMITS.customId - head.length - SEP.length;
  if (room <= 0) return head.slice(0, LIMITS.customId);
  let query = b.query.replace(/\s+/g, ' ').trim();
  if (query.length > room) {
    query = query.slice(0, room);
    // Never end on half a surrogate pair, and prefer whole words.
    if (/[\uD800-\uDBFF]$/.test(query)) query = query.slice(0, -1);
    const space = query.lastIndexOf(' ');
    if (space > room / 2) query = query.slice(0, space);
  }
  return `${head}${SEP}${query}`;
}

/** Parses a custom id; undefined when it is not one of ours or is malformed. */
export function decodeButtonId(customId: string): ButtonId | undefined {
  const parts = customId.split(SEP);
  const [action, lang, article, p, s] = parts;
  if (action !== 'para' && action !== 'more') return undefined;
  if (lang !== 'ar' && lang !== 'en') return undefined;
  if (!article || !/^\d{1,4}$/.test(p ?? '') || !/^\d{1,4}$/.test(s ?? '')) return undefined;
  const query = parts.length > 5 ? parts.slice(5).join(SEP) : undefined;
  return { action, lang, article, paragraph: Number(p), sentence: Number(s), ...(query ? { query } : {}) };
}
