/**
 * Many articles, end to end: the real bot started on a temporary corpus of three small articles
 * (written as .md files, loaded by startBot from corpusDir) against the stand-in Discord. Questions
 * search every article unless `article` names one; citations name the article; /quote and /source
 * ask which article when there are several; the `article` option autocompletes over headlines.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnswerEngine } from '../../src/search/engine';
import { articleOptionValue, findArticle, matchArticles } from '../../src/search/browse';
import { renderArticleChoices, renderPickArticle, renderSourceList } from '../../src/reply/discord';
import { autocomplete, chatInput } from '../support/interactions';
import { startHarness, type Harness } from '../support/botHarness';
import { makeArticle } from '../support/articles';
import type { InteractionResponse } from '../support/fakeDiscord';

const DATES = {
  id: 'wam-dates-2024-03-01',
  title: 'صادرات الإمارات من التمور تبلغ مستوى قياسيا',
  source: 'وكالة أنباء الإمارات',
  published: '2024-03-01',
  paragraphs: [
    'بلغت صادرات الإمارات من التمور 300 ألف طن في العام الماضي، وفق بيانات وزارة الاقتصاد.',
    'وتعمل مصانع التعبئة في العين بالطاقة الشمسية منذ عام 2020.',
    'وتتجه معظم الشحنات إلى أسواق آسيا وأوروبا.',
  ],
};
const STADIUM = {
  id: 'qna-stadium-2024-05-10',
  title: 'افتتاح ملعب جديد لكرة القدم في الدوحة',
  source: 'وكالة الأنباء القطرية',
  published: '2024-05-10',
  paragraphs: [
    'افتتح في الدوحة اليوم ملعب جديد لكرة القدم يتسع لأربعين ألف متفرج.',
    'وقال مدير المشروع إن بناء الملعب استغرق ثلاث سنوات.',
  ],
};
// A headline longer than Discord's 100 characters for a choice name.
const WATER = {
  id: 'spa-jeddah-desalination-2024-06-02',
  title: 'السعودية تفتتح في جدة محطة جديدة لتحلية مياه البحر تعمل بالطاقة الشمسية وتنتج مئات الآلاف من الأمتار المكعبة يوميا لسكان المدينة',
  source: 'وكالة الأنباء السعودية',
  published: '2024-06-02',
  paragraphs: [
    'تنتج محطة التحلية الجديدة في جدة 600 ألف متر مكعب من المياه يوميا.',
    'وتعمل المحطة بالطاقة الشمسية بقدرة 50 ميغاواط.',
  ],
};
const ARTICLES = [DATES, STADIUM, WATER];

function markdown(a: typeof DATES): string {
  return [
    '---', `id: ${a.id}`, `title: ${a.title}`, `source: ${a.source}`, `published: ${a.published}`, 'language: ar', '---', '',
    a.paragraphs.join('\n\n'), '',
  ].join('\n');
}

let dir: string;
let h: Harness;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'articles-corpus-'));
  for (const a of ARTICLES) writeFileSync(join(dir, `${a.id}.md`), markdown(a));
  // No `engine`: startBot loads and indexes the folder itself, as `npm start` with CORPUS_DIR does.
  h = await startHarness({ engine: undefined, corpusDir: dir });
}, 60000);

afterAll(async () => {
  await h?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function play(payload: Record<string, unknown>): Promise<InteractionResponse> {
  return h.fake.waitForResponse(h.fake.interact(payload));
}

/** The line after the one holding `needle` (the citation under a quote). */
function lineAfter(content: string, needle: string): string {
  const lines = content.split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  expect(i).toBeGreaterThanOrEqual(0);
  return lines[i + 1] ?? '';
}

test('the bot indexed every article of the folder', () => {
  expect(h.bot.engine.articles.map((a) => a.id).sort()).toEqual(ARTICLES.map((a) => a.id).sort());
});

