/**
 * `npm run start:sharded`: the bot through discord.js's ShardingManager, one process per shard,
 * each running src/bot/main.ts (TypeScript run directly through tsx, never a stale build).
 *
 * SHARD_COUNT (required) is the total number of shards; SHARD_IDS (optional) the shards this host
 * runs, for a bot spread over several hosts. `SHARD_COUNT=auto` is accepted, with a warning: the
 * ShardingManager then asks https://discord.com/api/gateway/bot for the count itself, ignoring
 * DISCORD_API_URL, so a REST proxy or a stand-in Discord needs an explicit number. With a number
 * the manager makes no request at all; each shard process connects on its own, with the same
 * environment (DISCORD_API_URL, CORPUS_DIR, LOG_LEVEL, …) plus the SHARDS / SHARD_COUNT the
 * manager sets for it.
 *
 * Exit 2 with one `error:` line when a setting is wrong or a shard process exits with 2 (its own
 * `error:` line says why); exit 1 when the shards cannot start otherwise; exit 0 on SIGINT/SIGTERM
 * once every shard process has disconnected.
 */
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { config } from 'dotenv';
import { ShardingManager, type Shard } from 'discord.js';
import { ConfigError, readConfig } from './config';
import { createLogger } from './logger';
import { parseShardCount, readShardSettings, type ShardSettings } from './sharding';

config({ quiet: true });

/** The script each shard process runs, and the loader that runs TypeScript directly. */
export const SHARD_SCRIPT = join(__dirname, 'main.ts');
const TSX_LOADER = pathToFileURL(require.resolve('tsx')).href;
/** Discord allows one IDENTIFY per 5 s per rate-limit bucket: the manager waits this long between shards. */
const DEFAULT_SPAWN_DELAY_MS = 5500;
/** How long one shard may take from spawn to ready (loading the corpus included). */
const READY_TIMEOUT_MS = 60000;
/** On shutdown, how long the shard processes get to disconnect before they are killed. */
const STOP_TIMEOUT_MS = 15000;

function fail(message: string, code: number): never {
  process.stderr.write(`error: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(code);
}

interface LauncherSettings {
  token: string;
  shards: ShardSettings;
  spawnDelayMs: number;
  logLevel: string;
  apiUrl?: string;
}

function readLauncherSettings(env: NodeJS.ProcessEnv): LauncherSettings {
  const cfg = readConfig(env);
  if (!env.SHARD_COUNT?.trim()) {
    throw new ConfigError('SHARD_COUNT is not set: npm run start:sharded needs the total number of shards (a number; "auto" asks discord.com)');
  }
  parseShardCount(env.SHARD_COUNT);
  const shards = readShardSettings(env)!;
  const delay = env.SHARD_SPAWN_DELAY_MS?.trim();
  if (delay && !/^\d{1,6}$/.test(delay)) throw new ConfigError('SHARD_SPAWN_DELAY_MS must be a number of milliseconds (default 5500)');
  return { token: cfg.token, shards, spawnDelayMs: delay ? Number(delay) : DEFAULT_SPAWN_DELAY_MS, logLevel: cfg.logLevel, ...(cfg.apiUrl ? { apiUrl: cfg.apiUrl } : {}) };
}

async function main(): Promise<void> {
  let settings: LauncherSettings;
  try {
    settings = readLauncherSettings(process.env);
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message, 2);
    throw err;
  }
  const logger = createLogger({ level: settings.logLevel, secrets: [settings.token] }).child({ sharding: 'manager' });
  const { count, ids } = settings.shards;
  if (count === 'auto') {
    logger.warn(
      { apiUrl: settings.apiUrl ?? null },
      'SHARD_COUNT=auto: discord.js asks https://discord.com/api/gateway/bot for the shard count directly (DISCORD_API_URL is not used for that); set a number for a REST proxy or a stand-in Discord',
    );
  }

  const manager = new ShardingManager(SHARD_SCRIPT, {
    token: settings.token,
    totalShards: count,
    ...(ids ? { shardList: ids } : {}),
    mode: 'process',
    // Not while starting (a shard that cannot start fails the start); once every shard is ready, a
    // shard process that dies is started again.
    respawn: false,
    // Each shard process runs the TypeScript sources directly, as `npm start` does (`--import tsx`,
    // resolved here so that it does not depend on the folder the launcher was started from).
    execArgv: ['--import', TSX_LOADER],
  });

  let stopping = false;
  const exitCodes: Array<number | null> = [];
  manager.on('shardCreate', (shard: Shard) => {
    // Process mode: the shard's child is a ChildProcess (pid, exitCode).
    shard.on('spawn', (child) => logger.info({ shard: shard.id, pid: (child as ChildProcess).pid ?? null }, 'shard process started'));
    shard.on('ready', () => logger.info({ shard: shard.id, pid: shard.process?.pid ?? null }, 'shard ready'));
    shard.on('death', (child) => {
      const { pid, exitCode } = child as ChildProcess;
      exitCodes.push(exitCode);
      if (!stopping) logger.warn({ shard: shard.id, pid: pid ?? null, exitCode, respawn: manager.respawn }, 'shard process exited');
    });
    shard.on('error', (err: Error) => logger.error({ shard: shard.id, err }, 'shard error'));
  });

  /** Asks every shard process to disconnect (SIGTERM), waits for them, then kills what is left. */
  const stopAll = async (): Promise<void> => {
    manager.respawn = false;
    const children = [...manager.shards.values()].map((s) => s.process).filter((p): p is NonNullable<typeof p> => Boolean(p));
    const exited = children.map((child) => (child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((resolve) => child.once('exit', () => resolve()))));
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => {
      for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }, STOP_TIMEOUT_MS);
    await Promise.all(exited);
    clearTimeout(timer);
  };
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down every shard');
    void stopAll().then(() => {
      logger.info('every shard stopped');
      process.exit(0);
    });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  logger.info({ totalShards: count, shardList: ids ?? 'all', spawnDelayMs: settings.spawnDelayMs }, 'spawning shards');
  try {
    await manager.spawn({ amount: count, delay: settings.spawnDelayMs, timeout: READY_TIMEOUT_MS });
  } catch (err) {
    if (stopping) return;
    stopping = true;
    await stopAll();
    // A shard that exited with 2 printed why (a setting, the corpus, the token): pass the code on.
    const code = exitCodes.includes(2) ? 2 : 1;
    fail(`the shards could not start: ${(err as Error)?.message ?? String(err)}`, code);
  }
  if (stopping) return;
  manager.respawn = true;
  logger.info({ totalShards: manager.totalShards, shards: [...manager.shards.keys()] }, 'every shard ready');
}

main().catch((err) => fail((err as Error)?.message ?? String(err), 1));
