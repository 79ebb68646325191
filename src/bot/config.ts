/** The bot's settings from the environment (.env through dotenv), checked once at start. */

export interface BotConfig {
  token: string;
  applicationId: string;
  guildId?: string;
  /** REST base without the version (discord.js `rest.api`), e.g. http://127.0.0.1:8080/api. */
  apiUrl?: string;
  corpusDir?: string;
  logLevel: string;
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
  };
}