describe('/ask across articles', () => {
  test('without article: finds the right article and the citation names it (source and headline)', async () => {
    const res = await play(chatInput(h.fake, 'ask', { question: 'كم متفرجا يتسع الملعب الجديد في الدوحة؟' }));
    const content: string = res.message.content;
    expect(content).toContain(STADIUM.paragraphs[0]);
    const citation = lineAfter(content, 'أربعين ألف متفرج');
    expect(citation).toContain(STADIUM.source);
    expect(citation).toContain(`«${STADIUM.title}»`);
    expect(citation).toContain(STADIUM.published);
    expect(citation).toContain('الفقرة 1');
  });

  test('without article: another question finds another article', async () => {
    const res = await play(chatInput(h.fake, 'ask', { question: 'كم طنا من التمور صدرت الإمارات؟' }));
    const citation = lineAfter(res.message.content, '300 ألف طن');
    expect(citation).toContain(DATES.source);
    expect(citation).toContain(DATES.title);
  });

  test('with article: only that article is searched', async () => {
    const question = 'ما قدرة الطاقة الشمسية في محطة التحلية؟';
    const open = await play(chatInput(h.fake, 'ask', { question }));
    expect(open.message.content).toContain(WATER.source); // across all articles, the desalination one answers

    const scoped = await play(chatInput(h.fake, 'ask', { question, article: DATES.id }));
    const content: string = scoped.message.content;
    expect(content).not.toContain(WATER.source);
    expect(content).not.toContain('50 ميغاواط');
    // Whatever it quotes (a confident answer or the nearest sentences) comes from the picked article.
    expect(content).toContain(DATES.source);
    expect(content).toContain('بالطاقة الشمسية منذ عام 2020');
  });

  test('an unknown article is said privately, with the known ids', async () => {
    const res = await play(chatInput(h.fake, 'ask', { question: 'كم طنا من التمور؟', article: 'no-such-article' }));
    expect(res.ephemeral).toBe(true);
    expect(res.message.content).toContain('no-such-article');
    expect(res.message.content).toContain(STADIUM.id);
  });

  test('question suggestions keep to the picked article', async () => {
    const res = await play(autocomplete(h.fake, 'ask', 'question', { question: 'الطاقة', article: DATES.id }));
    const values = res.choices!.map((c) => String(c.value));
    expect(values.some((v) => v.includes('مصانع التعبئة'))).toBe(true);
    expect(values.some((v) => v.includes('ميغاواط'))).toBe(false);
  });
});

test('/search without article lists sentences from several articles, each citing its own', async () => {
  const res = await play(chatInput(h.fake, 'search', { query: 'الطاقة الشمسية' }));
  const content: string = res.message.content;
  expect(lineAfter(content, 'ميغاواط')).toContain(WATER.source);
  expect(lineAfter(content, 'منذ عام 2020')).toContain(DATES.source);
});

test('/search with article keeps to that article', async () => {
  const res = await play(chatInput(h.fake, 'search', { query: 'الطاقة الشمسية', article: DATES.id }));
  const content: string = res.message.content;
  expect(content).toContain(DATES.source);
  expect(content).not.toContain(WATER.source);
  expect(content).not.toContain(STADIUM.source);
});

describe('the article option: autocomplete over headlines', () => {
  function expectWithinLimits(choices: Array<{ name: string; value: string | number }>): void {
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) {
      expect(c.name.length).toBeGreaterThan(0);
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(String(c.value).length).toBeGreaterThan(0);
      expect(String(c.value).length).toBeLessThanOrEqual(100);
    }
  }

  test.each(['ask', 'search', 'quote', 'source'])('/%s: nothing typed lists every headline, newest first', async (command) => {
    const options: Record<string, string | number> = command === 'ask' ? { question: 'x', article: '' }
      : command === 'search' ? { query: 'x', article: '' } : command === 'quote' ? { paragraph: 1, article: '' } : { article: '' };
    const res = await play(autocomplete(h.fake, command, 'article', options));
    expect(res.type).toBe(8);
    const choices = res.choices!;
    expectWithinLimits(choices);
    expect(choices).toHaveLength(3);
    expect(choices[0]!.name).toContain(WATER.title.slice(0, 30)); // 2024-06-02, the newest
    expect(choices[1]!.name).toBe(`${STADIUM.title} · ${STADIUM.published}`);
    expect(choices[1]!.value).toBe(STADIUM.id);
    expect(choices[2]!.value).toBe(DATES.id);
  });

  test('typing a word of a headline (letters folded) narrows the choices', async () => {
    const res = await play(autocomplete(h.fake, 'quote', 'article', { paragraph: 1, article: 'ملعب' }));
    expect(res.choices!.map((c) => c.value)).toEqual([STADIUM.id]);
    const folded = await play(autocomplete(h.fake, 'source', 'article', { article: 'الامارات' })); // typed without hamza
    expect(folded.choices!.map((c) => c.value)).toEqual([DATES.id]);
  });

  test('a headline over 100 characters: the name is cut (its date kept), and the value works in /source and /quote', async () => {
    const res = await play(autocomplete(h.fake, 'source', 'article', { article: 'جدة' }));
    const [choice] = res.choices!;
    expectWithinLimits(res.choices!);
    expect(WATER.title.length).toBeGreaterThan(100);
    expect(choice!.name.endsWith(` · ${WATER.published}`)).toBe(true);
    expect(choice!.value).toBe(WATER.id);
    const source = await play(chatInput(h.fake, 'source', { article: String(choice!.value) }));
    expect(source.message.content).toContain(WATER.source);
    expect(source.message.content).toContain(WATER.published);
    const quoted = await play(chatInput(h.fake, 'quote', { paragraph: 1, article: String(choice!.value) }));
    expect(quoted.message.content).toContain(WATER.paragraphs[0]);
  });

  test('40 articles with long headlines and ids: at most 25 choices within 100 characters, each value finds its article', () => {
    const many = Array.from({ length: 40 }, (_, i) => makeArticle(`${i}-${'long-id-'.repeat(i % 3 === 0 ? 20 : 1)}`, ['فقرة.'], {
      title: `عنوان طويل جدا رقم ${i} ${'كلمة '.repeat(40)}`,
      published: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
    }));
    const engine = new AnswerEngine(many);
    for (const typed of ['', 'عنوان', 'طويل كل', 'long', 'zzz']) {
      const choices = renderArticleChoices(matchArticles(engine, typed, 25).map((article) => ({ article, value: articleOptionValue(engine, article) })));
      expectWithinLimits(choices);
      if (typed !== 'zzz') expect(choices).toHaveLength(25);
      for (const c of choices) expect(findArticle(engine, c.value)).toBeDefined();
    }
  });
});

