/** The bot's settings from the environment (.env through dotenv), checked once at start. */

export interface BotConfig {
  token: string;
  applicationId: string;
  guildId?: string;
  /** REST base without the version (discord.js `rest.api`), e.g. http://127.0.0.1:8080/api. */
  apiUrl?: string;
  corpusDir?: string;
  logLevel: string;
  /** Per-user limit on commands and buttons: `count` uses in `windowMs` (RATE_LIMIT_*; default 5 in 10 s). */
  rateLimit: { count: number; windowMs: number };
}

/** A setting is missing or wrong: one line for the user, exit status 2. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const nonEmpty = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);

export function readConfig(env: NodeJS.ProcessEnv, need: { token: boolean } = { token: true }): BotConfig {
  const token = nonEmpty(env.DISCORD_TOKEN);
  const applicationId = nonEmpty(env.DISCORD_APPLICATION_ID);
  const missing = [need.token && !token && 'DISCORD_TOKEN', !applicationId && 'DISCORD_APPLICATION_ID'].filter(Boolean);
  if (missing.length) {
    throw new ConfigError(`${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set: copy .env.example to .env and fill it in (see README, "Discord bot")`);
  }
  if (token) checkTokenShape(token);
  if (!/^\d{5,25}$/.test(applicationId!)) throw new ConfigError('DISCORD_APPLICATION_ID must be the numeric application id (General Information → Application ID)');
  const guildId = nonEmpty(env.DISCORD_GUILD_ID);
  if (guildId && !/^\d{5,25}$/.test(guildId)) throw new ConfigError('DISCORD_GUILD_ID must be a numeric server id (or empty)');
  const apiUrl = nonEmpty(env.DISCORD_API_URL)?.replace(/\/+$/, '');
  if (apiUrl && !/^https?:\/\/[^\s]+$/.test(apiUrl)) throw new ConfigError('DISCORD_API_URL must be an http(s) URL such as http://127.0.0.1:8080/api');
  return {
    token: token ?? '',
    applicationId: applicationId!,
    ...(guildId ? { guildId } : {}),
    ...(apiUrl ? { apiUrl } : {}),
    ...(nonEmpty(env.CORPUS_DIR) ? { corpusDir: nonEmpty(env.CORPUS_DIR) } : {}),
    logLevel: nonEmpty(env.LOG_LEVEL)?.toLowerCase() ?? 'info',
    rateLimit: readRateLimit(env),
  };
}

/**
 * Catches a token that cannot be a bot token before connecting: a "Bot " prefix, spaces or quotes
 * inside, or not three dot-separated base64url parts. Never repeats the token in the message.
 */
export function checkTokenShape(token: string): void {
  const fix = 'copy it again from the developer portal (Bot → Reset Token)';
  if (/^bot\s/i.test(token)) throw new ConfigError(`DISCORD_TOKEN must be the token alone, without the "Bot " prefix: ${fix}`);
  if (/\s/.test(token)) throw new ConfigError(`DISCORD_TOKEN is malformed: it contains spaces or line breaks; ${fix}`);
  if (/["'`]/.test(token)) throw new ConfigError(`DISCORD_TOKEN is malformed: it contains quotes; ${fix}`);
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]+$/.test(p))) {
    throw new ConfigError(`DISCORD_TOKEN is malformed: a bot token is three dot-separated parts of letters, digits, - and _ (this one has ${parts.length} part${parts.length === 1 ? '' : 's'}); ${fix}`);
  }
}

function readRateLimit(env: NodeJS.ProcessEnv): { count: number; windowMs: number } {
  const count = nonEmpty(env.RATE_LIMIT_COUNT);
  const window = nonEmpty(env.RATE_LIMIT_WINDOW_SECONDS);
  if (count !== undefined && !/^[1-9]\d{0,5}$/.test(count)) throw new ConfigError('RATE_LIMIT_COUNT must be a whole number from 1 (or empty for the default, 5)');
  if (window !== undefined && !(/^\d+(\.\d+)?$/.test(window) && Number(window) > 0 && Number(window) <= 86400)) {
    throw new ConfigError('RATE_LIMIT_WINDOW_SECONDS must be a number of seconds above 0, at most 86400 (or empty for the default, 10)');
  }
  return { count: count ? Number(count) : 5, windowMs: Math.round((window ? Number(window) : 10) * 1000) };
}
