/** The Discord reply layer: length limits, right-to-left isolation, citations, safe echoes. */
import fc from 'fast-check';
import type { Article } from '../../src/corpus/types';
import type { Answer, AnswerResult } from '../../src/search/types';
import { LIMITS, openIsolates, PDI, RLI, truncate } from '../../src/reply/limits';
import { escapeUserText, isolateArabicRuns, isolateRtl } from '../../src/reply/discordText';
import { decodeButtonId, encodeButtonId } from '../../src/reply/customId';
import {
  fitEmbed, quoteBlock, renderAsk, renderChoices, renderFactCheck, renderHelp, renderOtherMatches, renderParagraph,
  renderSearch, renderSource, type ArticleLookup, type ReplyPayload,
} from '../../src/reply/discord';

const LONG_WORDS = 'وقال بوتين إن حجم التجارة السنوية بين روسيا وأذربيجان يزيد على 4 مليارات دولار في 2024 ';
const longArabic = (n: number) => LONG_WORDS.repeat(Math.ceil(n / LONG_WORDS.length)).slice(0, n);

const article: Article = {
  id: 'test-article', title: 'الرئيس الأذربيجاني يستقبل نظيره الروسي في باكو', summary: 'ملخص المقال.',
  source: 'وكالة الأناضول', authors: ['Ruslan Rehimov'], published: '2024-08-19', dateline: 'باكو/ الأناضول',
  url: 'https://example.org/a b', language: 'ar', people: [], places: [], aliases: {},
  paragraphs: [longArabic(300), longArabic(3000), longArabic(9000)], file: 'test-article.md',
};
const lookup: ArticleLookup = { articles: [article], article: (id) => (id === article.id ? article : undefined) };
const answer = (quote: string, paragraph = 2, sentence = 1): Answer => ({ quote, article: article.id, paragraph, sentence, score: 0.9 });
const result = (answers: Answer[], question = 'ما حجم التجارة؟'): AnswerResult => ({ question, kind: 'number' as AnswerResult['kind'], answers, nearest: answers, truncated: false });

function expectWithin(p: ReplyPayload): void {
  expect((p.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
  let total = 0;
  for (const e of p.embeds ?? []) {
    expect((e.description ?? '').length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect((e.title ?? '').length).toBeLessThanOrEqual(LIMITS.embedTitle);
    for (const f of e.fields ?? []) {
      expect(f.value.length).toBeLessThanOrEqual(LIMITS.embedFieldValue);
      total += f.name.length + f.value.length;
    }
    total += (e.title ?? '').length + (e.description ?? '').length;
  }
  expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
  for (const row of p.components ?? []) for (const c of row.components) expect(c.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
  expect(p.allowedMentions).toEqual({ parse: [] });
  // Every isolate opened is closed, line by line: a cut never leaves a line reversed.
  for (const line of [p.content ?? '', ...(p.embeds ?? []).map((e) => e.description ?? '')].join('\n').split('\n')) {
    expect(openIsolates(line)).toBe(0);
  }
}

describe('truncate', () => {
  test('keeps short text as is', () => {
    expect(truncate('abc', 3)).toBe('abc');
  });

  test('cuts to the limit with an ellipsis, at a word boundary when one is near', () => {
    const out = truncate(longArabic(500), 100);
    expect(out.length).toBeLessThanOrEqual(100);
    expect(out.endsWith('…')).toBe(true);
    expect(out.at(-2)).not.toBe(' ');
  });

  test('closes isolates the cut left open', () => {
    const out = truncate(isolateRtl(longArabic(500)), 50);
    expect(out.length).toBeLessThanOrEqual(50);
    expect(out.endsWith(PDI)).toBe(true);
    expect(openIsolates(out)).toBe(0);
  });

  test('never splits a surrogate pair', () => {
    const out = truncate('😀'.repeat(100), 11);
    expect(out.length).toBeLessThanOrEqual(11);
    expect(/[\uD800-\uDBFF]…/.test(out)).toBe(false);
  });

  test('property: any text, any limit: within the limit, isolates balanced', () => {
    const pieces = fc.constantFrom('ب', 'ال', ' ', '4', 'a', RLI, PDI, '😀', '\n', '،');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 400 }), fc.integer({ min: 1, max: 300 }), (parts, max) => {
      const text = parts.join('');
      const out = truncate(text, max);
      expect(out.length).toBeLessThanOrEqual(max);
      if (openIsolates(text) === 0 && text.length > max && max > 12) expect(openIsolates(out)).toBe(0);
    }));
  });
});

