import type { Article } from '../corpus/types';

/** The language of the labels around a quote (the quote itself is always the article's Arabic). */
export type LabelLanguage = 'ar' | 'en';

const LABELS = {
  ar: { paragraph: 'الفقرة', headline: 'العنوان', summary: 'الملخص', sentence: 'الجملة', noDate: 'دون تاريخ' },
  en: { paragraph: 'paragraph', headline: 'headline', summary: 'summary', sentence: 'sentence', noDate: 'undated' },
} as const;

/** Where in the article a sentence is: "paragraph 11", or the headline / summary for paragraph 0. */
export function locationLabel(paragraph: number, sentence: number, lang: LabelLanguage = 'ar'): string {
  const l = LABELS[lang];
  if (paragraph === 0) return sentence === 1 ? l.headline : l.summary;
  return `${l.paragraph} ${paragraph}`;
}

/**
 * The one-line citation: source, headline, date, place in the article. Arabic labels use the
 * Arabic comma; the headline is quoted with guillemets in Arabic and double quotes in English.
 */
export function formatCitation(article: Article, paragraph: number, sentence: number, lang: LabelLanguage = 'ar'): string {
  const l = LABELS[lang];
  const source = article.source ?? article.id;
  const headline = lang === 'ar' ? `«${article.title}»` : `"${article.title}"`;
  const date = article.published ?? l.noDate;
  const sep = lang === 'ar' ? '، ' : ', ';
  return [source, headline, date, locationLabel(paragraph, sentence, lang)].join(sep);
}
