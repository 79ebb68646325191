import { splitSentences } from '../../src/text/sentences';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('splits at a full stop followed by a space', () => {
    expect(texts('جملة أولى. جملة ثانية.')).toEqual(['جملة أولى.', 'جملة ثانية.']);
  });

  it('splits a boundary with no space after the full stop', () => {
    const p = 'لجان تحديد الحدود (للبلدين) تواصل عملها.وسنشهد خطوات إيجابية جديدة في المستقبل القريب".';
    expect(texts(p)).toEqual(['لجان تحديد الحدود (للبلدين) تواصل عملها.', 'وسنشهد خطوات إيجابية جديدة في المستقبل القريب".']);
  });

  it('keeps 23:50, 4.5 and 1.002.000 whole', () => {
    expect(texts('قصفت في الساعة 23:50 من مساء الأحد. النمو 4.5 بالمئة والعدد 1.002.000 نسمة.')).toEqual([
      'قصفت في الساعة 23:50 من مساء الأحد.',
      'النمو 4.5 بالمئة والعدد 1.002.000 نسمة.',
    ]);
  });

  it('splits at the Arabic question mark and at newlines', () => {
    expect(texts('ما هذا؟ هذا كتاب\nوهذا قلم')).toEqual(['ما هذا؟', 'هذا كتاب', 'وهذا قلم']);
  });

  it('does not split an ellipsis, an abbreviation or a gloss in brackets', () => {
    expect(texts('قره باغ.. وبعد')).toEqual(['قره باغ.. وبعد']);
    expect(texts('قال د. أحمد إن ق.م انتهى')).toEqual(['قال د. أحمد إن ق.م انتهى']);
    expect(texts('قال Dr. Smith ذلك')).toEqual(['قال Dr. Smith ذلك']);
    expect(texts('أين هم؟ (ترجمة) ثم')).toEqual(['أين هم؟ (ترجمة) ثم']);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(texts('قال: "نعم." ثم غادر.')).toEqual(['قال: "نعم."', 'ثم غادر.']);
  });

  it('returns exact substrings with their offsets', () => {
    const p = '  أولى.   ثانية؟ ';
    for (const s of splitSentences(p)) expect(p.slice(s.start, s.end)).toBe(s.text);
  });

  it('returns the whole text when there is no terminator, and nothing for blank text', () => {
    expect(texts('نص بلا نقطة')).toEqual(['نص بلا نقطة']);
    expect(texts('   ')).toEqual([]);
  });

  it('joins a punctuation-only piece to the sentence before it', () => {
    expect(texts('جملة. . أخرى.')).toEqual(['جملة. .', 'أخرى.']);
  });
});