describe('right-to-left isolation', () => {
  test('an Arabic line is isolated as a whole; stray direction marks are removed', () => {
    expect(isolateRtl('بين 2020 و2022\u202E')).toBe(`${RLI}بين 2020 و2022${PDI}`);
  });

  test('in an English line only the Arabic runs are isolated, numbers inside a run included', () => {
    const line = isolateArabicRuns('— وكالة الأناضول, "الرئيس في باكو", 2024-08-19, paragraph 11');
    expect(line).toBe(`— ${RLI}وكالة الأناضول, "الرئيس في باكو${PDI}", 2024-08-19, paragraph 11`);
  });

  test('quote and citation on separate lines, each isolated, citation never cut', () => {
    const block = quoteBlock(longArabic(5000), 'وكالة الأناضول، «عنوان»، 2024-08-19، الفقرة 2', 'ar', 1000);
    expect(block.length).toBeLessThanOrEqual(1000);
    const [quote, citation, ...rest] = block.split('\n');
    expect(rest).toHaveLength(0);
    expect(quote!.startsWith(RLI) && quote!.endsWith(PDI)).toBe(true);
    expect(citation).toBe(`${RLI}— وكالة الأناضول، «عنوان»، 2024-08-19، الفقرة 2${PDI}`);
  });
});

