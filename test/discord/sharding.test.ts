/**
 * Sharding, end to end, with the stand-in Discord recommending 2 shards:
 * - in-process: startBot with the client's own `shards` / `shardCount` options (what SHARD_IDS and
 *   SHARD_COUNT give `npm start`): each shard identifies with its id, and an interaction sent on
 *   either shard's connection is answered;
 * - `npm start` with SHARD_IDS=0,1 SHARD_COUNT=2, as a process;
 * - `npm run start:sharded` with SHARD_COUNT=2: discord.js's ShardingManager spawns one process per
 *   shard, each identifies with its id and answers; SIGTERM stops them all.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../src/bot/config';
import { clientShardOptions, parseShardIds, readShardSettings } from '../../src/bot/sharding';
import { FakeDiscord } from '../support/fakeDiscord';
import { chatInput } from '../support/interactions';
import { startHarness, CORPUS_DIR, PROJECT_ROOT, TEST_TOKEN, type Harness } from '../support/botHarness';
import { cleanEnv, spawnBot, type BotProcess } from '../support/spawnBot';
import { until } from '../support/wait';

jest.setTimeout(120000);

const TRADE_Q = 'ما حجم التجارة السنوية بين روسيا وأذربيجان؟';

/** The `shard` field of every IDENTIFY the stand-in received, in order. */
function identifiedShards(fake: FakeDiscord): Array<[number, number]> {
  return fake.gatewayLog.filter((e) => e.direction === 'in' && e.payload?.op === 2).map((e) => e.payload.d.shard);
}

/** Sends /ask on one shard's connection and checks the answer. */
async function askOnShard(fake: FakeDiscord, shard: number): Promise<void> {
  expect(fake.openSessions(shard)).toHaveLength(1);
  const ix = fake.interact(chatInput(fake, 'ask', { question: TRADE_Q }), { shard });
  const res = await fake.waitForResponse(ix, 30000);
  expect(res.message.content).toContain('4 مليارات دولار');
  // The dispatch went out on that shard's session only.
  const sessions = fake.gatewayLog.filter((e) => e.direction === 'out' && e.payload?.t === 'INTERACTION_CREATE' && e.payload.d.id === ix.id).map((e) => e.session);
  expect(sessions).toEqual([fake.openSessions(shard)[0]!.id]);
}

describe('shard settings (SHARD_COUNT, SHARD_IDS)', () => {
  test('ids and ranges', () => {
    expect(parseShardIds('0,1')).toEqual([0, 1]);
    expect(parseShardIds('0-3')).toEqual([0, 1, 2, 3]);
    expect(parseShardIds(' 4, 0-2 ,2 ')).toEqual([0, 1, 2, 4]);
    for (const bad of ['a', '1-', '3-1', ',', '-1']) expect(() => parseShardIds(bad)).toThrow(ConfigError);
  });

  test('what npm start passes to the client', () => {
    expect(clientShardOptions({})).toEqual({});
    expect(clientShardOptions({ SHARD_COUNT: '2' })).toEqual({ shards: [0, 1], shardCount: 2 });
    expect(clientShardOptions({ SHARD_COUNT: '4', SHARD_IDS: '2-3' })).toEqual({ shards: [2, 3], shardCount: 4 });
    expect(clientShardOptions({ SHARD_COUNT: 'auto' })).toEqual({ shards: 'auto' });
    // A process the ShardingManager spawned: discord.js reads SHARDS / SHARD_COUNT itself.
    expect(clientShardOptions({ SHARDING_MANAGER: 'true', SHARDS: '1', SHARD_COUNT: '2', SHARD_IDS: '0-1' })).toEqual({});
  });

  test('wrong settings are named', () => {
    expect(() => readShardSettings({ SHARD_IDS: '0,1' })).toThrow(/needs SHARD_COUNT/);
    expect(() => readShardSettings({ SHARD_COUNT: '2', SHARD_IDS: '0-2' })).toThrow(/shard 2.*SHARD_COUNT is 2/);
    expect(() => readShardSettings({ SHARD_COUNT: 'auto', SHARD_IDS: '0' })).toThrow(/numeric SHARD_COUNT/);
    expect(() => readShardSettings({ SHARD_COUNT: '0' })).toThrow(/whole number/);
    expect(() => readShardSettings({ SHARD_COUNT: 'two' })).toThrow(/whole number/);
  });
});

