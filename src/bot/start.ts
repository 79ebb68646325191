/**
 * Starting and stopping the bot, as a function: `npm start` (src/bot/main.ts) calls it, and the
 * tests call it in-process against a stand-in Discord. The corpus is loaded and indexed once here.
 */
import { Client, DefaultRestOptions, Events, Options, GatewayCloseCodes, GatewayIntentBits, WebSocketShardEvents, type Interaction } from 'discord.js';
import type { Logger } from 'pino';
import { buttons as defaultButtons, commands as defaultCommands } from '../../commands';
import { loadEngine } from '../search/loadEngine';
import { defaultCorpusDir } from '../paths';
import { verdictCheck } from '../claims/claimCheck';
import { AnswerEngine } from '../search/engine';
import { createLogger, scrubInteractionTokens } from './logger';
import { RateLimiter, type RateLimitOptions } from './rateLimit';
import { Router } from './router';
import type { BotContext, ButtonHandler, CheckClaim, Command } from './types';

export interface StartOptions {
  token: string;
  /** Checked against the READY payload when given. */
  applicationId?: string;
  /** REST base without the version (discord.js `rest.api`); default Discord's. */
  apiUrl?: string;
  corpusDir?: string;
  /** An engine already built (tests); else built from corpusDir. */
  engine?: AnswerEngine;
  logger?: Logger;
  /** The claim checker for /check and Fact-check; default verdictCheck (src/claims). */
  checkClaim?: CheckClaim;
  commands?: Command[];
  buttons?: ButtonHandler[];
  /** How long to wait for READY (default 60 s). */
  readyTimeoutMs?: number;
  /**
   * Which shards this process runs (discord.js `shards`: ids, or 'auto' for Discord's recommended
   * count) out of `shardCount` in all (SHARD_IDS / SHARD_COUNT, src/bot/sharding.ts). Default: what
   * discord.js decides (one shard, or the shard a ShardingManager handed this process).
   */
  shards?: number[] | 'auto';
  shardCount?: number;
  /**
   * The per-user limit on commands and buttons (src/bot/rateLimit.ts). None when absent: `npm
   * start` always passes one (RATE_LIMIT_COUNT / RATE_LIMIT_WINDOW_SECONDS, default 5 in 10 s).
   */
  rateLimit?: Pick<RateLimitOptions, 'count' | 'windowMs'>;
  /** On stop(), how long replies in flight may take to finish (default 8 s). */
  drainTimeoutMs?: number;
}

export interface BotHandle {
  client: Client;
  router: Router;
  engine: AnswerEngine;
  logger: Logger;
  /** Disconnects from Discord. Safe to call twice. */
  stop(): Promise<void>;
}

/** Discord refused the token (REST 401, or gateway close 4004): exit 2. */
export class LoginRefusedError extends Error {
  override name = 'LoginRefusedError';
}

/** The bot could not start for another reason (Discord unreachable, gateway closed, no READY). */
export class StartupError extends Error {
  override name = 'StartupError';
}

/** Gateway close codes that mean "do not reconnect": the bot cannot start. */
const FATAL_CLOSE: Record<number, string> = {
  4004: 'authentication failed',
  4010: 'invalid shard',
  4011: 'sharding required',
  4012: 'invalid API version',
  4013: 'invalid intents',
  4014: 'disallowed intents',
};

