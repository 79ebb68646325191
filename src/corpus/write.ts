import { basename, extname } from 'node:path';
import { stringify } from 'yaml';
import type { ExtractedPage, PageMeta } from './page';

/** Front-matter keys in the order corpus files write them. */
export const FRONT_MATTER_ORDER = ['id', 'title', 'summary', 'source', 'authors', 'published', 'updated', 'dateline', 'category', 'url', 'language'] as const;

/**
 * A corpus file: YAML front matter (keys in FRONT_MATTER_ORDER, authors as a block list, no line
 * folding), a blank line, then one paragraph per blank-line-separated block.
 */
export function toCorpusMarkdown(id: string, meta: PageMeta & { url?: string }, paragraphs: readonly string[]): string {
  const fields: Record<string, unknown> = { id, ...meta };
  const ordered: Record<string, unknown> = {};
  for (const key of FRONT_MATTER_ORDER) {
    const v = fields[key];
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    ordered[key] = v;
  }
  const yaml = stringify(ordered, { lineWidth: 0, minContentWidth: 0 });
  return `---\n${yaml}---\n\n${paragraphs.join('\n\n')}\n`;
}

/** File names that say nothing about the article. */
const GENERIC_NAME = /^(page|article|news|text|copy|paste|pasted|untitled|new|input|source|khabar|\d+)([-_ ]?\d+)?$/i;

/** A file-name-safe id: lower case, letters and digits joined by "-", at most 60 characters. */
export function slugify(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

/**
 * The id of an added article: the page file's name as a slug, unless the name is generic
 * ("page.txt"), then the agency's slug and the publication date (anadolu-2024-08-19).
 */
export function deriveId(pageFile: string, page: ExtractedPage): { id: string; how: string; unsure?: string } {
  const name = basename(pageFile, extname(pageFile));
  const slug = slugify(name);
  if (slug && !GENERIC_NAME.test(name)) return { id: slug, how: 'from the file name' };
  const parts = [page.agency?.slug ?? 'article', page.meta.published ?? 'undated'];
  const id = slugify(parts.join('-'));
  const missing = [!page.agency && 'agency', !page.meta.published && 'date'].filter(Boolean).join(' and ');
  return {
    id,
    how: 'from the agency and the publication date (the file name is generic)',
    unsure: missing ? `id "${id}" lacks the ${missing}: consider --id` : undefined,
  };
}