describe('in-process: the client\'s shards / shardCount options', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  test('shards [0, 1] of 2: each identifies with its id, and either shard\'s interactions are answered', async () => {
    h = await startHarness({ shards: [0, 1], shardCount: 2 }, { shards: 2, maxConcurrency: 2 });
    expect(identifiedShards(h.fake).sort()).toEqual([[0, 2], [1, 2]]);
    expect(h.fake.openSessions()).toHaveLength(2);
    expect([...h.bot.client.ws.shards.keys()].sort()).toEqual([0, 1]);
    await askOnShard(h.fake, 1);
    await askOnShard(h.fake, 0);
  });

  test("shards 'auto' (npm start with SHARD_COUNT=auto) takes the count from GET /gateway/bot on DISCORD_API_URL", async () => {
    h = await startHarness({ shards: 'auto' }, { shards: 2, maxConcurrency: 2 });
    expect(identifiedShards(h.fake).sort()).toEqual([[0, 2], [1, 2]]);
    await askOnShard(h.fake, 1);
  });

  test('one host running shard 1 of 2 identifies as [1, 2] only, and answers on it', async () => {
    h = await startHarness({ shards: [1], shardCount: 2 }, { shards: 2 });
    expect(identifiedShards(h.fake)).toEqual([[1, 2]]);
    expect(h.fake.openSessions(0)).toHaveLength(0);
    await askOnShard(h.fake, 1);
  });
});

