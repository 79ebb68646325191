import type { LabelLanguage } from '../reply/citation';
import type { AnswerWithCitation } from '../reply/terminal';
import type { ClaimVerdict } from './check';

/** Verdict words and sentences, per label language (the claim's script decides). */
export const VERDICT_LABELS = {
  en: {
    supported: 'Supported: the article says this.',
    contradicted: 'Contradicted: the article says something else.',
    unverified: 'Unverified: the article does not speak to this.',
    says: (article: string, claim: string, kind: string) => `${kind}: the article says ${article}; the claim says ${claim}`,
    evidence: 'Evidence:',
  },
  ar: {
    supported: 'صحيح: يقول المقال ذلك.',
    contradicted: 'غير صحيح: يقول المقال غير ذلك.',
    unverified: 'لم يتحقق: لا يتناول المقال ذلك.',
    says: (article: string, claim: string, kind: string) => `${KIND_AR[kind] ?? kind}: يقول المقال «${article}»، ويقول الادعاء «${claim}»`,
    evidence: 'الدليل:',
  },
} as const;

const KIND_AR: Record<string, string> = {
  number: 'الرقم', date: 'التاريخ', time: 'الوقت', weekday: 'اليوم', person: 'الشخص', place: 'المكان',
};

/** Terminal text for one verdict: the verdict line, what differs, the evidence and its citation. */
export function renderVerdict(v: ClaimVerdict, evidence: AnswerWithCitation | null, lang: LabelLanguage = v.language): string {
  const l = VERDICT_LABELS[lang];
  const lines: string[] = [l[v.verdict]];
  for (const d of v.differences) lines.push(`  - ${l.says(d.article, d.claim, d.kind)}`);
  if (evidence) lines.push(`${l.evidence} ${evidence.quote}`, `   — ${evidence.citation}`);
  return lines.join('\n');
}
