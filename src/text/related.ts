import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { lightStem } from './stem';
import { tokenize } from './tokenize';

/**
 * Related Arabic words (data/ar-related.yaml): for one folded word, the other words news text
 * uses for the same thing. Groups are keyed by light stem, so any inflection finds its group.
 */
export const RELATED_FILE = join(__dirname, 'data', 'ar-related.yaml');

/** How much a related word counts, against 1 for the word itself. */
export const RELATED_QUALITY = 0.7;

let byStem: Map<string, string[]> | undefined;

function load(): Map<string, string[]> {
  const data = parse(readFileSync(RELATED_FILE, 'utf8')) as { groups?: unknown };
  const groups = Array.isArray(data?.groups) ? data.groups : [];
  const map = new Map<string, string[]>();
  groups.forEach((group: unknown, i: number) => {
    if (!Array.isArray(group) || !group.every((w) => typeof w === 'string')) {
      throw new Error(`${RELATED_FILE}: groups[${i}] must be a list of words`);
    }
    for (const word of group as string[]) {
      const tokens = tokenize(word);
      if (tokens.length !== 1) continue; // a phrase is a member others reach, not a key
      const stem = lightStem(tokens[0]!);
      const others = (group as string[]).filter((w) => w !== word);
      map.set(stem, [...new Set([...(map.get(stem) ?? []), ...others])]);
    }
  });
  return map;
}

/** The words related to one folded token (as written in the data; fold before matching). */
export function relatedWords(token: string): string[] {
  byStem ??= load();
  return byStem.get(lightStem(token)) ?? [];
}