describe('as processes', () => {
  let fake: FakeDiscord | undefined;
  let bot: BotProcess | undefined;
  let launcher: { child: ChildProcess; out: () => string; err: () => string; exited: Promise<number | string> } | undefined;
  let emptyDir: string;

  beforeAll(() => {
    // No .env here: a developer's own settings cannot leak in.
    emptyDir = mkdtempSync(join(tmpdir(), 'quote-bot-shards-'));
  });
  afterEach(async () => {
    for (const p of [bot?.child, launcher?.child]) {
      try {
        if (p?.pid) process.kill(-p.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    if (bot) await bot.exited;
    if (launcher) await launcher.exited;
    bot = undefined;
    launcher = undefined;
    await fake?.close();
    fake = undefined;
  });
  afterAll(() => rmSync(emptyDir, { recursive: true, force: true }));

  const botEnv = (f: FakeDiscord, extra: Record<string, string>) => ({
    DISCORD_TOKEN: TEST_TOKEN, DISCORD_APPLICATION_ID: f.applicationId, DISCORD_API_URL: f.apiUrl, CORPUS_DIR, ...extra,
  });

  test('npm start with SHARD_IDS=0,1 SHARD_COUNT=2: one process, both shards', async () => {
    fake = await FakeDiscord.start({ shards: 2, maxConcurrency: 2 });
    bot = spawnBot({ cwd: emptyDir, env: botEnv(fake, { SHARD_IDS: '0,1', SHARD_COUNT: '2' }) });
    const running = bot;
    await until(() => fake!.openSessions().length === 2 || running.child.exitCode !== null, 90000, 'both shards to identify');
    expect(running.child.exitCode).toBeNull();
    expect(identifiedShards(fake).sort()).toEqual([[0, 2], [1, 2]]);
    await askOnShard(fake, 0);
    await askOnShard(fake, 1);
    running.kill('SIGTERM');
    expect(await running.exited).toBe(0);
  });

  test('npm start with SHARD_COUNT and SHARD_IDS empty (as .env.example has them): one shard, as before', async () => {
    fake = await FakeDiscord.start();
    bot = spawnBot({ cwd: emptyDir, env: botEnv(fake, { SHARD_IDS: '', SHARD_COUNT: '' }) });
    const running = bot;
    await until(() => fake!.openSessions().length === 1 || running.child.exitCode !== null, 90000, 'the bot to identify');
    expect(running.child.exitCode).toBeNull();
    expect(identifiedShards(fake)).toEqual([[0, 1]]);
    running.kill('SIGTERM');
    expect(await running.exited).toBe(0);
  });

  test('npm start with a shard id beyond SHARD_COUNT: one clear line, exit 2', async () => {
    bot = spawnBot({ cwd: emptyDir, env: { DISCORD_TOKEN: TEST_TOKEN, DISCORD_APPLICATION_ID: '123456789012345678', SHARD_IDS: '0-2', SHARD_COUNT: '2' } });
    expect(await bot.exited).toBe(2);
    expect(bot.stderr().trim()).toMatch(/^error: SHARD_IDS names shard 2, but SHARD_COUNT is 2/);
  });

  function startSharded(env: Record<string, string>) {
    // Its own process group, so cleanup can end npm, sh, the manager and every shard together.
    const child = spawn('npm', ['run', 'start:sharded', '--silent'], { cwd: PROJECT_ROOT, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    let err = '';
    child.stdout!.on('data', (d) => { out += String(d); });
    child.stderr!.on('data', (d) => { err += String(d); });
    const exited = new Promise<number | string>((resolve) => child.on('close', (code, signal) => resolve(code ?? signal ?? -1)));
    return { child, out: () => out, err: () => err, exited };
  }

  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };

  test('npm run start:sharded with SHARD_COUNT=2: two shard processes, each identifies and answers; SIGTERM stops them all', async () => {
    fake = await FakeDiscord.start({ shards: 2 });
    launcher = startSharded(botEnv(fake, { SHARD_COUNT: '2', SHARD_SPAWN_DELAY_MS: '0' }));
    const running = launcher;
    await until(() => fake!.openSessions().length === 2 || running.child.exitCode !== null, 100000, 'both shard processes to identify');
    expect(running.child.exitCode).toBeNull();
    expect(identifiedShards(fake).sort()).toEqual([[0, 2], [1, 2]]);
    // With an explicit count, the manager asked nobody for one: the only GET /gateway/bot are the shards' own.
    expect(fake.requests.filter((r) => r.route === '/gateway/bot')).toHaveLength(2);

    await until(() => /"msg":"every shard ready"/.test(running.out()), 30000, 'the manager to report every shard ready');
    const pids = [...running.out().matchAll(/"shard":(\d),"pid":(\d+),"msg":"shard process started"/g)].map((m) => ({ shard: Number(m[1]), pid: Number(m[2]) }));
    expect(pids.map((p) => p.shard).sort()).toEqual([0, 1]);
    expect(new Set(pids.map((p) => p.pid)).size).toBe(2);
    for (const { pid } of pids) expect(alive(pid)).toBe(true);

    await askOnShard(fake, 0);
    await askOnShard(fake, 1);

    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
    await until(() => pids.every(({ pid }) => !alive(pid)), 20000, 'the shard processes to exit');
    await until(() => fake!.sessions.every((s) => s.closed !== undefined), 20000, 'every gateway session to close');
    const output = running.out() + running.err();
    expect(output).toContain('"msg":"every shard stopped"');
    expect(output).not.toContain(TEST_TOKEN);
  });

  test('npm run start:sharded with SHARD_IDS=1 SHARD_COUNT=2 (this host runs shard 1 of 2): one process, identifies as [1, 2]', async () => {
    fake = await FakeDiscord.start({ shards: 2 });
    launcher = startSharded(botEnv(fake, { SHARD_COUNT: '2', SHARD_IDS: '1', SHARD_SPAWN_DELAY_MS: '0' }));
    const running = launcher;
    await until(() => /"msg":"every shard ready"/.test(running.out()) || running.child.exitCode !== null, 100000, 'shard 1 to be ready');
    expect(identifiedShards(fake)).toEqual([[1, 2]]);
    expect([...running.out().matchAll(/"msg":"shard process started"/g)]).toHaveLength(1);
    await askOnShard(fake, 1);
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
  });

  test('npm run start:sharded when a shard cannot start (broken corpus): the shard\'s error line, no respawn loop, exit 2', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'quote-bot-broken-'));
    writeFileSync(join(broken, 'x.md'), '---\nid: x\n---\n\nbody\n');
    try {
      fake = await FakeDiscord.start({ shards: 2 });
      launcher = startSharded(botEnv(fake, { SHARD_COUNT: '2', SHARD_SPAWN_DELAY_MS: '0', CORPUS_DIR: broken }));
      expect(await launcher.exited).toBe(2);
      expect(launcher.err()).toMatch(/^error: .*x\.md.*title/m);
      expect(launcher.err()).toMatch(/^error: the shards could not start/m);
      expect([...launcher.out().matchAll(/"msg":"shard process started"/g)]).toHaveLength(1);
      expect(fake.sessions).toHaveLength(0);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });

  test('npm run start:sharded without SHARD_COUNT: one clear line, exit 2', async () => {
    launcher = startSharded({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_APPLICATION_ID: '123456789012345678' });
    expect(await launcher.exited).toBe(2);
    expect(launcher.err().trim()).toMatch(/^error: SHARD_COUNT is not set/);
  });
});
