import { join } from 'node:path';
import { loadCorpus } from '../../src/corpus/load';
import { AnswerEngine } from '../../src/search/engine';
import { MAX_QUESTION_CHARS } from '../../src/search/question';
import { makeArticle } from '../support/articles';

const seed = new AnswerEngine(loadCorpus(join(__dirname, '..', '..', 'corpus')));
const SEED_ID = 'anadolu-putin-baku-2024-08-19';

describe('answers from the seed article', () => {
  it('quotes the sentence exactly as published, with where it is', () => {
    const { answers } = seed.ask('ما حجم التجارة السنوية بين روسيا وأذربيجان؟');
    expect(answers[0]).toMatchObject({ article: SEED_ID, paragraph: 11, sentence: 1 });
    expect(answers[0]!.quote).toBe(
      'وقال بوتين إن حجم التجارة السنوية بين روسيا وأذربيجان يزيد على 4 مليارات دولار، وأنه رغم أن الرقم يبدو مرضيا إلا أن طاقات البلدين أكبر من ذلك.',
    );
    expect(answers[0]!.score).toBeGreaterThan(0.5);
    expect(answers[0]!.score).toBeLessThanOrEqual(1);
  });

  it('reads learner spellings, harakat and Arabic-Indic digits the same', () => {
    const spellings = ['ما حجم التجاره بين روسيا واذربيجان', 'مَا حَجْمُ التِّجَارَةِ بَيْنَ رُوسْيَا وَأَذْرَبِيجَان؟', 'ما الذي يزيد على ٤ مليارات دولار؟'];
    for (const q of spellings) expect(seed.ask(q).answers[0]?.paragraph).toBe(11);
  });

  it('splits the glued sentence and quotes only its half', () => {
    const { answers } = seed.ask('ماذا سنشهد في المستقبل القريب من خطوات إيجابية؟');
    expect(answers[0]!.quote).toBe('وسنشهد خطوات إيجابية جديدة في المستقبل القريب".');
    expect(answers[0]).toMatchObject({ paragraph: 19, sentence: 2 });
  });

  it('can answer from the headline and summary as paragraph 0', () => {
    const ranked = seed.rank('الرئيس الأذربيجاني يستقبل نظيره الروسي في باكو');
    const lead = ranked.find((r) => r.sentence.paragraph === 0);
    expect(lead?.sentence.sentence).toBe(1);
    const summary = seed.rank('تزامنت زيارة بوتين مع قصف القوات الأرمينية').find((r) => r.sentence.paragraph === 0);
    expect(summary?.sentence.sentence).toBe(2);
  });

  it('lists repeated text once and at most `top` answers', () => {
    const { answers } = seed.ask('بوتين أذربيجان', { top: 5 });
    expect(answers.length).toBeLessThanOrEqual(5);
    expect(new Set(answers.map((a) => a.quote)).size).toBe(answers.length);
  });
});

describe('no confident answer', () => {
  it.each([
    ['ما عاصمة فرنسا؟'],
    ['من فاز بكأس العالم 2022؟'],
    ['كم عدد سكان أذربيجان؟'],
    ['asdfgh'],
    ['hello'],
  ])('abstains on %s, but still offers the nearest sentences when there are any', (q) => {
    const result = seed.ask(q);
    expect(result.answers).toEqual([]);
    expect(['no-match', 'low-confidence']).toContain(result.reason);
  });

  it.each([[''], ['   '], ['؟؟؟'], ['!!! ...'], ['🙂🙂🙂'], ['\u0000\u0007\u001b'], ['\u202E\u2066\u200F']])(
    'calls %j empty',
    (q) => {
      const result = seed.ask(q);
      expect(result.answers).toEqual([]);
      expect(result.reason).toBe('empty');
    },
  );

  it('analyses only the first part of a very long question, and says so', () => {
    const long = 'ما حجم التجارة السنوية بين روسيا وأذربيجان؟ ' + 'كلام '.repeat(12000);
    const result = seed.ask(long);
    expect(result.truncated).toBe(true);
    expect(long.length).toBeGreaterThan(MAX_QUESTION_CHARS);
    expect(result.answers[0]?.paragraph).toBe(11);
  });
});

describe('several articles', () => {
  const engine = new AnswerEngine([
    makeArticle('first', ['افتتح المتحف الوطني الجديد أبوابه للزوار في الربيع.']),
    makeArticle('second', ['افتتح الملعب الجديد أبوابه للجماهير في الخريف.']),
  ]);

  it('searches all articles and names the one it quotes', () => {
    expect(engine.ask('متى افتتح الملعب الجديد أبوابه؟').answers[0]?.article).toBe('second');
  });

  it('answers from one article only when asked to', () => {
    const answers = engine.ask('متى افتتح الملعب الجديد أبوابه؟', { article: 'first' }).answers;
    expect(answers.every((a) => a.article === 'first')).toBe(true);
  });

  it('refuses an unknown article id', () => {
    expect(() => engine.ask('سؤال', { article: 'nope' })).toThrow(/unknown article/);
  });
});
