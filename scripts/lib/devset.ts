import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnswerEngine } from '../../src/search/engine';
import { labelLanguage } from '../../src/reply/language';

/** The development questions in ../shared/eval/questions.tsv. */
export const DEV_SET = join(__dirname, '..', '..', '..', 'shared', 'eval', 'questions.tsv');

export interface DevQuestion {
  question: string;
  /** Phrases any of which the gold sentence contains; empty for NONE (should abstain). */
  expected: string[];
  language: 'ar' | 'en';
}

export function loadDevSet(path = DEV_SET): DevQuestion[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((line) => {
      const [question = '', expected = ''] = line.split('\t');
      return {
        question,
        expected: expected.trim() === 'NONE' ? [] : expected.split('||').map((e) => e.trim()),
        language: labelLanguage(question),
      };
    });
}

export interface DevScore {
  answerable: number;
  top1: number;
  top3: number;
  /** Answerable questions that got no answer. */
  wrongAbstain: number;
  outOfScope: number;
  /** Out-of-scope questions correctly left without an answer. */
  abstained: number;
  misses: string[];
}

export function scoreDevSet(engine: AnswerEngine, questions: DevQuestion[]): DevScore {
  const s: DevScore = { answerable: 0, top1: 0, top3: 0, wrongAbstain: 0, outOfScope: 0, abstained: 0, misses: [] };
  for (const q of questions) {
    const { answers } = engine.ask(q.question, { top: 3 });
    if (q.expected.length === 0) {
      s.outOfScope++;
      if (answers.length === 0) s.abstained++;
      else s.misses.push(`answered out-of-scope: ${q.question} → ${answers[0]!.quote.slice(0, 60)}`);
      continue;
    }
    s.answerable++;
    const holds = (quote: string) => q.expected.some((e) => quote.includes(e));
    const rank = answers.findIndex((a) => holds(a.quote));
    if (rank === 0) s.top1++;
    if (rank >= 0 && rank < 3) s.top3++;
    if (answers.length === 0) s.wrongAbstain++;
    if (rank !== 0) s.misses.push(`${answers.length ? 'wrong' : 'abstained'}: ${q.question}${answers[0] ? ` → ${answers[0].quote.slice(0, 60)}` : ''}`);
  }
  return s;
}
