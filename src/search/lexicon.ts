import type { Article } from '../corpus/types';
import type { EntityLexicon } from '../text/entities';
import { tokenize } from '../text/tokenize';

/** The people and places an article declares in its front matter, folded, token by token. */
export function entityLexicon(article: Article): EntityLexicon {
  const tokens = (names: string[]) => new Set(names.flatMap((n) => tokenize(n)));
  return { people: tokens(article.people), places: tokens(article.places) };
}
