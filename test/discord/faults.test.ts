/**
 * Discord faults, end to end: the real discord.js client against the stand-in Discord, which
 * fails on cue. After each fault the bot answers the next question, and the fault is logged
 * once (one line at warn or error) with its cause, never with the bot token or an interaction
 * token.
 */
import { chatInput } from '../support/interactions';
import { startHarness, TEST_TOKEN, type Harness } from '../support/botHarness';
import type { SentInteraction } from '../support/fakeDiscord';
import { until } from '../support/wait';

jest.setTimeout(90000);

const TRADE_Q = 'ما حجم التجارة السنوية بين روسيا وأذربيجان؟';
const CALLBACK = /^\/interactions\/\d+\/[^/]+\/callback$/;

let h: Harness;
const sent: SentInteraction[] = [];

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

interface LogLine { level: number; msg: string; [key: string]: any }
const parsed = (from = 0): LogLine[] => h.logs.slice(from).map((l) => JSON.parse(l) as LogLine);
/** Lines at warn (40) or above, logged since `from`. */
const problems = (from: number): LogLine[] => parsed(from).filter((l) => l.level >= 40);

function ask(question = TRADE_Q, user?: { id: string; username: string; discriminator: string; global_name: string; avatar: null }): SentInteraction {
  const ix = h.fake.interact(chatInput(h.fake, 'ask', { question }, user ? { user } : undefined));
  sent.push(ix);
  return ix;
}

/** The bot answers a question normally (the check after every fault). */
async function answersNextQuestion(): Promise<void> {
  const ix = ask();
  const res = await h.fake.waitForResponse(ix, 60000);
  expect(res.message.content).toContain('4 مليارات دولار');
}

const callbacks = (ix: SentInteraction) => h.fake.requestsFor(ix).filter((r) => r.method === 'POST' && r.route.endsWith('/callback'));

describe('REST faults on the reply', () => {
  test('500 on the acknowledgement, more often than discord.js retries: one private error, logged once; next question answered', async () => {
    const mark = h.logs.length;
    // 4 = the first try + discord.js's 3 retries; the bot's own error path then runs.
    const remove = h.fake.fault({ method: 'POST', path: CALLBACK, times: 4 }, { status: 500, body: { message: '500: Internal Server Error', code: 0 } });
    try {
      const ix = ask();
      await until(() => problems(mark).length > 0, 60000, 'the fault to be logged');
      const tries = callbacks(ix);
      expect(tries.map((r) => r.status)).toEqual([500, 500, 500, 500, 204]);
      // What the user gets: the short private error (the bot's one extra attempt got through).
      expect(tries[4]!.body.type).toBe(4);
      expect(tries[4]!.body.data.flags & 64).toBe(64);
      expect(tries[4]!.body.data.content).toMatch(/went wrong/i);
      expect(tries[4]!.body.data.allowed_mentions).toEqual({ parse: [] });
    } finally {
      remove();
    }
    const lines = problems(mark);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 50, fault: 'discord-unavailable', told: true, err: { name: 'HTTPError', status: 500 } });
    expect(lines[0]!.cause).toMatch(/500/);
    await answersNextQuestion();
    expect(problems(mark)).toHaveLength(1);
  });

  test('Discord down (500 on every try): a bounded number of attempts, no loop, logged once; answers once it is back', async () => {
    const mark = h.logs.length;
    const remove = h.fake.fault({ method: 'POST', path: CALLBACK }, { status: 502, body: { message: '502: Bad Gateway', code: 0 } });
    let ix: SentInteraction;
    try {
      ix = ask();
      await until(() => problems(mark).length > 0, 60000, 'the fault to be logged');
    } finally {
      remove();
    }
    // The acknowledgement (1 + 3 retries) and the one attempt at the private error (1 + 3 retries).
    expect(callbacks(ix).map((r) => r.status)).toEqual(Array(8).fill(502));
    const lines = problems(mark);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 50, fault: 'discord-unavailable', told: false, err: { status: 502 } });
    expect(lines[0]!.tellError).toMatch(/502/);
    await answersNextQuestion();
    // Nothing more was sent for the failed interaction meanwhile: it gave up, it does not loop.
    expect(callbacks(ix)).toHaveLength(8);
    expect(problems(mark)).toHaveLength(1);
  });

  test('500 on the edit of a deferred reply: the deferred message is replaced by the private error, logged once', async () => {
    const mark = h.logs.length;
    const remove = h.fake.fault({ method: 'PATCH', path: /\/messages\/@original$/, times: 4 }, { status: 503, body: { message: 'Service Unavailable', code: 0 } });
    try {
      const ix = ask();
      await until(() => problems(mark).length > 0, 60000, 'the fault to be logged');
      const after = h.fake.requestsFor(ix);
      // The deferred "thinking…" message is removed and the error goes out privately as a follow-up.
      expect(after.some((r) => r.method === 'DELETE' && r.status === 204)).toBe(true);
      const followUp = after.find((r) => r.method === 'POST' && !r.route.endsWith('/callback'));
      expect(followUp?.status).toBe(200);
      expect(followUp!.body.flags & 64).toBe(64);
    } finally {
      remove();
    }
    const lines = problems(mark);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ fault: 'discord-unavailable', told: true, err: { status: 503, method: 'PATCH' } });
    await answersNextQuestion();
  });

  test('429 with retry_after: the reply waits that long and is sent again, not dropped; logged once', async () => {
    const mark = h.logs.length;
    h.fake.fault({ method: 'POST', path: CALLBACK, times: 1 }, {
      status: 429,
      headers: { 'retry-after': '1', 'x-ratelimit-scope': 'user' },
      body: { message: 'You are being rate limited.', retry_after: 1, global: false },
    });
    const ix = ask();
    const res = await h.fake.waitForResponse(ix, 60000);
    expect(res.message.content).toContain('4 مليارات دولار');
    const tries = callbacks(ix);
    expect(tries.map((r) => r.status)).toEqual([429, 204]);
    // Sent again only after retry_after (1 s): a lower bound, not a timing limit.
    expect(tries[1]!.at - tries[0]!.at).toBeGreaterThanOrEqual(1000);
    const lines = problems(mark);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, fault: 'rate-limited', retryAfterSeconds: 1, method: 'POST', global: false });
    expect(lines[0]!.path).toMatch(/\/interactions\/\d+\/\[redacted\]\/callback$/);
    await answersNextQuestion();
  });

  test.each([
    ['expired', 404, 10062, 'Unknown interaction'],
    ['already-acknowledged', 400, 40060, 'Interaction has already been acknowledged.'],
  ])('%s (%i, code %i): logged once as a warning, no further attempt; the bot carries on', async (kind, status, code, message) => {
    const mark = h.logs.length;
    h.fake.fault({ method: 'POST', path: CALLBACK, times: 1 }, { status, body: { message, code } });
    const ix = ask();
    await until(() => problems(mark).length > 0, 60000, 'the fault to be logged');
    await answersNextQuestion();
    expect(callbacks(ix)).toHaveLength(1);
    expect(h.fake.requestsFor(ix)).toHaveLength(1);
    const lines = problems(mark);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, fault: kind, err: { name: expect.stringContaining('DiscordAPIError'), code } });
    expect(lines[0]!.cause).toContain(String(code));
  });
});

