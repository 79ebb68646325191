/**
 * End to end: the real discord.js client, started by startBot, against the stand-in Discord.
 * Every interaction goes over the gateway as INTERACTION_CREATE; every answer is read back from
 * the REST requests the client made.
 */
import { MessageFlags } from 'discord.js';
import { encodeButtonId } from '../../src/reply/customId';
import type { SlashCommand } from '../../src/bot/types';
import { defer } from '../../src/bot/respond';
import { autocomplete, buttonClick, chatInput, customIds, messageCommand } from '../support/interactions';
import { startHarness, TEST_TOKEN, corpusEngine, type Harness } from '../support/botHarness';
import type { InteractionResponse, SentInteraction } from '../support/fakeDiscord';

const TRADE_Q = 'ما حجم التجارة السنوية بين روسيا وأذربيجان؟';
const TRADE_SENTENCE = 'وقال بوتين إن حجم التجارة السنوية بين روسيا وأذربيجان يزيد على 4 مليارات دولار';
const RLI = '\u2067';
const PDI = '\u2069';
const article = () => corpusEngine().articles[0]!;

let h: Harness;
beforeAll(async () => { h = await startHarness(); }, 60000);
afterAll(async () => { await h?.stop(); });

async function play(payload: Record<string, unknown>): Promise<{ ix: SentInteraction; res: InteractionResponse }> {
  const ix = h.fake.interact(payload);
  return { ix, res: await h.fake.waitForResponse(ix) };
}

const text = (message: any): string =>
  [message?.content ?? '', ...(message?.embeds ?? []).flatMap((e: any) => [e.title, e.description, ...(e.fields ?? []).flatMap((f: any) => [f.name, f.value]), e.footer?.text])]
    .filter(Boolean).join('\n');

function expectWithinLimits(message: any): void {
  expect((message.content ?? '').length).toBeLessThanOrEqual(2000);
  let total = 0;
  for (const e of message.embeds ?? []) {
    expect((e.description ?? '').length).toBeLessThanOrEqual(4096);
    for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(1024);
    total += text({ embeds: [e] }).length;
  }
  expect(total).toBeLessThanOrEqual(6000);
  for (const id of customIds(message)) expect(id.length).toBeLessThanOrEqual(100);
}

describe('/ask', () => {
  test('quotes the trade sentence with a citation naming the agency, on its own line', async () => {
    const { res } = await play(chatInput(h.fake, 'ask', { question: TRADE_Q }));
    expect(res.deferred).toBe(true);
    expect(res.ephemeral).toBe(false);
    const content: string = res.message.content;
    expect(content).toContain('4 مليارات دولار');
    expect(content).toContain(TRADE_SENTENCE);
    const lines = content.split('\n');
    const quoteLine = lines.findIndex((l) => l.includes('4 مليارات دولار'));
    const citation = lines[quoteLine + 1]!;
    expect(citation).toContain('وكالة الأناضول');
    expect(citation).toContain('2024-08-19');
    expect(citation).toContain('الفقرة 11');
    expect(citation).not.toContain('4 مليارات');
    // Right-to-left isolation: the quote and the citation are each isolated.
    expect(lines[quoteLine]!.startsWith(RLI)).toBe(true);
    expect(lines[quoteLine]!.endsWith(PDI)).toBe(true);
    expect(citation.startsWith(RLI)).toBe(true);
    expect(res.message.allowed_mentions).toEqual({ parse: [] });
    expect(customIds(res.message)).toHaveLength(2);
    expectWithinLimits(res.message);
  });

  test('an out-of-scope question says there is no confident answer, first', async () => {
    const { res } = await play(chatInput(h.fake, 'ask', { question: 'ما عاصمة فرنسا؟' }));
    const content: string = res.message.content;
    expect(content.split('\n')[0]).toContain('لا توجد إجابة واثقة');
    expect(content).toContain('No confident answer');
    expect(content).toContain('/search');
    expect(customIds(res.message)).toHaveLength(0);
    expect(res.message.allowed_mentions).toEqual({ parse: [] });
  });

  test('an English question gets English labels', async () => {
    const { res } = await play(chatInput(h.fake, 'ask', { question: 'What is the capital of France?' }));
    expect(res.message.content.split('\n')[0]).toMatch(/^No confident answer/);
  });

  test('private: true answers ephemerally', async () => {
    const { res } = await play(chatInput(h.fake, 'ask', { question: TRADE_Q, private: true }));
    expect(res.ephemeral).toBe(true);
    expect(res.callback.body.data.flags & MessageFlags.Ephemeral).toBeTruthy();
    expect(res.message.content).toContain('4 مليارات دولار');
  });

  test('works in a DM (user instead of member)', async () => {
    const { res } = await play(chatInput(h.fake, 'ask', { question: TRADE_Q }, { dm: true }));
    expect(res.message.content).toContain('4 مليارات دولار');
  });

  test('@everyone and a role mention in the question can ping nobody', async () => {
    const question = '@everyone <@&123> @here <@456> ما حجم التجارة السنوية بين روسيا وأذربيجان؟';
    for (const q of [question, '@everyone <@&123> ما عاصمة فرنسا؟ **bold** `code`']) {
      const { ix, res } = await play(chatInput(h.fake, 'ask', { question: q }));
      expect(res.message.allowed_mentions).toEqual({ parse: [] });
      const content: string = res.message.content;
      expect(content).toContain('everyone'); // echoed…
      expect(content).not.toMatch(/@everyone|@here|<@&123>|<@456>/); // …but broken
      for (const r of h.fake.requestsFor(ix)) {
        if (r.body && (r.body.content !== undefined || r.body.data?.content !== undefined)) {
          expect(r.body.allowed_mentions ?? r.body.data?.allowed_mentions).toEqual({ parse: [] });
        }
      }
    }
  });
});

