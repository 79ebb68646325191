import type { Article } from '../corpus/types';
import type { NameEntry } from '../lexicon/names';
import type { EntityLexicon } from '../text/entities';
import { isStopword } from '../text/stopwords';
import { tokenize } from '../text/tokenize';

/**
 * The people and places an article declares (front matter `people`/`places`, and its names
 * file), folded, word by word: evidence that a sentence names a person or a place.
 */
export function entityLexicon(article: Article, names: readonly NameEntry[] = []): EntityLexicon {
  const words = (forms: string[]) => new Set(forms.flatMap((n) => tokenize(n)));
  const arabicOf = (kind: NameEntry['kind']) => names.filter((n) => n.kind === kind).flatMap((n) => n.ar);
  const places = words([...article.places, ...arabicOf('place')]);
  // A person's forms include descriptions ("الرئيس الأذربيجاني"): their place words are not names
  // of people, and their titles already count through the general list.
  const people = new Set([...words([...article.people, ...arabicOf('person')])].filter((w) => !places.has(w) && !isStopword(w)));
  return { people, places };
}
