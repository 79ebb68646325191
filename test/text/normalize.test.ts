import { asciiDigits, fold, hasArabic, hasLatin, stripMarks } from '../../src/text/normalize';

describe('fold', () => {
  it.each([
    ['أحمد', 'احمد'],
    ['إسلام', 'اسلام'],
    ['آذار', 'اذار'],
    ['ٱلله', 'الله'],
    ['مستوى', 'مستوي'],
    ['التجارة', 'التجاره'],
    ['مسؤول', 'مسوول'],
    ['رئيس', 'رييس'],
  ])('folds hamza, alef, ta marbuta and alef maqsura: %s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('drops harakat, shadda, sukun, superscript alef and tatweel', () => {
    expect(fold('مَتَى بَدَأَتْ عَمَلِيَّةُ')).toBe('متي بدات عمليه');
    expect(fold('هٰذا')).toBe('هذا');
    expect(fold('عــــمل')).toBe('عمل');
  });

  it('drops zero-width and direction marks', () => {
    expect(fold('\u200Fباكو\u200E \u2067موسكو\u2069\u200B\uFEFF\u061C')).toBe('باكو موسكو');
    expect(fold('\u202Bروسيا\u202C')).toBe('روسيا');
  });

  it('maps Arabic-Indic and Eastern Arabic-Indic digits to ASCII', () => {
    expect(fold('٤ مليارات و۲۰۲۲ و٢٣:٥٠')).toBe('4 مليارات و2022 و23:50');
    expect(asciiDigits('١٩٨٨')).toBe('1988');
  });

  it('turns presentation forms into base letters (NFKC)', () => {
    // U+FEDF U+FEE0 … are the isolated/initial forms some PDFs paste.
    expect(fold('\uFEE3\uFEE0\uFEB3')).toBe('ملس');
  });

  it('maps Arabic punctuation to its Latin twin and lower-cases Latin', () => {
    expect(fold('متى؟ نعم، لا؛ Baku')).toBe('متي? نعم, لا; baku');
  });

  it('leaves text without anything to fold as it is', () => {
    expect(fold('باكو')).toBe('باكو');
    expect(stripMarks('abc')).toBe('abc');
  });
});

describe('script detection', () => {
  it('tells Arabic and Latin letters apart', () => {
    expect(hasArabic('ما هذا')).toBe(true);
    expect(hasArabic('hello 123')).toBe(false);
    expect(hasLatin('hello')).toBe(true);
    expect(hasLatin('٤٥')).toBe(false);
  });
});
