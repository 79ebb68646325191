/**
 * Load, end to end: a burst of 500 interactions from 100 users (5 each: the rate limit's default
 * allowance, so it blocks none), sent all at once by the stand-in Discord. Every one is
 * acknowledged once and answered, none lost, none refused. No timing assertion: only a generous
 * upper bound to wait. Latency figures come from `npm run bench:load`.
 */
import { chatInput } from '../support/interactions';
import { startHarness, type Harness } from '../support/botHarness';
import { snowflake } from '../support/snowflake';
import type { SentInteraction } from '../support/fakeDiscord';
import { until } from '../support/wait';
import { ResponseTracker } from '../../scripts/bench/loadTracker';

jest.setTimeout(180000);

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ rateLimit: { count: 5, windowMs: 10_000 } });
});
afterAll(async () => {
  await h?.stop();
});

const QUESTIONS = [
  'ما حجم التجارة السنوية بين روسيا وأذربيجان؟',
  'متى أعلنت أذربيجان استعادة القرى الثلاث؟',
  'What is the trade volume between Russia and Azerbaijan?',
  'من استقبل بوتين في باكو؟',
];

test('a burst of 500 interactions from 100 users: every one acknowledged and answered, none lost', async () => {
  const users = Array.from({ length: 100 }, (_, i) => ({ id: snowflake(), username: `u${i}`, discriminator: '0', global_name: `U${i}`, avatar: null }));
  const tracker = new ResponseTracker(h.fake);
  const sent: Array<{ ix: SentInteraction; command: string }> = [];
  for (let i = 0; i < 500; i += 1) {
    const user = users[i % users.length]!;
    // Mostly /ask (deferred, then an edit); some /search and /help.
    const command = i % 10 === 0 ? 'help' : i % 10 === 5 ? 'search' : 'ask';
    const options: Record<string, string> = command === 'ask' ? { question: QUESTIONS[i % QUESTIONS.length]! } : command === 'search' ? { query: 'التجارة' } : {};
    const ix = h.fake.interact(chatInput(h.fake, command, options, { user }));
    tracker.follow(ix);
    sent.push({ ix, command });
  }
  await until(() => tracker.done, 150000, `all 500 answers (${tracker.answered} so far)`);

  for (const { ix, command } of sent) {
    const o = tracker.outcomes.get(ix.token)!;
    expect(o.refused).toBe(0);
    expect(o.ackAt).toBeDefined();
    // Exactly one acknowledgement per interaction.
    expect(h.fake.requestsFor(ix).filter((r) => r.route.endsWith('/callback'))).toHaveLength(1);
    const text = JSON.stringify(o.message);
    expect(text).not.toMatch(/Slow down|went wrong/);
    if (command === 'ask') expect(o.message.content.length).toBeGreaterThan(20);
  }
  const askTrade = sent.find((s) => s.command === 'ask' && s.ix.payload.data.options[0].value === QUESTIONS[0])!;
  expect(tracker.outcomes.get(askTrade.ix.token)!.message.content).toContain('4 مليارات دولار');
  // And the bot is done with all of them (the last edits' answers are being read as we check).
  await until(() => h.bot.router.pending === 0, 60000, 'the router to finish');
  expect(h.logs.map((l) => JSON.parse(l)).filter((l) => l.level >= 40)).toEqual([]);
});