describe('escapeUserText', () => {
  test('mentions cannot ping, markdown is escaped, one line', () => {
    const out = escapeUserText('@everyone @here <@123> <@!45> <@&678> <#9> </ask:1> **b** `c` [x](http://y)\nnext');
    expect(out).not.toMatch(/@everyone|@here|<@123>|<@!45>|<@&678>|<#9>|<\/ask:1>/);
    expect(out).not.toContain('\n');
    expect(out).toContain('\\*\\*b\\*\\*');
    expect(out).toContain('\\`c\\`');
  });

  test('direction controls typed by the user are dropped; length is capped', () => {
    const out = escapeUserText('\u202Eabc\u2067' + 'x'.repeat(1000), 100);
    expect(out).not.toMatch(/[\u202E\u2067]/);
    expect(out.length).toBeLessThanOrEqual(110); // escaping may add a few backslashes
  });
});

describe('button custom ids', () => {
  test('round-trip, within 100 characters even with a long question', () => {
    const id = { action: 'more' as const, lang: 'ar' as const, article: 'anadolu-putin-baku-2024-08-19', paragraph: 11, sentence: 2, query: longArabic(400) };
    const encoded = encodeButtonId(id);
    expect(encoded.length).toBeLessThanOrEqual(100);
    const decoded = decodeButtonId(encoded)!;
    expect(decoded).toMatchObject({ action: 'more', lang: 'ar', article: id.article, paragraph: 11, sentence: 2 });
    expect(id.query.startsWith(decoded.query!)).toBe(true);
  });

  test('long article ids are carried by position', () => {
    const payload = renderAsk({ articles: [{ ...article, id: 'x'.repeat(90) }], article: () => article }, result([{ ...answer('نص.'), article: 'x'.repeat(90) }]), 'ar');
    const ids = payload.components![0]!.components.map((c) => c.custom_id);
    for (const id of ids) {
      expect(id.length).toBeLessThanOrEqual(100);
      expect(decodeButtonId(id)!.article).toBe('#0');
    }
  });

  test('rejects what is not ours', () => {
    expect(decodeButtonId('other|thing')).toBeUndefined();
    expect(decodeButtonId('para|ar|a|x|1')).toBeUndefined();
  });
});

describe('payloads stay within Discord limits', () => {
  test('/ask with a very long Arabic quote and question', () => {
    const p = renderAsk(lookup, { ...result([answer(longArabic(6000))], longArabic(1500)), truncated: true }, 'ar');
    expectWithin(p);
    const lines = p.content!.split('\n');
    expect(lines[1]).toContain('الفقرة 2'); // the citation right after the quote
    expect(lines[1]).toContain('وكالة الأناضول');
  });

  test('/ask with no confident answer: the message first, nearest after, within limits', () => {
    const p = renderAsk(lookup, { ...result([]), nearest: [answer(longArabic(3000)), answer(longArabic(3000), 3)], reason: 'low-confidence' }, 'ar');
    expectWithin(p);
    expect(p.content!.split('\n')[0]).toContain('لا توجد إجابة واثقة');
    expect(p.components).toBeUndefined();
  });

  test('English labels for an English question', () => {
    const p = renderAsk(lookup, result([answer('نص قصير.', 1)], 'How much trade?'), 'en');
    expect(p.content).toContain('paragraph 1');
    expect(p.components![0]!.components.map((c) => c.label)).toEqual(['Full paragraph', 'Other matches']);
  });

  test('full paragraph: content when short, an embed when long, cut within 4096', () => {
    const short = renderParagraph(article, 1, article.paragraphs[0]!, 'ar');
    expect(short.content).toContain(article.paragraphs[0]!);
    const medium = renderParagraph(article, 2, article.paragraphs[1]!, 'ar');
    expect(medium.embeds![0]!.description).toContain(article.paragraphs[1]!);
    const long = renderParagraph(article, 3, article.paragraphs[2]!, 'ar');
    for (const p of [short, medium, long]) expectWithin(p);
    expect(long.embeds![0]!.description!.split('\n').at(-1)).toContain('الفقرة 3');
  });

  test('search, other matches and fact-check with long sentences', () => {
    const many = [1, 2, 3, 4, 5].map((i) => answer(longArabic(1500), i));
    for (const p of [
      renderSearch(lookup, longArabic(400), many, 'ar'),
      renderOtherMatches(lookup, many, 'en'),
      renderFactCheck(lookup, { claim: longArabic(4000), evidence: many, confident: true, verdict: 'contradicted', note: longArabic(500) }, 'ar'),
    ]) {
      expectWithin(p);
      expect(p.content).toContain('وكالة الأناضول');
    }
    expect((renderSearch(lookup, 'q', many, 'ar').content!.match(/الفقرة \d/g) ?? []).length).toBe(5);
  });

  test('/source and /help', () => {
    const s = renderSource(article, 'en');
    expectWithin(s);
    expect(s.content).toContain('<https://example.org/a%20b>');
    expectWithin(renderHelp());
  });

  test('fitEmbed caps fields and the 6000 total', () => {
    const e = fitEmbed({ title: 'x'.repeat(300), description: 'd'.repeat(5000), fields: Array.from({ length: 30 }, () => ({ name: 'n'.repeat(300), value: 'v'.repeat(2000) })) });
    expectWithin({ embeds: [e], allowedMentions: { parse: [] } });
  });
});

describe('autocomplete choices', () => {
  test('at most 25, names and values within 100, typed text first, no duplicates', () => {
    const suggestions = Array.from({ length: 60 }, (_, i) => ({ text: `${i % 30} ${longArabic(300)}` }));
    const choices = renderChoices(longArabic(300), suggestions);
    expect(choices.length).toBe(25);
    expect(new Set(choices.map((c) => c.value)).size).toBe(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeGreaterThan(0);
    }
  });

  test('nothing typed: only suggestions; blank suggestions dropped', () => {
    expect(renderChoices('   ', [{ text: ' ' }, { text: 'جملة' }])).toEqual([{ name: 'جملة', value: 'جملة' }]);
  });
});
