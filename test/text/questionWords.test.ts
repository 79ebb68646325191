import { answerKind } from '../../src/text/questionWords';
import { isStopword } from '../../src/text/stopwords';
import { fold } from '../../src/text/normalize';

describe('answerKind', () => {
  it.each([
    ['متى أعلنت أذربيجان استعادة القرى؟', 'date'],
    ['متي بدأت الزيارة', 'date'],
    ['امتى زار بوتين باكو؟', 'date'],
    ['في أي عام وقع الإعلان؟', 'date'],
    ['في اي شهر زار موسكو', 'date'],
    ['When did the visit start?', 'date'],
    ['في أي ساعة قصفت القوات؟', 'time'],
    ['What time did the shelling start?', 'time'],
    ['كم يوما استمرت العملية؟', 'number'],
    ['قديش حجم التجارة؟', 'number'],
    ['ما حجم التجارة؟', 'number'],
    ['How many villages were returned?', 'number'],
    ['How much is the trade?', 'number'],
    ['من هو وزير الخارجية؟', 'person'],
    ['مين وزير الخارجية', 'person'],
    ['مع من سيتحدث بوتين؟', 'person'],
    ['Who is the foreign minister?', 'person'],
    ['أين استقبل علييف بوتين؟', 'place'],
    ['وين صار القصف', 'place'],
    ['في أي مدينة جرى اللقاء؟', 'place'],
    ['ما الدولة التي زارها؟', 'place'],
    ['Where did they meet?', 'place'],
    ['ماذا قال بوتين عن أوكرانيا؟', 'other'],
    ['كيف رد الجيش؟', 'other'],
  ])('%s → %s', (question, kind) => {
    expect(answerKind(question)).toBe(kind);
  });

  it('reads a question with full harakat the same', () => {
    expect(answerKind('مَتَى بَدَأَتْ عَمَلِيَّةُ تَحْرِيرِ قَرَه بَاغ؟')).toBe('date');
  });
});

describe('stopwords', () => {
  it('holds function words, question words and dialect forms', () => {
    for (const w of ['في', 'من', 'على', 'متى', 'ماذا', 'ماهو', 'شو', 'وين', 'the', 'what']) {
      expect(isStopword(fold(w))).toBe(true);
    }
  });

  it('keeps news content words out (unlike published lists)', () => {
    for (const w of ['مليار', 'أعلنت', 'الماضي', 'الرئيس', 'قرية']) expect(isStopword(fold(w))).toBe(false);
  });
});
