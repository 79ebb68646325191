/**
 * `npm run deploy-commands`: registers every command with one bulk PUT, to DISCORD_GUILD_ID when
 * set (instant, for development) or globally. `--dry-run` prints the JSON it would send and needs
 * no token. Run it when the commands change, not on every start (Discord allows 200 creates a day).
 */
import { config } from 'dotenv';
import { REST, Routes, type RESTPutAPIApplicationCommandsJSONBody } from 'discord.js';
import { commands } from '../../commands';
import { ConfigError, readConfig } from './config';

/** The body of the bulk PUT: every command definition. */
export function commandBodies(): RESTPutAPIApplicationCommandsJSONBody {
  return commands.map((c) => c.data);
}

export interface DeployOptions {
  token: string;
  applicationId: string;
  guildId?: string;
  apiUrl?: string;
}

/** One PUT that replaces the application's commands (guild or global). Returns how many and where. */
export async function deployCommands(o: DeployOptions): Promise<{ count: number; scope: string }> {
  const rest = new REST(o.apiUrl ? { api: o.apiUrl } : {}).setToken(o.token);
  const route = o.guildId ? Routes.applicationGuildCommands(o.applicationId, o.guildId) : Routes.applicationCommands(o.applicationId);
  const result = (await rest.put(route, { body: commandBodies() })) as unknown[];
  return { count: Array.isArray(result) ? result.length : commandBodies().length, scope: o.guildId ? `server ${o.guildId}` : 'all servers (global; may take up to an hour to show)' };
}

async function main(argv: string[]): Promise<number> {
  config({ quiet: true });
  if (argv.includes('--dry-run')) {
    process.stdout.write(JSON.stringify(commandBodies(), null, 2) + '\n');
    return 0;
  }
  if (argv.some((a) => a !== '--dry-run')) {
    process.stderr.write('usage: npm run deploy-commands [-- --dry-run]\n');
    return 2;
  }
  const cfg = readConfig(process.env);
  try {
    const { count, scope } = await deployCommands(cfg);
    process.stdout.write(`registered ${count} commands for ${scope}\n`);
    return 0;
  } catch (err) {
    const e = err as Error & { status?: number };
    const line = e.status === 401 ? 'Discord refused the token (401 Unauthorized): check DISCORD_TOKEN' : e.message;
    process.stderr.write(`error: ${line.split(cfg.token).join('[redacted]')}\n`);
    return e.status === 401 ? 2 : 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (err) => {
      process.stderr.write(`error: ${err instanceof ConfigError ? err.message : (err as Error)?.message ?? String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
