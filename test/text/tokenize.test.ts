import { isNumberToken, tokenize } from '../../src/text/tokenize';

describe('tokenize', () => {
  it('splits on spaces and punctuation and folds', () => {
    expect(tokenize('استقبل الرئيس، الاثنين، نظيره.')).toEqual(['استقبل', 'الرييس', 'الاثنين', 'نظيره']);
  });

  it('keeps times and decimals whole', () => {
    expect(tokenize('في الساعة 23:50 و4.5 و1,000')).toEqual(['في', 'الساعه', '23:50', 'و', '4.5', 'و', '1,000']);
  });

  it('splits a conjunction glued to a number', () => {
    expect(tokenize('و23:50')).toEqual(['و', '23:50']);
  });

  it('reads Arabic-Indic digits as numbers', () => {
    expect(tokenize('٤ مليارات')).toEqual(['4', 'مليارات']);
    expect(isNumberToken('4')).toBe(true);
    expect(isNumberToken('اربعه')).toBe(false);
  });

  it('gives nothing for punctuation, emoji and controls', () => {
    expect(tokenize('؟؟؟ !!! 🙂🙂 \u0000\u0007 \u202E')).toEqual([]);
    expect(tokenize('')).toEqual([]);
  });

  it('handles English', () => {
    expect(tokenize("Who is Azerbaijan's foreign minister?")).toEqual(['who', 'is', 'azerbaijan', 's', 'foreign', 'minister']);
  });
});
