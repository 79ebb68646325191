import { AnswerEngine } from '../../src/search/engine';
import { makeArticle } from '../support/articles';

/**
 * For each kind of question, two sentences that match the question's words equally; the second
 * (later in the text, so it loses ties) holds the kind of thing asked. Asked with the question
 * word, the second must come first; asked without it, document order decides.
 */
const cases = [
  {
    kind: 'date',
    plain: 'الوفدان وقعا الاتفاق التجاري',
    question: 'متى وقع الوفدان الاتفاق التجاري؟',
    neutral: 'وقع الوفدان الاتفاق التجاري بحضور عدد من المسؤولين.',
    holding: 'وقع الوفدان الاتفاق التجاري في 12 مارس 2021.',
  },
  {
    kind: 'number',
    plain: 'بلغت الخسائر في الحرب',
    question: 'كم بلغت الخسائر في الحرب؟',
    neutral: 'بلغت الخسائر في الحرب حدا كبيرا على الجانبين.',
    holding: 'بلغت الخسائر في الحرب 300 مليون دولار.',
  },
  {
    kind: 'person',
    plain: 'قاد الوفد في المفاوضات',
    question: 'من قاد الوفد في المفاوضات؟',
    neutral: 'قاد الوفد في المفاوضات بصبر طويل.',
    holding: 'قاد الوفد في المفاوضات الوزير سامي حداد.',
  },
  {
    kind: 'place',
    plain: 'عقد الاجتماع الأخير للجنة',
    question: 'أين عقد الاجتماع الأخير للجنة؟',
    neutral: 'عقد الاجتماع الأخير للجنة بعد تأجيل طويل.',
    holding: 'عقد الاجتماع الأخير للجنة في العاصمة أنقرة.',
  },
];

describe.each(cases)('a $kind question', ({ kind, plain, question, neutral, holding }) => {
  const engine = new AnswerEngine([makeArticle('a', [neutral, 'فقرة أخرى لا علاقة لها بالموضوع.', holding])]);

  it(`ranks the sentence holding a ${kind} first`, () => {
    const result = engine.ask(question);
    expect(result.kind).toBe(kind === 'date' ? 'date' : kind);
    expect(result.answers[0]?.quote).toBe(holding);
  });

  it('keeps document order when the question does not ask for it', () => {
    expect(engine.rank(plain)[0]?.sentence.text).toBe(neutral);
  });
});
