import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadEngine } from '../../src/search/loadEngine';
import { DEV_SET, loadDevSet, scoreDevSet } from '../../scripts/lib/devset';

/**
 * A quality regression guard (not a timing test): the development questions must keep meeting
 * the targets of the answer-engine issue. `npm run eval -- --verbose` shows what was missed.
 */
const engine = loadEngine(join(__dirname, '..', '..', 'corpus'));

describe('development questions (../shared/eval/questions.tsv)', () => {
  it('is available beside the checkout', () => {
    expect(existsSync(DEV_SET)).toBe(true);
  });

  const questions = existsSync(DEV_SET) ? loadDevSet() : [];

  it('Arabic: top-1 on at least 20 of 21 answerable, every out-of-scope question abstained', () => {
    const s = scoreDevSet(engine, questions.filter((q) => q.language === 'ar'));
    expect(s.answerable).toBe(21);
    if (s.top1 < 20) throw new Error(`top-1 ${s.top1}/21; missed:\n${s.misses.join('\n')}`);
    expect(s.top1).toBeGreaterThanOrEqual(20);
    expect(s.abstained).toBe(s.outOfScope);
  });

  it('English: top-1 on at least 6 of 7 answerable, out-of-scope and junk abstained', () => {
    const s = scoreDevSet(engine, questions.filter((q) => q.language === 'en'));
    expect(s.answerable).toBe(7);
    if (s.top1 < 6) throw new Error(`top-1 ${s.top1}/7; missed:\n${s.misses.join('\n')}`);
    expect(s.top1).toBeGreaterThanOrEqual(6);
    expect(s.abstained).toBe(s.outOfScope);
  });
});
