import type { Article } from '../corpus/types';
import type { Answer, AnswerResult } from '../search/types';
import { formatCitation, LabelLanguage } from './citation';

/** Messages for a question with no confident answer, per reason and label language. */
export const NO_ANSWER = {
  ar: {
    empty: 'لا يحتوي السؤال على كلمات يمكن البحث عنها. اكتب سؤالا عن المقال، مثل: ما حجم التجارة بين روسيا وأذربيجان؟',
    'no-match': 'لا توجد إجابة واثقة: لا يتناول المقال هذا الموضوع.',
    'low-confidence': 'لا توجد إجابة واثقة: لم أجد في المقال جملة تجيب عن هذا السؤال.',
  },
  en: {
    empty: 'The question has no words to search for. Ask something about the article, e.g. "What is the trade volume between Russia and Azerbaijan?"',
    'no-match': 'No confident answer: the articles do not cover this.',
    'low-confidence': 'No confident answer: no sentence in the articles answers this question.',
  },
} as const;

export type AnswerWithCitation = Answer & { citation: string };

/** Adds the citation string to each answer (the JSON contract's shape). */
export function withCitations(answers: Answer[], articles: (id: string) => Article | undefined, lang: LabelLanguage): AnswerWithCitation[] {
  return answers.map((a) => {
    const article = articles(a.article);
    return { ...a, citation: article ? formatCitation(article, a.paragraph, a.sentence, lang) : a.article };
  });
}

/** Terminal text for one result: quotes, each with its citation on its own line. */
export function renderTerminal(result: AnswerResult, answers: AnswerWithCitation[], lang: LabelLanguage): string {
  if (answers.length === 0) return NO_ANSWER[lang][result.reason ?? 'low-confidence'];
  return answers
    .map((a, i) => {
      const head = answers.length > 1 ? `${i + 1}. ` : '';
      return `${head}${a.quote}\n   — ${a.citation}`;
    })
    .join('\n\n');
}
