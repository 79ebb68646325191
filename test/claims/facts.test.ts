import { join } from 'node:path';
import { extractFacts, Fact } from '../../src/claims/facts';
import { numbersAgree } from '../../src/claims/compare';
import { loadLexicon } from '../../src/lexicon/english';

const lexicon = loadLexicon(join(__dirname, '..', '..', 'corpus'));
const options = { lexicon, articleId: 'anadolu-putin-baku-2024-08-19', published: '2024-08-19' };

function brief(f: Fact): Record<string, unknown> {
  const { context: _c, start: _s, end: _e, text, ...rest } = f;
  return { ...rest, text };
}
const facts = (text: string) => extractFacts(text, options).map(brief);

describe('extractFacts', () => {
  it('reads a figure with its comparative and unit (Arabic)', () => {
    expect(facts('حجم التجارة يزيد على 4 مليارات دولار')).toEqual([
      { kind: 'number', value: 4e9, comparator: 'gt', unit: 'dollar', text: 'يزيد على 4 مليارات دولار' },
    ]);
  });

  it.each([
    ['more than 4 billion dollars', 'gt', 4e9, 'dollar'],
    ['over $4 billion', 'gt', 4e9, 'dollar'],
    ['exceeds $4.5bn', 'gt', 4.5e9, 'dollar'],
    ['less than four billion dollars', 'lt', 4e9, 'dollar'],
    ['about 44 days', 'about', 44, 'day'],
    ['nearly 3 villages', 'about', 3, 'village'],
    ['at least 5 villages', 'gte', 5, 'village'],
    ['أكثر من أربعة مليارات دولار', 'gt', 4e9, 'dollar'],
    ['أقل من 4 مليارات', 'lt', 4e9, undefined],
    ['نحو 44 يوما', 'about', 44, 'day'],
    ['حوالي ثلاث قرى', 'about', 3, 'village'],
    ['قرابة خمسة وعشرين يوما', 'about', 25, 'day'],
    ['لا يزيد على 10 بالمئة', 'lte', 10, 'percent'],
    ['10%', 'eq', 10, 'percent'],
    ['four Azerbaijani villages', 'eq', 4, 'village'],
  ])('%s', (text, comparator, value, unit) => {
    const [f] = extractFacts(text, options);
    expect(f).toMatchObject({ kind: 'number', comparator, value });
    expect((f as { unit?: string }).unit).toBe(unit);
  });

  it('reads dates, times and weekdays, and dates a "last May" from the publication date', () => {
    expect(facts('في 24 مايو/أيار الماضي، الساعة 23:50 من مساء يوم الأحد')).toEqual([
      { kind: 'date', day: 24, month: 5, inferredYear: 2024, text: '24 مايو/أيار الماضي' },
      { kind: 'time', hours: 23, minutes: 50, text: '23:50' },
      { kind: 'weekday', day: 0, text: 'الأحد' },
    ]);
    expect(facts('last September')).toEqual([{ kind: 'date', month: 9, inferredYear: 2023, text: 'last September' }]);
  });

  it('reads a year range as two years, not as numbers', () => {
    expect(facts('(1988ـ 1994)')).toEqual([
      { kind: 'date', year: 1988, text: '1988' },
      { kind: 'date', year: 1994, text: '1994' },
    ]);
  });

  it('finds people and places in both languages, with clitics and titles', () => {
    const ids = (t: string) => extractFacts(t, options).map((f) => ('id' in f ? f.id : f.kind));
    expect(ids('عقد علييف وبوتين لقاء في باكو لروسيا وأذربيجان')).toEqual(['aliyev', 'putin', 'baku', 'russia', 'azerbaijan']);
    expect(ids('استقبل نظيره الروسي')).toEqual(['putin']);
    expect(ids('في إقليم قره باغ وقرة باغ')).toEqual(['karabakh', 'karabakh']);
    expect(ids('Armenian forces in Nagorno-Karabakh and the Azerbaijani President')).toEqual(['armenia', 'karabakh', 'aliyev']);
    expect(ids('Turkey and China')).toEqual(['turkey', 'china']);
  });

  it('does not take the weekday الاثنين for the number two', () => {
    expect(facts('الاثنين')).toEqual([{ kind: 'weekday', day: 1, text: 'الاثنين' }]);
    expect(facts('اثنين')).toEqual([{ kind: 'number', value: 2, comparator: 'eq', text: 'اثنين' }]);
  });
});

describe('numbersAgree', () => {
  const n = (value: number, comparator: 'eq' | 'gt' | 'lt' | 'about' | 'gte' | 'lte' = 'eq') =>
    ({ kind: 'number', value, comparator, text: '', start: 0, end: 0, context: new Map() }) as const;
  it.each([
    [n(4e9, 'gt'), n(4e9, 'gt'), true],
    [n(4e9), n(4e9, 'gt'), true],
    [n(4e9, 'about'), n(4e9, 'gt'), true],
    [n(3e9, 'gt'), n(4e9, 'gt'), true],
    [n(5e9), n(4e9, 'gt'), false],
    [n(5e9, 'gt'), n(4e9, 'gt'), false],
    [n(4e9, 'lt'), n(4e9, 'gt'), false],
    [n(4.5e9), n(4e9, 'gt'), false],
    [n(40, 'gt'), n(44), true],
    [n(50, 'lt'), n(44), true],
    [n(45), n(44), false],
  ])('claim %o vs article %o → %s', (claim, article, agree) => {
    expect(numbersAgree(claim, article)).toBe(agree);
  });
});
