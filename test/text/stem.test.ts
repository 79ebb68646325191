import { lightStem, stripPrefix, stripSuffixes } from '../../src/text/stem';
import { cliticKey } from '../../src/text/keys';
import { fold } from '../../src/text/normalize';

const stem = (w: string) => lightStem(fold(w));

describe('light10 stemming', () => {
  it.each([
    ['الكتاب', 'كتاب'],
    ['والكتاب', 'كتاب'],
    ['بالكتاب', 'كتاب'],
    ['كالكتاب', 'كتاب'],
    ['فالكتاب', 'كتاب'],
    ['للكتاب', 'كتاب'],
    ['وكتاب', 'كتاب'],
  ])('strips one prefix: %s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it.each([
    ['كتابها', 'كتاب'],
    ['معلمان', 'معلم'],
    ['معلمات', 'معلم'],
    ['معلمون', 'معلم'],
    ['معلمين', 'معلم'],
    ['كتابه', 'كتاب'],
    ['مدرسة', 'مدرس'],
    ['عربي', 'عرب'],
    ['العربية', 'عرب'],
  ])('strips the suffixes in order, each once: %s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('strips و only from words of four letters or more', () => {
    expect(stripPrefix('ولد')).toBe('ولد');
    expect(stripPrefix('وقال')).toBe('قال');
  });

  it('keeps at least two letters', () => {
    expect(stripPrefix('ال')).toBe('ال');
    expect(stripPrefix('الي')).toBe('الي');
    expect(stripSuffixes('ها')).toBe('ها');
    expect(stripSuffixes('بها')).toBe('بها');
  });

  it('meets the same stem from the spellings learners type', () => {
    expect(stem('قرى')).toBe(stem('قرية')); // after folding ى → ي, both lose their ending
    expect(stem('التجارة')).toBe(stem('التجاره'));
    expect(stem('الأذربيجانية')).toBe(stem('الاذربيجانيه'));
    expect(stem('مُسْتَوَى')).toBe(stem('مستوي'));
  });

  it('has the known light10 misses: broken plurals and verb/noun patterns stay apart', () => {
    expect(stem('مدن')).not.toBe(stem('مدينة'));
    expect(stem('المحررة')).not.toBe(stem('تحرير'));
  });

  it('passes numbers and Latin words through', () => {
    expect(lightStem('2022')).toBe('2022');
    expect(lightStem('putin')).toBe('putin');
  });
});

describe('clitic key', () => {
  it('also strips a lone attached preposition that light10 keeps', () => {
    expect(cliticKey(fold('لروسيا'))).toBe(cliticKey(fold('روسيا')));
    expect(cliticKey(fold('بقرية'))).toBe(cliticKey(fold('قرية')));
  });
});