describe('gateway faults', () => {
  /** Gateway payloads the bot sent (op 2 IDENTIFY, op 6 RESUME) since log index `from`. */
  const sentOps = (from: number, op: number) => h.fake.gatewayLog.slice(from).filter((e) => e.direction === 'in' && e.payload?.op === op);

  test('close 4000, then an abnormal 1006 drop: the bot resumes each time and answers; each logged once with its code', async () => {
    for (const code of [4000, 1006]) {
      const mark = h.logs.length;
      const gw = h.fake.gatewayLog.length;
      const before = h.fake.sessions.length;
      h.fake.closeGateway(code, code === 4000 ? 'Unknown error' : '');
      await until(() => h.fake.sessions.length > before && h.fake.openSessions().length === 1
        && sentOps(gw, 6).length + sentOps(gw, 2).length > 0, 60000, `a RESUME or IDENTIFY after close ${code}`);
      // It resumes (the session is resumable after both codes).
      expect(sentOps(gw, 6)).toHaveLength(1);
      expect(sentOps(gw, 6)[0]!.payload.d.token).toBe('[redacted]'); // the stand-in's own log keeps no token
      await answersNextQuestion();
      const lines = problems(mark);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ level: 40, fault: 'gateway', code });
      expect(lines[0]!.cause).toContain(String(code));
    }
  });

  test('invalid session (op 9, not resumable): the bot identifies again and answers; logged once', async () => {
    const mark = h.logs.length;
    const gw = h.fake.gatewayLog.length;
    const before = h.fake.sessions.length;
    h.fake.sendGateway({ op: 9, d: false, s: null, t: null });
    // A new IDENTIFY (discord.js waits out its identify spacing, up to 5 s).
    await until(() => h.fake.sessions.length > before && sentOps(gw, 2).length > 0 && h.fake.openSessions().length === 1, 60000, 'a new IDENTIFY');
    expect(sentOps(gw, 6)).toHaveLength(0);
    await answersNextQuestion();
    const lines = problems(mark);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, fault: 'gateway' });
    expect(lines[0]!.cause).toMatch(/invalid session/);
  });
});

test('no log line of any fault above (or of start-up) holds the bot token, a part of it, or an interaction token', () => {
  const logs = h.logs.join('');
  expect(logs).toContain('"msg":"ready"');
  expect(logs).toContain('"fault":"gateway"');
  expect(logs).not.toContain(TEST_TOKEN);
  for (const part of TEST_TOKEN.split('.')) expect(logs).not.toContain(part);
  expect(sent.length).toBeGreaterThan(10);
  for (const ix of sent) expect(logs).not.toContain(ix.token);
});
