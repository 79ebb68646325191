/**
 * The bot as users run it: a child process (`npm start`, or tsx on src/bot/main.ts) with its
 * settings in the environment, against the stand-in Discord through DISCORD_API_URL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeDiscord } from '../support/fakeDiscord';
import { chatInput, messageCommand } from '../support/interactions';
import { spawn } from 'node:child_process';
import { cleanEnv, expectOneLine, spawnBot, stopChild, TSX_CLI, type BotProcess } from '../support/spawnBot';
import { CORPUS_DIR, PROJECT_ROOT, TEST_TOKEN } from '../support/botHarness';
import { until } from '../support/wait';

jest.setTimeout(120000);

let fake: FakeDiscord | undefined;
let bot: BotProcess | undefined;
let emptyDir: string;

beforeAll(() => {
  // A folder with no .env, so a developer's own .env cannot fill in what a test leaves out.
  emptyDir = mkdtempSync(join(tmpdir(), 'quote-bot-'));
});
afterEach(async () => {
  await stopChild(bot, fake);
  bot = undefined;
  fake = undefined;
});
afterAll(() => rmSync(emptyDir, { recursive: true, force: true }));


test('a missing token and application id: one clear line, exit 2', async () => {
  bot = spawnBot({ cwd: emptyDir, env: {} });
  expect(await bot.exited).toBe(2);
  const line = expectOneLine(bot.stderr());
  expect(line).toMatch(/^error: .*DISCORD_TOKEN/);
  expect(line).toContain('DISCORD_APPLICATION_ID');
  expect(bot.stdout()).toBe('');
});

test('a missing token alone is named', async () => {
  bot = spawnBot({ cwd: emptyDir, env: { DISCORD_APPLICATION_ID: '123456789012345678' } });
  expect(await bot.exited).toBe(2);
  expect(expectOneLine(bot.stderr())).toMatch(/^error: DISCORD_TOKEN is not set/);
});

test('a token Discord refuses over REST (401): one clear line, exit 2, token not printed', async () => {
  fake = await FakeDiscord.start({ acceptToken: () => false });
  bot = spawnBot({
    cwd: emptyDir,
    env: { DISCORD_TOKEN: TEST_TOKEN, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl, CORPUS_DIR, LOG_LEVEL: 'debug' },
  });
  expect(await bot.exited).toBe(2);
  expect(expectOneLine(bot.stderr())).toMatch(/^error: Discord refused the token/);
  expect(bot.stdout() + bot.stderr()).not.toContain(TEST_TOKEN);
});

test('a token the gateway refuses (close 4004): one clear line, exit 2', async () => {
  fake = await FakeDiscord.start({ onIdentify: () => ({ close: 4004, reason: 'Authentication failed.' }) });
  bot = spawnBot({
    cwd: emptyDir,
    env: { DISCORD_TOKEN: TEST_TOKEN, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl, CORPUS_DIR },
  });
  expect(await bot.exited).toBe(2);
  expect(expectOneLine(bot.stderr())).toMatch(/^error: Discord refused the token/);
});

test('npm start: answers /ask and Fact-check; SIGTERM to npm shuts the bot down cleanly (exit 0)', async () => {
  fake = await FakeDiscord.start();
  bot = spawnBot({
    npm: true,
    env: { DISCORD_TOKEN: TEST_TOKEN, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'debug' },
  });
  const running = bot;
  await until(() => fake!.openSessions().length === 1 || running.child.exitCode !== null, 90000, 'the bot to identify');
  expect(running.child.exitCode).toBeNull();

  const ask = fake.interact(chatInput(fake, 'ask', { question: 'ما حجم التجارة السنوية بين روسيا وأذربيجان؟' }));
  const answer = await fake.waitForResponse(ask, 30000);
  expect(answer.message.content).toContain('4 مليارات دولار');
  expect(answer.message.content).toContain('وكالة الأناضول');
  expect(answer.message.allowed_mentions).toEqual({ parse: [] });

  const check = fake.interact(messageCommand(fake, 'Fact-check', 'التجارة بين روسيا وأذربيجان تزيد على 4 مليارات دولار'));
  expect((await fake.waitForResponse(check, 30000)).message.content).toContain('4 مليارات دولار');

  running.kill('SIGTERM');
  expect(await running.exited).toBe(0);
  await until(() => fake!.sessions[0]?.closed !== undefined, 20000, 'the gateway session to close');
  const output = running.stdout() + running.stderr();
  expect(output).toContain('"msg":"ready"');
  expect(output).not.toContain(TEST_TOKEN);
  expect(output).not.toContain(TEST_TOKEN.split('.').slice(0, 2).join('.'));
});

test('SIGINT shuts it down cleanly too', async () => {
  fake = await FakeDiscord.start();
  bot = spawnBot({ cwd: emptyDir, env: { DISCORD_TOKEN: TEST_TOKEN, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl, CORPUS_DIR } });
  const running = bot;
  await until(() => fake!.openSessions().length === 1 || running.child.exitCode !== null, 90000, 'the bot to identify');
  running.kill('SIGINT');
  expect(await running.exited).toBe(0);
  expect(running.stderr()).toBe('');
});

describe('npm run deploy-commands', () => {
  const run = (args: string[], env: Record<string, string>) => {
    const child = spawn(process.execPath, [TSX_CLI, join(PROJECT_ROOT, 'src', 'bot', 'deploy.ts'), ...args], { cwd: emptyDir, env: cleanEnv(env) });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += String(d); });
    child.stderr.on('data', (d) => { err += String(d); });
    return new Promise<{ code: number | null; out: string; err: string }>((resolve) => child.on('close', (code) => resolve({ code, out, err })));
  };

  test('--dry-run prints the JSON of every command, with no token', async () => {
    const { code, out, err } = await run(['--dry-run'], {});
    expect(code).toBe(0);
    expect(err).toBe('');
    const body = JSON.parse(out) as Array<{ name: string }>;
    expect(body.map((c) => c.name).sort()).toEqual(['Fact-check', 'ask', 'check', 'help', 'quote', 'search', 'source']);
  });

  test('without a token: one clear line, exit 2', async () => {
    const { code, err } = await run([], {});
    expect(code).toBe(2);
    expect(expectOneLine(err)).toMatch(/^error: .*DISCORD_TOKEN/);
  });

  test('registers against DISCORD_API_URL with one PUT', async () => {
    fake = await FakeDiscord.start();
    const { code, out } = await run([], {
      DISCORD_TOKEN: TEST_TOKEN, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_GUILD_ID: fake.guildId, DISCORD_API_URL: fake.apiUrl,
    });
    expect(code).toBe(0);
    expect(out).toMatch(/registered 7 commands/);
    expect(fake.requests.filter((r) => r.method === 'PUT')).toHaveLength(1);
  });
});
