/**
 * Starting and stopping: Discord refusing the token (REST 401 or gateway 4004), clean shutdown,
 * and the deploy script's one bulk PUT. In-process, against the stand-in Discord.
 */
import { createLogger } from '../../src/bot/logger';
import { LoginRefusedError, startBot, StartupError } from '../../src/bot/start';
import { commandBodies, deployCommands } from '../../src/bot/deploy';
import { FakeDiscord } from '../support/fakeDiscord';
import { corpusEngine, TEST_TOKEN } from '../support/botHarness';
import { until } from '../support/wait';

const silent = createLogger({ level: 'silent' });
let fake: FakeDiscord | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

test('a token refused over REST (401 on GET /gateway/bot) is a LoginRefusedError', async () => {
  fake = await FakeDiscord.start({ acceptToken: () => false });
  await expect(startBot({ token: TEST_TOKEN, apiUrl: fake.apiUrl, engine: corpusEngine(), logger: silent }))
    .rejects.toBeInstanceOf(LoginRefusedError);
  expect(fake.requests.find((r) => r.route === '/gateway/bot')?.status).toBe(401);
});

test('a token refused at the gateway (close 4004 Authentication failed) is a LoginRefusedError', async () => {
  fake = await FakeDiscord.start({ onIdentify: () => ({ close: 4004, reason: 'Authentication failed.' }) });
  await expect(startBot({ token: TEST_TOKEN, apiUrl: fake.apiUrl, engine: corpusEngine(), logger: silent }))
    .rejects.toBeInstanceOf(LoginRefusedError);
  await until(() => fake!.sessions[0]?.closed !== undefined, 20000, 'the gateway session to close');
  expect(fake.sessions[0]?.closed?.code).toBe(4004);
});

test('other fatal gateway closes are a StartupError that names the code', async () => {
  fake = await FakeDiscord.start({ onIdentify: () => ({ close: 4014, reason: 'Disallowed intent(s).' }) });
  await expect(startBot({ token: TEST_TOKEN, apiUrl: fake.apiUrl, engine: corpusEngine(), logger: silent }))
    .rejects.toThrow(StartupError);
});

test('stop() closes the gateway session and is safe to call twice', async () => {
  fake = await FakeDiscord.start();
  const bot = await startBot({ token: TEST_TOKEN, apiUrl: fake.apiUrl, engine: corpusEngine(), logger: silent });
  expect(fake.openSessions()).toHaveLength(1);
  const identify = fake.gatewayLog.find((e) => e.direction === 'in' && e.payload.op === 2);
  expect(identify?.payload.d.intents).toBe(1); // Guilds only
  await bot.stop();
  await bot.stop();
  await until(() => fake!.sessions[0]?.closed !== undefined, 20000, 'the gateway session to close');
});

describe('deploy-commands', () => {
  test('registers every command with one bulk PUT to the guild', async () => {
    fake = await FakeDiscord.start();
    const result = await deployCommands({ token: TEST_TOKEN, applicationId: fake.applicationId, guildId: fake.guildId, apiUrl: fake.apiUrl });
    const puts = fake.requests.filter((r) => r.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(puts[0]!.route).toBe(`/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`);
    expect(puts[0]!.token).toBe(TEST_TOKEN);
    const names = puts[0]!.body.map((c: { name: string }) => c.name);
    expect(names.sort()).toEqual(['Fact-check', 'ask', 'check', 'help', 'quote', 'search', 'source']);
    expect(result.count).toBe(7);
  });

  test('globally when no guild is given', async () => {
    fake = await FakeDiscord.start();
    await deployCommands({ token: TEST_TOKEN, applicationId: fake.applicationId, apiUrl: fake.apiUrl });
    expect(fake.requests.filter((r) => r.method === 'PUT').map((r) => r.route)).toEqual([`/applications/${fake.applicationId}/commands`]);
  });

  test('command definitions are within Discord limits', () => {
    for (const c of commandBodies()) {
      expect(c.name.length).toBeLessThanOrEqual(32);
      if (c.type === undefined || c.type === 1) {
        expect(c.name).toMatch(/^[-_a-z0-9]{1,32}$/);
        const desc = (c as { description: string }).description;
        expect(desc.length).toBeGreaterThan(0);
        expect(desc.length).toBeLessThanOrEqual(100);
      }
      for (const o of (c as { options?: Array<{ description: string; name: string }> }).options ?? []) {
        expect(o.description.length).toBeLessThanOrEqual(100);
        expect(o.name).toMatch(/^[-_a-z0-9]{1,32}$/);
      }
    }
    const ask = commandBodies().find((c) => c.name === 'ask') as { options: Array<{ name: string; max_length?: number; autocomplete?: boolean }> };
    expect(ask.options.find((o) => o.name === 'question')).toMatchObject({ max_length: 300, autocomplete: true });
  });
});
