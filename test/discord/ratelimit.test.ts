/**
 * The per-user rate limit: the limiter on its own (a fake clock), then end to end: the 6th /ask
 * within the window from one user gets the friendly private message, another user is unaffected,
 * autocomplete is never limited, and buttons share the user's budget.
 */
import { RateLimiter, renderRateLimited } from '../../src/bot/rateLimit';
import { readConfig } from '../../src/bot/config';
import { autocomplete, buttonClick, chatInput, customIds, LEARNER } from '../support/interactions';
import { startHarness, type Harness } from '../support/botHarness';
import { snowflake } from '../support/snowflake';

describe('RateLimiter', () => {
  const clock = () => {
    let t = 1_000_000;
    return { now: () => t, advance: (ms: number) => { t += ms; } };
  };

  test('5 in 10 s: the 6th is refused with the time until the oldest use leaves the window', () => {
    const c = clock();
    const rl = new RateLimiter({ count: 5, windowMs: 10_000, now: c.now });
    for (let i = 0; i < 5; i += 1) {
      expect(rl.take('a')).toEqual({ allowed: true });
      c.advance(1000);
    }
    expect(rl.take('a')).toEqual({ allowed: false, retryAfterMs: 5000 });
    c.advance(4999);
    expect(rl.take('a').allowed).toBe(false);
    c.advance(1);
    expect(rl.take('a')).toEqual({ allowed: true }); // a sliding window: the first use has left it
    expect(rl.take('a').allowed).toBe(false);
  });

  test('refused attempts do not extend the wait; users are independent', () => {
    const c = clock();
    const rl = new RateLimiter({ count: 2, windowMs: 1000, now: c.now });
    rl.take('a');
    rl.take('a');
    for (let i = 0; i < 50; i += 1) expect(rl.take('a').allowed).toBe(false);
    expect(rl.take('b').allowed).toBe(true);
    c.advance(1000);
    expect(rl.take('a').allowed).toBe(true);
  });

  test('memory stays bounded: idle users are pruned, and the number tracked is capped', () => {
    const c = clock();
    const rl = new RateLimiter({ count: 3, windowMs: 1000, now: c.now, maxUsers: 500 });
    for (let i = 0; i < 400; i += 1) rl.take(`u${i}`);
    expect(rl.size).toBe(400);
    c.advance(1000);
    rl.take('late');
    expect(rl.size).toBe(1);
    for (let i = 0; i < 2000; i += 1) rl.take(`v${i}`);
    expect(rl.size).toBeLessThanOrEqual(500);
    // Each user keeps at most `count` timestamps however often they try.
    for (let i = 0; i < 1000; i += 1) rl.take('spammer');
    expect((rl as unknown as { uses: Map<string, number[]> }).uses.get('spammer')!.length).toBe(3);
  });

  test('the friendly message: private, English and Arabic (Arabic first for a non-English client), no mentions', () => {
    const en = renderRateLimited(4200, 'en-GB');
    expect(en.ephemeral).toBe(true);
    expect(en.allowedMentions).toEqual({ parse: [] });
    expect(en.content).toMatch(/^\u200ESlow down.*5 s\.\n\u200Fمهلًا.*5 ثانية/s);
    expect(renderRateLimited(4200, 'fr').content!.startsWith('\u200Fمهلًا')).toBe(true);
  });

  test('settings from the environment: defaults 5 in 10 s; bad values are one clear error', () => {
    const base = { DISCORD_TOKEN: 'MTIzNDU2Nzg5.test-token.not-a-real-secret-0123456789', DISCORD_APPLICATION_ID: '123456789012345678' };
    expect(readConfig(base).rateLimit).toEqual({ count: 5, windowMs: 10_000 });
    expect(readConfig({ ...base, RATE_LIMIT_COUNT: '3', RATE_LIMIT_WINDOW_SECONDS: '2.5' }).rateLimit).toEqual({ count: 3, windowMs: 2500 });
    expect(() => readConfig({ ...base, RATE_LIMIT_COUNT: '0' })).toThrow(/RATE_LIMIT_COUNT/);
    expect(() => readConfig({ ...base, RATE_LIMIT_WINDOW_SECONDS: 'ten' })).toThrow(/RATE_LIMIT_WINDOW_SECONDS/);
  });
});

describe('end to end', () => {
  jest.setTimeout(90000);
  let h: Harness;
  // A long window, so a slow machine cannot let the 6th through by taking over 10 s for the first 5.
  beforeAll(async () => {
    h = await startHarness({ rateLimit: { count: 5, windowMs: 120_000 } });
  });
  afterAll(async () => {
    await h?.stop();
  });

  const user = (name: string) => ({ id: snowflake(), username: name, discriminator: '0', global_name: name, avatar: null });
  const Q = 'ما حجم التجارة السنوية بين روسيا وأذربيجان؟';

  test('the 6th /ask from one user within the window gets the friendly private message; another user is unaffected', async () => {
    const flooder = user('flooder');
    const answers = [];
    for (let i = 0; i < 5; i += 1) {
      const ix = h.fake.interact(chatInput(h.fake, 'ask', { question: Q }, { user: flooder }));
      answers.push(await h.fake.waitForResponse(ix, 60000));
    }
    for (const a of answers) expect(a.message.content).toContain('4 مليارات دولار');

    const sixth = await h.fake.waitForResponse(h.fake.interact(chatInput(h.fake, 'ask', { question: Q }, { user: flooder, locale: 'en-US' })), 60000);
    expect(sixth.type).toBe(4);
    expect(sixth.ephemeral).toBe(true);
    expect(sixth.message.content).toMatch(/Slow down/);
    expect(sixth.message.content).toMatch(/حاول مرة أخرى/);
    expect(sixth.message.content).not.toContain('4 مليارات');
    expect(sixth.message.allowed_mentions).toEqual({ parse: [] });

    const other = await h.fake.waitForResponse(h.fake.interact(chatInput(h.fake, 'ask', { question: Q }, { user: user('other') })), 60000);
    expect(other.message.content).toContain('4 مليارات دولار');

    // Autocomplete is never limited.
    const typing = await h.fake.waitForResponse(h.fake.interact(autocomplete(h.fake, 'ask', 'question', { question: 'التجارة' }, { user: flooder })), 60000);
    expect(typing.type).toBe(8);
    expect(typing.choices!.length).toBeGreaterThan(0);

    // Buttons share the user's budget (they run the search too): limited for the flooder, not for the other user.
    const ids = customIds(answers[0]!.message);
    expect(ids.length).toBeGreaterThan(0);
    const limitedClick = await h.fake.waitForResponse(h.fake.interact(buttonClick(h.fake, ids[0]!, answers[0]!.message, { user: flooder })), 60000);
    expect(limitedClick.ephemeral).toBe(true);
    expect(limitedClick.message.content).toMatch(/Slow down/);
    const click = await h.fake.waitForResponse(h.fake.interact(buttonClick(h.fake, ids[0]!, answers[0]!.message, { user: LEARNER })), 60000);
    expect(click.message.content ?? '').not.toMatch(/Slow down/);

    // Being limited is not a fault: nothing at warn or above.
    expect(h.logs.map((l) => JSON.parse(l)).filter((l) => l.level >= 40)).toEqual([]);
  });
});