describe('autocomplete on question', () => {
  test('suggests sentences that match, within Discord limits', async () => {
    const { res } = await play(autocomplete(h.fake, 'ask', 'question', { question: 'التجارة' }));
    expect(res.type).toBe(8);
    const choices = res.choices!;
    expect(choices.length).toBeGreaterThan(1);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices[0]!.value).toBe('التجارة');
    expect(choices.some((c) => String(c.value).includes('حجم التجارة'))).toBe(true);
    for (const c of choices) {
      expect(c.name.length).toBeGreaterThan(0);
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(String(c.value).length).toBeGreaterThan(0);
      expect(String(c.value).length).toBeLessThanOrEqual(100);
    }
  });

  test('empty, long, and nonsense input stay within limits', async () => {
    for (const typed of ['', 'ب', 'ال'.repeat(150), 'zzzz qqqq', ' @everyone ']) {
      const { res } = await play(autocomplete(h.fake, 'ask', 'question', { question: typed }));
      expect(res.choices!.length).toBeLessThanOrEqual(25);
      for (const c of res.choices!) {
        expect(c.name.length).toBeLessThanOrEqual(100);
        expect(String(c.value).length).toBeLessThanOrEqual(100);
        expect(String(c.value).length).toBeGreaterThan(0);
      }
    }
  });

  test('the article option of /quote suggests article ids', async () => {
    const { res } = await play(autocomplete(h.fake, 'quote', 'article', { paragraph: 1, article: 'ana' }));
    expect(res.choices!.map((c) => c.value)).toContain(article().id);
  });
});

describe('buttons', () => {
  async function askTrade() {
    const { res } = await play(chatInput(h.fake, 'ask', { question: TRADE_Q }));
    const [para, more] = customIds(res.message);
    return { message: res.message, para: para!, more: more! };
  }

  test('Full paragraph shows the whole paragraph, privately, with its citation', async () => {
    const { message, para } = await askTrade();
    const { res } = await play(buttonClick(h.fake, para, message));
    expect(res.ephemeral).toBe(true);
    const content: string = text(res.message);
    expect(content).toContain(article().paragraphs[10]!);
    expect(content).toContain('الفقرة 11');
    expect(res.message.allowed_mentions).toEqual({ parse: [] });
  });

  test('Other matches lists the next best sentences, not the one shown', async () => {
    const { message, more } = await askTrade();
    const { res } = await play(buttonClick(h.fake, more, message));
    expect(res.ephemeral).toBe(true);
    const content: string = res.message.content;
    expect(content).not.toContain(TRADE_SENTENCE);
    expect(content).toContain('وكالة الأناضول');
    expect(content).toMatch(/الفقرة \d+/);
    expectWithinLimits(res.message);
  });

  test('a button works without any memory of the reply (as after a restart)', async () => {
    const id = encodeButtonId({ action: 'para', lang: 'en', article: article().id, paragraph: 3, sentence: 1 });
    const { res } = await play(buttonClick(h.fake, id, { content: 'an old reply' }));
    expect(res.message.content).toContain(article().paragraphs[2]!);
    expect(res.message.content).toContain('paragraph 3');
  });

  test('a button for a sentence that no longer exists says so', async () => {
    const id = encodeButtonId({ action: 'para', lang: 'en', article: 'gone-article', paragraph: 3, sentence: 1 });
    const { res } = await play(buttonClick(h.fake, id, { content: 'x' }));
    expect(res.ephemeral).toBe(true);
    expect(res.message.content).toContain('no longer');
  });
});

