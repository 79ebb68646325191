import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { fold } from '../../src/text/normalize';
import { RELATED_FILE, relatedWords } from '../../src/text/related';

describe('related Arabic words', () => {
  it('finds the group of a word in any inflection', () => {
    expect(relatedWords(fold('الجيش'))).toContain('قوات');
    expect(relatedWords(fold('القصف'))).toContain('هجوم');
    expect(relatedWords(fold('زيارته'))).toContain('زار');
  });

  it('knows nothing of words outside every group', () => {
    expect(relatedWords(fold('زركند'))).toEqual([]);
  });

  it('keeps every group a list of two or more distinct words', () => {
    const data = parse(readFileSync(RELATED_FILE, 'utf8')) as { groups: string[][] };
    for (const group of data.groups) {
      expect(group.length).toBeGreaterThanOrEqual(2);
      expect(new Set(group).size).toBe(group.length);
    }
  });
});
