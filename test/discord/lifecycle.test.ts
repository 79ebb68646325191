/**
 * Start and stop, and secrets, with the bot as a child process (as `npm start` runs it):
 * a broken corpus file or a malformed token stops start-up with one clear line (exit 2, before
 * connecting); Discord failing does not kill the process; SIGTERM while a reply is in flight lets
 * it finish, then exits 0; no output of start-up, a failed login or a fault holds the token or a
 * part of it; `.env` is git-ignored and only `.env.example` is committed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeDiscord, type RecordedRequest } from '../support/fakeDiscord';
import { chatInput } from '../support/interactions';
import { expectOneLine, spawnBot, stopChild, type BotProcess } from '../support/spawnBot';
import { CORPUS_DIR, PROJECT_ROOT, TEST_TOKEN } from '../support/botHarness';
import { until } from '../support/wait';

jest.setTimeout(120000);

const TRADE_Q = 'ما حجم التجارة السنوية بين روسيا وأذربيجان؟';
const TOKEN_PARTS = TEST_TOKEN.split('.');

let fake: FakeDiscord | undefined;
let bot: BotProcess | undefined;
let dir: string;

beforeAll(() => {
  // A folder with no .env, so a developer's own .env cannot fill in what a test leaves out.
  dir = mkdtempSync(join(tmpdir(), 'quote-bot-lifecycle-'));
});
afterEach(async () => {
  await stopChild(bot, fake);
  bot = undefined;
  fake = undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));


function expectNoSecrets(output: string): void {
  expect(output).not.toContain(TEST_TOKEN);
  for (const part of TOKEN_PARTS) expect(output).not.toContain(part);
}

describe('start-up refuses, with one clear line and exit 2', () => {
  test.each([
    ['broken YAML front matter', 'broken.md', '---\ntitle: [an unclosed list\nsource: x\n---\n\nفقرة أولى.\n', /broken\.md.*(YAML|yaml)/],
    ['no title', 'untitled.md', '---\nsource: وكالة\n---\n\nفقرة أولى.\n', /untitled\.md.*title/],
    ['no body', 'empty-body.md', '---\ntitle: عنوان\n---\n', /empty-body\.md.*(body|paragraph)/i],
  ])('a corpus file with %s: names the file and what is wrong', async (_what, file, text, expected) => {
    const corpus = mkdtempSync(join(dir, 'corpus-'));
    writeFileSync(join(corpus, 'good.md'), '---\ntitle: عنوان جيد\n---\n\nفقرة سليمة.\n');
    writeFileSync(join(corpus, file), text);
    fake = await FakeDiscord.start();
    bot = spawnBot({ cwd: dir, env: { DISCORD_TOKEN: TEST_TOKEN, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl, CORPUS_DIR: corpus } });
    expect(await bot.exited).toBe(2);
    const line = expectOneLine(bot.stderr());
    expect(line).toMatch(/^error: /);
    expect(line).toMatch(expected);
    expect(fake.requests).toHaveLength(0); // it stopped before connecting
    expectNoSecrets(bot.stdout() + bot.stderr());
  });

  test.each([
    ['with spaces', 'MTIzNDU2Nzg5 test token 0123456789', /spaces/],
    ['with the "Bot " prefix', `Bot ${TEST_TOKEN}`, /prefix/],
    ['not three parts', 'MTIzNDU2Nzg5.only-two-parts', /three dot-separated parts/],
    ['with a stray character', 'MTIzNDU2Nzg5.te$t.not-a-real-secret-0123456789', /three dot-separated parts/],
    ['in quotes', `"${TEST_TOKEN}"`, /quotes/],
  ])('a malformed token (%s) is caught before connecting, and not echoed', async (_what, token, expected) => {
    fake = await FakeDiscord.start();
    bot = spawnBot({ cwd: dir, env: { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl, CORPUS_DIR } });
    expect(await bot.exited).toBe(2);
    const line = expectOneLine(bot.stderr());
    expect(line).toMatch(/^error: DISCORD_TOKEN is malformed|^error: DISCORD_TOKEN must be the token alone/);
    expect(line).toMatch(expected);
    expect(bot.stdout()).toBe('');
    expect(fake.requests).toHaveLength(0);
    expect(fake.sessions).toHaveLength(0);
    for (const part of token.replace(/^"|"$/g, '').replace(/^Bot /, '').split(/[.\s]+/)) if (part.length >= 6) expect(line).not.toContain(part);
  });

  test('a missing token: one clear line', async () => {
    bot = spawnBot({ cwd: dir, env: { DISCORD_APPLICATION_ID: '123456789012345678', CORPUS_DIR } });
    expect(await bot.exited).toBe(2);
    expect(expectOneLine(bot.stderr())).toMatch(/^error: DISCORD_TOKEN is not set/);
  });
});

test('a failed login (401), logging at trace: one line, exit 2, the token nowhere in the output', async () => {
  fake = await FakeDiscord.start({ acceptToken: () => false });
  bot = spawnBot({ cwd: dir, env: { DISCORD_TOKEN: TEST_TOKEN, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl, CORPUS_DIR, LOG_LEVEL: 'trace' } });
  expect(await bot.exited).toBe(2);
  expect(expectOneLine(bot.stderr())).toMatch(/^error: Discord refused the token/);
  expect(bot.stdout()).toContain('corpus indexed'); // start-up was logged
  expectNoSecrets(bot.stdout() + bot.stderr());
});

test('Discord down does not stop the process; then SIGTERM while a reply is in flight lets it finish and exits 0', async () => {
  fake = await FakeDiscord.start();
  const f = fake;
  bot = spawnBot({ cwd: dir, env: { DISCORD_TOKEN: TEST_TOKEN, DISCORD_APPLICATION_ID: f.applicationId, DISCORD_API_URL: f.apiUrl, CORPUS_DIR, LOG_LEVEL: 'trace' } });
  const running = bot;
  await until(() => f.openSessions().length === 1 || running.child.exitCode !== null, 90000, 'the bot to identify');
  expect(running.child.exitCode).toBeNull();

  // Every callback fails with 500 for one question: the bot's own error path runs, the process stays up.
  const remove = f.fault({ method: 'POST', path: /\/callback$/ }, { status: 500, body: { message: '500: Internal Server Error', code: 0 } });
  const failed = f.interact(chatInput(f, 'ask', { question: TRADE_Q }));
  await until(() => /"fault":"discord-unavailable"/.test(running.stdout()), 60000, 'the fault to be logged');
  remove();
  expect(running.child.exitCode).toBeNull();
  expect(f.requestsFor(failed).every((r) => r.status === 500)).toBe(true);
  expect(running.stdout().match(/"fault":"discord-unavailable"/g)).toHaveLength(1);
  const next = await f.waitForResponse(f.interact(chatInput(f, 'ask', { question: TRADE_Q })), 60000);
  expect(next.message.content).toContain('4 مليارات دولار');

  // Keep the answer in flight: Discord takes 3 s to accept the edit of the deferred reply.
  f.fault({ method: 'PATCH', path: /\/messages\/@original$/ }, (req) => ({ status: 200, body: f.message({ ...req.body, author: f.botUser }), delayMs: 3000 }));
  const ix = f.interact(chatInput(f, 'ask', { question: TRADE_Q }));
  let edit: RecordedRequest | undefined;
  await until(() => (edit = f.requestsFor(ix).find((r) => r.method === 'PATCH')) !== undefined, 60000, 'the edit to reach Discord');
  expect(edit!.status).toBeUndefined(); // still in flight
  let editAnsweredBeforeExit: boolean | undefined;
  void running.exited.then(() => { editAnsweredBeforeExit = edit!.status === 200; });
  running.kill('SIGTERM');

  expect(await running.exited).toBe(0);
  expect(editAnsweredBeforeExit).toBe(true); // the reply finished before the process exited
  expect(edit!.body.content).toContain('4 مليارات دولار');
  const out = running.stdout();
  expect(out).toContain('waiting for replies in flight');
  expect(out).toContain('"msg":"disconnected"');
  expect(running.stderr()).toBe('');
  expectNoSecrets(out + running.stderr());
  for (const sent of [failed, ix]) expect(out).not.toContain(sent.token);
});

const inGit = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).stdout.trim() === 'true';
(inGit ? test : test.skip)('.env is git-ignored and not tracked; .env.example is committed and holds no token', () => {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: PROJECT_ROOT, encoding: 'utf8' });
  expect(git('check-ignore', '-q', '.env').status).toBe(0);
  expect(git('ls-files', '--', '.env').stdout.trim()).toBe('');
  expect(git('ls-files', '--', '.env.example').stdout.trim()).toBe('.env.example');
  const example = git('show', 'HEAD:.env.example').stdout;
  expect(example).toMatch(/^DISCORD_TOKEN=$/m);
  expect(example).toMatch(/^RATE_LIMIT_COUNT=$/m);
});