describe('/quote and /source with several articles', () => {
  test('with 300 articles the pick list stays within 2000 characters, whole lines, and says how many more', () => {
    const many = Array.from({ length: 300 }, (_, i) => makeArticle(`article-${i}`, ['فقرة.'], { title: `عنوان المقال رقم ${i} ${'كلمة '.repeat(i % 15)}`, source: 'وكالة' }));
    for (const lang of ['ar', 'en'] as const) {
      for (const payload of [renderPickArticle(many, 'quote', lang), renderSourceList(many, lang)]) {
        const content = payload.content!;
        expect(content.length).toBeLessThanOrEqual(2000);
        expect(content).not.toContain('…\u2069\n'); // no line cut in half
        const last = content.split('\n').at(-1)!;
        expect(last).toMatch(lang === 'ar' ? /و\d+ غيرها/ : /and \d+ more/);
        const shown = content.split('\n').filter((l) => l.includes('article-')).length;
        expect(last).toContain(String(300 - shown));
      }
    }
  });

  test('/quote without article asks to pick one, privately, listing the headlines', async () => {
    const res = await play(chatInput(h.fake, 'quote', { paragraph: 1 }));
    expect(res.deferred).toBe(false);
    expect(res.ephemeral).toBe(true);
    const content: string = res.message.content;
    expect(content).toContain('`article`');
    expect(content).toContain('/quote');
    for (const a of ARTICLES) expect(content).toContain(a.title);
    expect(content).not.toContain(DATES.paragraphs[0]);
    expect(content.length).toBeLessThanOrEqual(2000);
  });

  test('/quote in an English client asks in English', async () => {
    const res = await play(chatInput(h.fake, 'quote', { paragraph: 1 }, { locale: 'en-US' }));
    expect(res.message.content).toMatch(/^\S*There are 3 articles\. Pick one with the `article` option/);
  });

  test('/quote with article quotes that article\'s paragraph, citing it', async () => {
    const res = await play(chatInput(h.fake, 'quote', { paragraph: 2, article: STADIUM.id }));
    const content: string = res.message.content;
    expect(content).toContain(STADIUM.paragraphs[1]);
    expect(lineAfter(content, 'ثلاث سنوات')).toContain(STADIUM.title);
  });

  test('/source with article shows that article', async () => {
    const res = await play(chatInput(h.fake, 'source', { article: DATES.id }, { locale: 'en-US' }));
    const content: string = res.message.content;
    expect(content).toContain(DATES.title);
    expect(content).toContain(DATES.source);
    expect(content).toContain(DATES.published);
    expect(content).toContain('**Paragraphs:** 3');
    expect(content).not.toContain(STADIUM.title);
  });

  test('/source without article lists every article and how to pick one', async () => {
    const res = await play(chatInput(h.fake, 'source', {}, { locale: 'en-US' }));
    const content: string = res.message.content;
    expect(content).toContain('3 articles');
    for (const a of ARTICLES) expect(content).toContain(a.title);
  });
});
