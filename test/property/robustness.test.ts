import fc from 'fast-check';
import { join } from 'node:path';
import { answerKind } from '../../src/text/questionWords';
import { fold } from '../../src/text/normalize';
import { lightStem } from '../../src/text/stem';
import { splitSentences } from '../../src/text/sentences';
import { tokenize } from '../../src/text/tokenize';
import { loadEngine } from '../../src/search/loadEngine';
import { findEvidence, suggest } from '../../src/search/browse';
import { labelLanguage } from '../../src/reply/language';
import { renderAsk, renderChoices, renderFactCheck, renderSearch, ReplyPayload } from '../../src/reply/discord';
import { embedLength, LIMITS } from '../../src/reply/limits';

/**
 * Property-based robustness: for any input string (all of Unicode, direction controls, mention
 * syntax, markdown, Arabic, up to 6,000 characters) the text analysis, the search core and the
 * Discord rendering never throw, every reply stays within Discord's limits, and user text never
 * yields a live mention or breaks out of the reply's formatting.
 */
const engine = loadEngine(join(__dirname, '..', '..', 'corpus'));

const fragments = fc.constantFrom(
  '@everyone', '@here', '<@123456789012345678>', '<@!123>', '<@&987654321>', '<#555>', '</ask:1>',
  '\u202E', '\u202B', '\u2066', '\u2067', '\u2069', '\u200F', '\u200E', '\u061C', '\u200B', '\uFEFF',
  '```', '**', '__', '||', '> ', '# ', '-# ', '[x](https://e.com)', '\n', '\r\n', '\t', '\u0000',
  'ما حجم التجارة السنوية بين روسيا وأذربيجان؟', 'بوتين', '٤ مليارات', 'مَتَى', 'What is the trade volume?',
  '23:50', '2022', '🙂', '\uD800', 'ـــ', 'ﻻ', 'قره باغ',
);
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.oneof(fragments, fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 40 }).map((parts) => parts.join('')),
  fc.tuple(fragments, fc.integer({ min: 1, max: 6000 })).map(([f, n]) => f.repeat(Math.ceil(n / Math.max(1, f.length))).slice(0, 6000)),
);
const runs = { numRuns: 150 };

const LIVE_MENTION = /@(everyone|here)|<@[!&]?\d+>|<#\d+>/i;

function checkPayload(p: ReplyPayload): void {
  expect(p.allowedMentions).toEqual({ parse: [] });
  const content = p.content ?? '';
  expect(content.length).toBeLessThanOrEqual(LIMITS.content);
  expect(content).not.toMatch(LIVE_MENTION);
  const embeds = p.embeds ?? [];
  expect(embeds.length).toBeLessThanOrEqual(10);
  let total = 0;
  for (const e of embeds) {
    expect((e.description ?? '').length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(e.description ?? '').not.toMatch(LIVE_MENTION);
    for (const f of e.fields ?? []) {
      expect(f.value.length).toBeLessThanOrEqual(LIMITS.embedFieldValue);
      expect(f.value).not.toMatch(LIVE_MENTION);
    }
    total += embedLength(e);
  }
  expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
  for (const row of p.components ?? []) {
    for (const c of row.components) expect(c.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
  }
  // The echoed user text stays on its one subtext line: no code fence opens and swallows the rest.
  const fences = (content.match(/(?<!\\)```/g) ?? []).length;
  expect(fences % 2).toBe(0);
}

describe('text analysis never throws', () => {
  it('fold, tokenize, stem, question kind', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const folded = fold(text);
        expect(typeof folded).toBe('string');
        for (const t of tokenize(text)) expect(typeof lightStem(t)).toBe('string');
        expect(typeof answerKind(text)).toBe('string');
      }),
      runs,
    );
  });

  it('sentence spans are exact substrings of the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
      }),
      runs,
    );
  });
});

describe('the search core never throws and quotes only the article', () => {
  const article = engine.articles[0]!;
  const published = [article.title, article.summary ?? '', ...article.paragraphs];
  it('ask', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 20 }), (question, top) => {
        const result = engine.ask(question, { top });
        expect(result.answers.length).toBeLessThanOrEqual(top);
        for (const a of [...result.answers, ...result.nearest]) {
          expect(published.some((p) => p.includes(a.quote))).toBe(true);
          expect(a.score).toBeGreaterThanOrEqual(0);
          expect(a.score).toBeLessThanOrEqual(1);
        }
      }),
      runs,
    );
  });
});

describe('Discord rendering stays within limits and never pings', () => {
  it('/ask replies', () => {
    fc.assert(
      fc.property(anyText, (question) => {
        checkPayload(renderAsk(engine, engine.ask(question), labelLanguage(question)));
      }),
      runs,
    );
  });

  it('/search replies', () => {
    fc.assert(
      fc.property(anyText, (query) => {
        checkPayload(renderSearch(engine, query, engine.ask(query, { top: 5 }).nearest, labelLanguage(query)));
      }),
      runs,
    );
  });

  it('Fact-check replies', () => {
    fc.assert(
      fc.property(anyText, (message) => {
        checkPayload(renderFactCheck(engine, findEvidence(engine, message), labelLanguage(message)));
      }),
      runs,
    );
  });

  it('autocomplete choices', () => {
    fc.assert(
      fc.property(anyText, (typed) => {
        const choices = renderChoices(typed, suggest(engine, typed));
        expect(choices.length).toBeLessThanOrEqual(LIMITS.choices);
        for (const c of choices) {
          expect(c.name.length).toBeGreaterThan(0);
          expect(c.name.length).toBeLessThanOrEqual(LIMITS.choiceName);
          expect(String(c.value).length).toBeLessThanOrEqual(LIMITS.choiceValue);
          // (Choice names are shown in the client's picker, never posted: they cannot ping. A chosen
          // value comes back as the question, which the /ask properties above cover.)
        }
      }),
      runs,
    );
  });
});
