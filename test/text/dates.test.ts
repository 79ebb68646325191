import { monthForms, readDate, readTime, weekdayOf } from '../../src/text/dates';
import { tokenize } from '../../src/text/tokenize';

function date(text: string, at = 0) {
  const d = readDate(tokenize(text), at);
  if (!d) return undefined;
  const { start: _s, end: _e, ...rest } = d;
  return rest;
}

function time(text: string, at = 0) {
  const t = readTime(tokenize(text), at);
  return t ? `${t.hours}:${String(t.minutes).padStart(2, '0')}` : undefined;
}

describe('readDate', () => {
  it.each([
    ['24 مايو', { day: 24, month: 5 }],
    ['24 أيار', { day: 24, month: 5 }],
    ['24 مايو/أيار الماضي', { day: 24, month: 5, relative: 'past' }],
    ['٢٤ مايو ٢٠٢٤', { day: 24, month: 5, year: 2024 }],
    ['27 سبتمبر/ أيلول 2020', { day: 27, month: 9, year: 2020 }],
    ['أبريل/ نيسان الماضي', { month: 4, relative: 'past' }],
    ['يونيو/ حزيران', { month: 6 }],
    ['حزيران', { month: 6 }],
    ['1 كانون الثاني 2023', { day: 1, month: 1, year: 2023 }],
    ['تشرين الأول', { month: 10 }],
    ['في 2022', undefined],
    ['2022', { year: 2022 }],
    ['24 May 2024', { day: 24, month: 5, year: 2024 }],
    ['May 24, 2024', { day: 24, month: 5, year: 2024 }],
    ['May 24th', { day: 24, month: 5 }],
    ['24th of May', { day: 24, month: 5 }],
    ['September 2020', { month: 9, year: 2020 }],
    ['june', { month: 6 }],
  ])('%s', (text, expected) => {
    expect(date(text)).toEqual(expected);
  });

  it('reads a year after "in"', () => {
    expect(date('in 2022', 1)).toEqual({ year: 2022 });
  });

  it('reads "may" and "march" as months only where a month fits', () => {
    expect(date('Russia may help', 1)).toBeUndefined();
    expect(date('in May', 1)).toEqual({ month: 5 });
    expect(date('last May', 1)).toEqual({ month: 5, relative: 'past' });
    expect(date('May 24', 0)).toEqual({ day: 24, month: 5 });
  });

  it('gives month names in both Arabic systems and English', () => {
    expect(monthForms(5)).toEqual({ ar: ['مايو', 'أيار'], en: ['may'] });
  });
});

describe('readTime', () => {
  it.each([
    ['23:50', '23:50'],
    ['٢٣:٥٠', '23:50'],
    ['9:05', '9:05'],
    ['11:50 pm', '23:50'],
    ['11:50 p.m.', '23:50'],
    ['11 pm', '23:00'],
    ['12:10 am', '0:10'],
    ['11:50 مساء', '23:50'],
    ['24', undefined],
    ['2020', undefined],
  ])('%s → %s', (text, expected) => {
    expect(time(text)).toBe(expected);
  });

  it('reads 23.50 only after "at" or الساعة', () => {
    expect(time('الساعة 23.50', 1)).toBe('23:50');
    expect(time('4.5', 0)).toBeUndefined();
  });
});

describe('weekdayOf', () => {
  it.each([
    ['الأحد', 0], ['الاثنين', 1], ['الإثنين', 1], ['والاثنين', 1], ['السبت', 6], ['sunday', 0], ['monday', 1],
  ])('%s → %d', (word, n) => {
    expect(weekdayOf(tokenize(word)[0]!)).toBe(n);
  });
  it('does not read the number اثنين as Monday', () => {
    expect(weekdayOf('اثنين')).toBeUndefined();
  });
});
