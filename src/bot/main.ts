/**
 * `npm start`: the Discord bot. Settings from the environment or .env (see .env.example).
 * Exit 2 with one line on stderr when a setting is missing, the corpus is broken or Discord
 * refuses the token; exit 0 on SIGINT/SIGTERM after a clean disconnect.
 */
import { config } from 'dotenv';
import { CorpusError } from '../corpus/types';
import { defaultCorpusDir, userPath } from '../paths';
import { ConfigError, readConfig } from './config';
import { createLogger } from './logger';
import { LoginRefusedError, startBot } from './start';
import { clientShardOptions, spawnedByShardingManager } from './sharding';

config({ quiet: true });

function fail(message: string, code: number, secret?: string): never {
  const line = secret ? message.split(secret).join('[redacted]') : message;
  process.stderr.write(`error: ${line.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  let cfg;
  let shardOptions;
  try {
    cfg = readConfig(process.env);
    // SHARD_IDS / SHARD_COUNT: this process's shards (nothing when a ShardingManager spawned it).
    shardOptions = clientShardOptions(process.env);
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message, 2);
    throw err;
  }
  const logger = createLogger({ level: cfg.logLevel, secrets: [cfg.token] });
  const corpusDir = cfg.corpusDir ? userPath(cfg.corpusDir) : defaultCorpusDir();

  // discord.js's Client also reads SHARD_COUNT from the environment, and takes "auto" or an empty
  // value (.env.example) for 0 shards: it is read above, so only a ShardingManager's remains.
  if (!spawnedByShardingManager(process.env)) delete process.env.SHARD_COUNT;

  let bot;
  try {
    bot = await startBot({ token: cfg.token, applicationId: cfg.applicationId, apiUrl: cfg.apiUrl, corpusDir, logger, rateLimit: cfg.rateLimit, ...shardOptions });
  } catch (err) {
    if (err instanceof LoginRefusedError || err instanceof CorpusError) fail(err.message, 2, cfg.token);
    fail((err as Error)?.message ?? String(err), 1, cfg.token);
  }

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(0), 10000);
    force.unref();
    bot.stop().then(
      () => process.exit(0),
      (err) => {
        logger.error({ err }, 'error while shutting down');
        process.exit(0);
      },
    );
  };
  // `on`, not `once`: Ctrl-C signals the whole process group, so a second SIGINT can arrive
  // (relayed by a wrapper such as tsx) while the first is being handled; it must not kill us.
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  // Spawned by `npm run start:sharded` (an IPC channel to the ShardingManager): stop with it.
  if (process.send) process.on('disconnect', () => shutdown('sharding manager gone'));
  // A stray rejection (a reply to an interaction Discord already expired, say) must not stop the bot.
  process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled rejection'));
}

main().catch((err) => fail((err as Error)?.message ?? String(err), 1, process.env.DISCORD_TOKEN));
