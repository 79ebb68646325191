/**
 * Shard settings from the environment: SHARD_COUNT (the total number of shards over every process
 * and host, or `auto`) and SHARD_IDS (which of them this process, or this host's
 * `npm run start:sharded`, runs: `0,1`, `0-3`, `0-3,8`).
 *
 * Two ways to shard, both discord.js's own:
 * - `npm start` with SHARD_IDS + SHARD_COUNT: the client's `shards` / `shardCount` options, several
 *   shards in one process (a host running a range of shards);
 * - `npm run start:sharded` (src/bot/sharded.ts): discord.js's ShardingManager, one process per
 *   shard; it hands each process its shard through the SHARDS and SHARD_COUNT variables, which
 *   discord.js's Client reads itself (so a process it spawned ignores SHARD_IDS).
 */
import { ConfigError } from './config';

export interface ShardSettings {
  /** Total shards over every process and host; 'auto' = Discord's recommendation (GET /gateway/bot). */
  count: number | 'auto';
  /** The shards to run here; undefined = all of them. */
  ids?: number[];
}

/** The most shards we accept (Discord's largest bots run a few thousand). */
const MAX_SHARDS = 16384;

const nonEmpty = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);

/** SHARD_COUNT: a whole number from 1, or `auto`. */
export function parseShardCount(value: string): number | 'auto' {
  const v = value.trim().toLowerCase();
  if (v === 'auto') return 'auto';
  if (!/^[1-9]\d*$/.test(v) || Number(v) > MAX_SHARDS) {
    throw new ConfigError(`SHARD_COUNT must be a whole number of shards from 1 (or "auto"), not "${value.slice(0, 20)}"`);
  }
  return Number(v);
}

/** SHARD_IDS: ids and ranges separated by commas (`0,1`, `0-3`, `0-3,8`), sorted, without repeats. */
export function parseShardIds(value: string): number[] {
  const ids = new Set<number>();
  for (const part of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(part);
    if (!m) throw new ConfigError(`SHARD_IDS must be shard ids and ranges separated by commas, such as 0,1 or 0-3 (not "${part.slice(0, 20)}")`);
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (to < from) throw new ConfigError(`SHARD_IDS: the range ${part} runs backwards`);
    if (to >= MAX_SHARDS) throw new ConfigError(`SHARD_IDS: shard ${to} is too large`);
    for (let id = from; id <= to; id++) ids.add(id);
  }
  if (ids.size === 0) throw new ConfigError('SHARD_IDS is set but names no shard (e.g. 0,1 or 0-3)');
  return [...ids].sort((a, b) => a - b);
}

/**
 * The shard settings, or undefined when neither SHARD_COUNT nor SHARD_IDS is set (one shard).
 * SHARD_IDS needs a numeric SHARD_COUNT (the total over all hosts), and every id must be below it.
 */
export function readShardSettings(env: NodeJS.ProcessEnv): ShardSettings | undefined {
  const countText = nonEmpty(env.SHARD_COUNT);
  const idsText = nonEmpty(env.SHARD_IDS);
  if (!countText && !idsText) return undefined;
  if (!countText) throw new ConfigError('SHARD_IDS needs SHARD_COUNT: the total number of shards over every host');
  const count = parseShardCount(countText);
  if (!idsText) return { count };
  if (count === 'auto') throw new ConfigError('SHARD_IDS needs a numeric SHARD_COUNT (the total over every host), not "auto": each host must agree on it');
  const ids = parseShardIds(idsText);
  const over = ids.filter((id) => id >= count);
  if (over.length) throw new ConfigError(`SHARD_IDS names shard ${over[0]}, but SHARD_COUNT is ${count}: shard ids run from 0 to ${count - 1}`);
  return { count, ids };
}

/** True in a process that discord.js's ShardingManager spawned (it sets SHARDING_MANAGER). */
export function spawnedByShardingManager(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.SHARDING_MANAGER) && env.SHARDS !== undefined;
}

/**
 * The client options for `npm start`: `shards` and `shardCount` (startBot passes them to the
 * discord.js Client). Nothing in a process the ShardingManager spawned: discord.js reads SHARDS and
 * SHARD_COUNT there itself.
 */
export function clientShardOptions(env: NodeJS.ProcessEnv): { shards?: number[] | 'auto'; shardCount?: number } {
  if (spawnedByShardingManager(env)) return {};
  const settings = readShardSettings(env);
  if (!settings) return {};
  if (settings.count === 'auto') return { shards: 'auto' };
  return { shards: settings.ids ?? Array.from({ length: settings.count }, (_, i) => i), shardCount: settings.count };
}
