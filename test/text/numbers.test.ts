import { digitValue, numberWordsFor, numberWordValue, readNumber } from '../../src/text/numbers';
import { tokenize } from '../../src/text/tokenize';

/** The value of the number that starts the text, or undefined. */
function value(text: string): number | undefined {
  return readNumber(tokenize(text), 0)?.value;
}

describe('readNumber: Arabic', () => {
  it.each([
    ['4', 4],
    ['٤', 4],
    ['۴', 4],
    ['44 يوما', 44],
    ['4 مليارات دولار', 4e9],
    ['٤ مليارات', 4e9],
    ['4.5 مليار', 4.5e9],
    ['1,000', 1000],
    ['واحد', 1],
    ['اثنان', 2],
    ['ثلاث قرى', 3],
    ['ثلاثة أيام', 3],
    ['أربع', 4],
    ['أربعة', 4],
    ['اربعه', 4],
    ['خمس', 5],
    ['ثماني', 8],
    ['عشرة', 10],
    ['ثلاثة عشر', 13],
    ['عشرون', 20],
    ['خمسة وعشرون', 25],
    ['خمسة وعشرين يوما', 25],
    ['أربعة وأربعين', 44],
    ['مئة', 100],
    ['مائة', 100],
    ['مئتان', 200],
    ['ثلاثمئة', 300],
    ['خمسمائة', 500],
    ['مئة وعشرون', 120],
    ['ألف', 1000],
    ['ألفان', 2000],
    ['ألفي جندي', 2000],
    ['ثلاثة آلاف', 3000],
    ['مليون', 1e6],
    ['مليونان', 2e6],
    ['ثلاثة ملايين', 3e6],
    ['مليار', 1e9],
    ['ملياري دولار', 2e9],
    ['أربعة مليارات', 4e9],
    ['والأربعة', 4],
    ['بأربعة', 4],
  ])('%s → %d', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it('does not read a plural scale word alone as a number', () => {
    expect(value('مليارات')).toBeUndefined();
    expect(value('ملايين الدولارات')).toBeUndefined();
  });

  it('does not read ordinary words or clock times', () => {
    expect(value('روسيا')).toBeUndefined();
    expect(value('23:50')).toBeUndefined();
  });
});

describe('readNumber: English', () => {
  it.each([
    ['four', 4],
    ['four billion', 4e9],
    ['5 billion', 5e9],
    ['4.5 billion', 4.5e9],
    ['twenty', 20],
    ['twenty-four', 24],
    ['forty four days', 44],
    ['three hundred', 300],
    ['three hundred and twenty', 320],
    ['a million', 1e6],
    ['one billion', 1e9],
    ['two thousand', 2000],
    ['5bn', 5e9],
    ['5 bn', 5e9],
    ['dozen', 12],
  ])('%s → %s', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it('reports the tokens it used', () => {
    expect(readNumber(tokenize('exceeds four billion dollars'), 1)).toEqual({ value: 4e9, start: 1, end: 3 });
  });
});

describe('existing helpers', () => {
  it('keep working', () => {
    expect(digitValue('1,000')).toBe(1000);
    expect(digitValue('4,5')).toBe(4.5);
    expect(numberWordValue('مليارات')).toBe(1e9);
    expect(numberWordValue('والفي')).toBe(2000);
    expect(numberWordsFor(3)).toEqual(expect.arrayContaining(['ثلاث', 'ثلاثه', 'three']));
  });
});
