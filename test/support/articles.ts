import type { Article } from '../../src/corpus/types';

/** A minimal article for tests: only what the engine needs, with sensible defaults. */
export function makeArticle(id: string, paragraphs: string[], extra: Partial<Article> = {}): Article {
  return {
    id,
    title: extra.title ?? `عنوان ${id}`,
    authors: [],
    language: 'ar',
    people: [],
    places: [],
    aliases: {},
    paragraphs,
    file: `${id}.md`,
    ...extra,
  };
}