test('/search lists the best 5 sentences with paragraph numbers', async () => {
  const { res } = await play(chatInput(h.fake, 'search', { query: 'أذربيجان وأرمينيا' }));
  const content: string = res.message.content;
  for (let i = 1; i <= 5; i++) expect(content).toContain(`**${i}.**`);
  expect(content).not.toContain('**6.**');
  expect((content.match(/الفقرة \d+/g) ?? []).length).toBe(5);
  expectWithinLimits(res.message);
});

describe('/quote', () => {
  test('paragraph 1 with its citation', async () => {
    const { res } = await play(chatInput(h.fake, 'quote', { paragraph: 1 }));
    expect(res.ephemeral).toBe(false);
    const content: string = text(res.message);
    expect(content).toContain(article().paragraphs[0]!);
    expect(content).toContain('وكالة الأناضول');
    expect(content).toContain('paragraph 1');
    expect(res.message.allowed_mentions).toEqual({ parse: [] });
  });

  test('Arabic labels for a client that is not in English', async () => {
    const { res } = await play(chatInput(h.fake, 'quote', { paragraph: 1 }, { locale: 'fr' }));
    expect(text(res.message)).toContain('الفقرة 1');
  });

  test('paragraph 0 is the headline and summary', async () => {
    const { res } = await play(chatInput(h.fake, 'quote', { paragraph: 0 }));
    expect(text(res.message)).toContain(article().title);
    expect(text(res.message)).toContain(article().summary!);
  });

  test.each([99, -3, corpusEngine().articles[0]!.paragraphs.length + 1])('out of range (%d) gets the valid range', async (n) => {
    const { res } = await play(chatInput(h.fake, 'quote', { paragraph: n }));
    expect(res.ephemeral).toBe(true);
    const last = article().paragraphs.length;
    expect(res.message.content).toContain(`1 to ${last}`);
    expect(res.message.content).toContain(String(n));
  });

  test('an unknown article is named with the known ones', async () => {
    const { res } = await play(chatInput(h.fake, 'quote', { paragraph: 1, article: 'nope' }));
    expect(res.ephemeral).toBe(true);
    expect(res.message.content).toContain(article().id);
  });
});

test('/source shows headline, agency, authors, date, dateline and paragraph count', async () => {
  const { res } = await play(chatInput(h.fake, 'source'));
  const content: string = text(res.message);
  const a = article();
  for (const part of [a.title, 'وكالة الأناضول', 'Ruslan Rehimov', 'Sami Sohta', '2024-08-19', 'باكو', String(a.paragraphs.length)]) {
    expect(content).toContain(part);
  }
  expect(res.message.allowed_mentions).toEqual({ parse: [] });
});

test('/help has Arabic and English examples', async () => {
  const { res } = await play(chatInput(h.fake, 'help'));
  const content = text(res.message);
  expect(content).toContain('ما حجم التجارة السنوية');
  expect(content).toContain('What is the trade volume');
  expect(content).toContain('Fact-check');
  expectWithinLimits(res.message);
});

describe('Fact-check (message context menu)', () => {
  test('quotes the sentence that bears on the message, with its citation', async () => {
    const claim = 'سمعت أن بوتين قال إن حجم التجارة بين روسيا وأذربيجان يزيد على 4 مليارات دولار سنويا @everyone';
    const { res } = await play(messageCommand(h.fake, 'Fact-check', claim));
    const content: string = res.message.content;
    expect(content).toContain(TRADE_SENTENCE);
    expect(content).toContain('وكالة الأناضول');
    expect(content).not.toContain('@everyone');
    expect(res.message.allowed_mentions).toEqual({ parse: [] });
    expectWithinLimits(res.message);
  });

  test('a 4000-character message stays within limits', async () => {
    const claim = ('بوتين في باكو والتجارة بين البلدين تزيد على 4 مليارات دولار. ').repeat(80).slice(0, 4000);
    const { res } = await play(messageCommand(h.fake, 'Fact-check', claim));
    expect(res.message.content).toContain('وكالة الأناضول');
    expectWithinLimits(res.message);
  });

  test('a message with no text gets a private note', async () => {
    const { res } = await play(messageCommand(h.fake, 'Fact-check', ''));
    expect(res.ephemeral).toBe(true);
    expect(res.message.content).toContain('no text');
  });

  test('a plugged-in checkClaim supplies the verdict', async () => {
    const own = await startHarness({
      checkClaim: (engine, claim) => ({ claim, evidence: engine.ask(claim).answers, confident: true, verdict: 'supported', note: 'test checker' }),
    });
    try {
      const ix = own.fake.interact(messageCommand(own.fake, 'Fact-check', 'What is the trade between Russia and Azerbaijan? حجم التجارة السنوية بين روسيا وأذربيجان'));
      const res = await own.fake.waitForResponse(ix);
      expect(res.message.content).toContain('صحيح: يقول المقال ذلك'); // Arabic labels: the message has Arabic
      expect(res.message.content).toContain('test checker');
    } finally {
      await own.stop();
    }
  }, 60000);
});

