import { hasArabic, hasLatin } from '../text/normalize';
import type { LabelLanguage } from './citation';

/**
 * The language of the labels for a reply: English when the question is written in Latin letters
 * and has no Arabic, else Arabic. Decided by the question's script, never by the Discord client's
 * locale (a learner with an English UI still asks in Arabic).
 */
export function labelLanguage(question: string): LabelLanguage {
  return hasLatin(question) && !hasArabic(question) ? 'en' : 'ar';
}