export async function startBot(options: StartOptions): Promise<BotHandle> {
  const logger = options.logger ?? createLogger({ secrets: [options.token] });
  const started = Date.now();
  const engine = options.engine ?? loadEngine(options.corpusDir ?? defaultCorpusDir());
  logger.info({ articles: engine.articles.length, sentences: engine.index.sentences.length, ms: Date.now() - started }, 'corpus indexed');

  const ctx: BotContext = { engine, logger, checkClaim: options.checkClaim ?? verdictCheck };
  const rateLimiter = options.rateLimit ? new RateLimiter(options.rateLimit) : undefined;
  const router = new Router(ctx, options.commands ?? defaultCommands, options.buttons ?? defaultButtons, { rateLimiter });

  // discord.js waits out a 429 and sends again by itself; this only logs it, once per 429.
  const makeRequest: typeof DefaultRestOptions.makeRequest = async (url, init) => {
    const res = await DefaultRestOptions.makeRequest(url, init);
    if (res.status === 429) {
      const retryAfter = Number(res.headers.get('retry-after'));
      logger.warn({
        fault: 'rate-limited', method: init.method ?? 'GET', path: scrubInteractionTokens(new URL(url).pathname),
        retryAfterSeconds: Number.isFinite(retryAfter) ? retryAfter : null, global: res.headers.has('x-ratelimit-global'),
        scope: res.headers.get('x-ratelimit-scope') ?? 'user',
      }, 'Discord rate limited a request (429): discord.js waits retry_after, then sends it again');
    }
    return res;
  };
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    // Memory stays flat however many people ask: discord.js keeps one REST handler per
    // interaction token (swept when idle, every minute instead of every hour) and every user it
    // has seen (capped; the bot's own user is kept).
    rest: { ...(options.apiUrl ? { api: options.apiUrl } : {}), makeRequest, handlerSweepInterval: 60_000 },
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      UserManager: { maxSize: 1000, keepOverLimit: (user) => user.id === user.client.user?.id },
    }),
    allowedMentions: { parse: [] },
    ...(options.shards !== undefined ? { shards: options.shards } : {}),
    ...(options.shardCount !== undefined ? { shardCount: options.shardCount } : {}),
  });
  const onInteraction = (interaction: Interaction) => void router.handle(interaction);
  client.on(Events.InteractionCreate, onInteraction);
  client.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));
  let stopped = false;
  // A gateway drop is logged once, with its cause: the close code (from the shard's close event)
  // or an invalid session (op 9, seen in discord.js's debug line), when discord.js reconnects.
  const lastClose = new Map<number, number>();
  const invalidSession = new Map<number, string>();
  client.on(Events.Debug, (message) => {
    const m = /Shard (\d+)\][^\n]*Invalid session; will attempt to resume: (true|false)/.exec(message);
    if (m) invalidSession.set(Number(m[1]), m[2] === 'true' ? 'resumable' : 'not resumable');
  });
  client.on(Events.ShardReconnecting, (shard) => {
    if (stopped) return; // our own disconnect at shutdown is not a fault
    const code = lastClose.get(shard);
    const invalid = invalidSession.get(shard);
    lastClose.delete(shard);
    invalidSession.delete(shard);
    const cause = invalid ? `invalid session (op 9, ${invalid})` : code === undefined ? 'connection closed' : `closed with ${code} ${closeName(code)}`;
    logger.warn({ shard, fault: 'gateway', code: code ?? null, cause }, 'gateway connection lost: reconnecting (resume or identify)');
  });
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'gateway resumed'));
  client.on(Events.ShardReady, (shard) => logger.info({ shard }, 'gateway session ready'));
  if (logger.isLevelEnabled('debug')) {
    // discord.js's debug lines include a part of the token ("Provided token: …"): never log those.
    client.on(Events.Debug, (message) => {
      if (!/token/i.test(message)) logger.debug({ message }, 'discord.js');
    });
  }

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    client.off(Events.InteractionCreate, onInteraction);
    // Replies already under way finish first (bounded): the user gets their answer.
    const pending = router.pending;
    if (pending > 0) {
      logger.info({ pending }, 'waiting for replies in flight');
      if (!(await router.idle(options.drainTimeoutMs ?? 8000))) logger.warn({ pending: router.pending }, 'replies still in flight at shutdown');
    }
    await client.destroy();
    logger.info('disconnected');
  };

  let timer: NodeJS.Timeout | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    client.once(Events.ClientReady, (c) => {
      for (const shard of c.ws.shards.values()) shard.on(WebSocketShardEvents.Close, (event: { code: number }) => lastClose.set(shard.id, event.code));
      if (options.applicationId && c.application.id !== options.applicationId) {
        logger.warn({ expected: options.applicationId, got: c.application.id }, 'DISCORD_APPLICATION_ID differs from the token\'s application');
      }
      resolve();
    });
    client.on(Events.ShardDisconnect, (event, shard) => {
      const fatal = FATAL_CLOSE[event.code];
      logger.warn({ shard, code: event.code }, 'gateway disconnected');
      if (event.code === 4004) reject(new LoginRefusedError('Discord refused the token (gateway: authentication failed): check DISCORD_TOKEN'));
      else if (fatal) reject(new StartupError(`Discord closed the gateway: ${event.code} ${fatal}`));
    });
    timer = setTimeout(() => reject(new StartupError(`Discord did not become ready within ${Math.round((options.readyTimeoutMs ?? 60000) / 1000)} s`)), options.readyTimeoutMs ?? 60000);
  });

  try {
    await Promise.race([
      client.login(options.token).catch((err: Error & { code?: string; status?: number }) => {
        if (err.code === 'TokenInvalid' || err.status === 401) {
          throw new LoginRefusedError('Discord refused the token (401 Unauthorized): check DISCORD_TOKEN');
        }
        throw new StartupError(`could not connect to Discord: ${err.message}`);
      }),
      ready,
    ]);
    await ready;
  } catch (err) {
    await stop().catch(() => undefined);
    throw err;
  } finally {
    clearTimeout(timer);
  }
  logger.info({ user: client.user?.tag, application: client.application?.id, ms: Date.now() - started }, 'ready');
  return { client, router, engine, logger, stop };
}

/** A readable name for a gateway close code. */
function closeName(code: number): string {
  if (code === 1006) return '(abnormal closure: the connection dropped without a close frame)';
  if (code === 1000) return '(normal closure)';
  const name = (GatewayCloseCodes as unknown as Record<number, string>)[code];
  return name ? `(${name})` : '';
}