describe('failures', () => {
  const boom: SlashCommand = {
    kind: 'slash',
    data: { name: 'boom', description: 'throws' },
    async execute() { throw new Error('kaboom'); },
  };
  const boomLate: SlashCommand = {
    kind: 'slash',
    data: { name: 'boom-late', description: 'defers, then throws' },
    async execute(interaction) {
      await defer(interaction, false);
      throw new Error('kaboom after defer');
    },
  };

  test('a handler that throws: short ephemeral error, and the next interaction is served', async () => {
    h.bot.router.register(boom);
    const { res } = await play(chatInput(h.fake, 'boom'));
    expect(res.ephemeral).toBe(true);
    expect(res.message.content).toMatch(/went wrong/);
    expect(res.message.content).not.toContain('kaboom');
    expect(res.message.allowed_mentions).toEqual({ parse: [] });
    expect(h.logs.join('')).toContain('kaboom');

    const next = await play(chatInput(h.fake, 'ask', { question: TRADE_Q }));
    expect(next.res.message.content).toContain('4 مليارات دولار');
  });

  test('a handler that throws after a public defer: the deferred reply is removed, the error is private', async () => {
    h.bot.router.register(boomLate);
    const ix = h.fake.interact(chatInput(h.fake, 'boom-late'));
    const followUp = await h.fake.waitForRequest((r) => r.method === 'POST' && r.route === `/webhooks/${h.fake.applicationId}/${ix.token}`);
    expect(followUp.body.flags & MessageFlags.Ephemeral).toBeTruthy();
    expect(followUp.body.allowed_mentions).toEqual({ parse: [] });
    expect(h.fake.requestsFor(ix).some((r) => r.method === 'DELETE')).toBe(true);
    const next = await play(chatInput(h.fake, 'help'));
    expect(text(next.res.message)).toContain('Fact-check');
  });

  test('Discord refusing the acknowledgement (10062 Unknown interaction) is logged; the bot carries on', async () => {
    const remove = h.fake.fault({ method: 'POST', path: /\/callback$/, times: 2 }, { status: 404, body: { message: 'Unknown interaction', code: 10062 } });
    try {
      const ix = h.fake.interact(chatInput(h.fake, 'help'));
      await h.fake.waitForRequest((r) => r.route.includes(ix.token) && r.status === 404);
    } finally {
      remove();
    }
    const next = await play(chatInput(h.fake, 'ask', { question: TRADE_Q }));
    expect(next.res.message.content).toContain('4 مليارات دولار');
  });

  test('an unknown command gets the private error', async () => {
    const { res } = await play(chatInput(h.fake, 'not-a-command'));
    expect(res.ephemeral).toBe(true);
  });
});

test('every message the bot sent allowed no mentions, and no log line holds the token', async () => {
  const bodies = h.fake.requests
    .filter((r) => /\/(callback|messages\/@original|webhooks\/\d+\/[^/]+)$/.test(r.route) && r.method !== 'DELETE')
    .map((r) => (r.route.endsWith('/callback') ? r.body?.data : r.body))
    .filter((b) => b && (b.content !== undefined || b.embeds !== undefined));
  expect(bodies.length).toBeGreaterThan(20);
  for (const b of bodies) expect(b.allowed_mentions).toEqual({ parse: [] });
  const logs = h.logs.join('');
  expect(logs.length).toBeGreaterThan(0);
  expect(logs).not.toContain(TEST_TOKEN);
  expect(logs).not.toContain(TEST_TOKEN.split('.')[1]);
});
