import { lightStem, stripSuffixes } from './stem';

/**
 * The match keys of a folded token. The light10 stem is the precise key; the clitic key also
 * strips a lone attached preposition or future marker (ب ل ك س, which light10 leaves alone, so
 * "لروسيا" and "روسيا" differ) and a few more pronoun and verb endings, for a looser second match.
 */
export function cliticKey(token: string): string {
  if (!/^[\u0621-\u064A]+$/.test(token)) return token;
  let w = token;
  const prefix = /^(?:[وف])?(?:[بلكس])?(?:ال|لل)?/.exec(w)?.[0] ?? '';
  if (prefix && w.length - prefix.length >= 3) w = w.slice(prefix.length);
  w = stripSuffixes(w);
  for (const s of ['هما', 'كما', 'هم', 'هن', 'كم', 'نا', 'تم', 'وا', 'ت', 'ا']) {
    if (w.endsWith(s) && w.length - s.length >= 3) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  return w;
}

export { lightStem };
