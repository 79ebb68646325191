/**
 * Starting and stopping the bot, as a function: `npm start` (src/bot/main.ts) calls it, and the
 * tests call it in-process against a stand-in Discord. The corpus is loaded and indexed once here.
 */
import { Client, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import type { Logger } from 'pino';
import { buttons as defaultButtons, commands as defaultCommands } from '../../commands';
import { loadEngine } from '../search/loadEngine';
import { defaultCorpusDir } from '../paths';
import { findEvidence } from '../search/browse';
import { AnswerEngine } from '../search/engine';
import { createLogger } from './logger';
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
  /** The Fact-check checker; default findEvidence (no verdict). */
  checkClaim?: CheckClaim;
  commands?: Command[];
  buttons?: ButtonHandler[];
  /** How long to wait for READY (default 60 s). */
  readyTimeoutMs?: number;
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

  const ctx: BotContext = { engine, logger, checkClaim: options.checkClaim ?? ((e, claim) => findEvidence(e, claim)) };
  const router = new Router(ctx, options.commands ?? defaultCommands, options.buttons ?? defaultButtons);

  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    ...(options.apiUrl ? { rest: { api: options.apiUrl } } : {}),
    allowedMentions: { parse: [] },
  });
  const onInteraction = (interaction: Interaction) => void router.handle(interaction);
  client.on(Events.InteractionCreate, onInteraction);
  client.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));
  client.on(Events.ShardReconnecting, (shard) => logger.warn({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'gateway resumed'));
  if (logger.isLevelEnabled('debug')) {
    // discord.js's debug lines include a part of the token ("Provided token: …"): never log those.
    client.on(Events.Debug, (message) => {
      if (!/token/i.test(message)) logger.debug({ message }, 'discord.js');
    });
  }

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    client.off(Events.InteractionCreate, onInteraction);
    await client.destroy();
    logger.info('disconnected');
  };

  let timer: NodeJS.Timeout | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    client.once(Events.ClientReady, (c) => {
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
