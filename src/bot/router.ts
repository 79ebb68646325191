/**
 * One place that routes every interaction by its kind (slash command, autocomplete, message menu,
 * button) to its handler, and the one place errors end: logged once with their cause, the user
 * told privately when that can still reach them, the process carries on.
 *
 * Discord faults, and what the user gets:
 * - 5xx: discord.js has already retried 3 times. The bot makes one more attempt, the short
 *   private error ("something went wrong, try again"); if Discord still fails, nothing more (it
 *   is down, and retrying in a loop would only pile up). One `error` line either way.
 * - 10062 (the interaction expired, or is unknown) and 40060 (already acknowledged, e.g. by
 *   another instance): nothing can be sent for it any more; one `warn` line, no further attempt.
 * - 429: discord.js waits `retry_after` and sends again by itself (logged in start.ts).
 * - any other error (a bug in a handler): the private error; one `error` line.
 *
 * It also applies the per-user rate limit (commands, message commands and buttons; never
 * autocomplete) and keeps track of the interactions in flight, so shutdown can let them finish.
 */
import { DiscordAPIError, HTTPError, type Interaction, type RepliableInteraction } from 'discord.js';
import { decodeButtonId } from '../reply/customId';
import { renderError, renderGone } from '../reply/discord';
import { errorInfo } from './logger';
import { RateLimiter, renderRateLimited } from './rateLimit';
import { replyOptions, send } from './respond';
import type { BotContext, ButtonHandler, Command } from './types';

export interface RouterOptions {
  /** The per-user limit on commands and buttons (none when absent). */
  rateLimiter?: RateLimiter;
}

/** What went wrong, for the log line and for what the user can still be told. */
export type FaultKind = 'expired' | 'already-acknowledged' | 'discord-unavailable' | 'handler';

/** Sorts an error thrown while handling an interaction. */
export function classifyFault(err: unknown): { kind: FaultKind; cause: string } {
  if (err instanceof DiscordAPIError) {
    if (err.code === 10062) return { kind: 'expired', cause: 'Discord: unknown interaction (10062): it expired before the reply, or was never known' };
    if (err.code === 40060) return { kind: 'already-acknowledged', cause: 'Discord: interaction already acknowledged (40060)' };
    if (err.status >= 500) return { kind: 'discord-unavailable', cause: `Discord answered ${err.status}` };
    return { kind: 'handler', cause: `Discord refused the request: ${err.status} ${err.code} ${err.message}` };
  }
  if (err instanceof HTTPError) {
    return { kind: 'discord-unavailable', cause: `Discord answered ${err.status} ${err.message} (after discord.js's own retries)` };
  }
  const e = err as { name?: string; code?: string } | undefined;
  if (e?.name === 'AbortError' || e?.name === 'TimeoutError' || /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|UND_ERR_\w+)$/.test(String(e?.code ?? ''))) {
    return { kind: 'discord-unavailable', cause: `Discord could not be reached (${e?.code ?? e?.name})` };
  }
  return { kind: 'handler', cause: 'the handler threw' };
}

export class Router {
  private readonly commands = new Map<string, Command>();
  private readonly buttons = new Map<string, ButtonHandler>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly rateLimiter?: RateLimiter;

  constructor(private readonly ctx: BotContext, commands: Command[] = [], buttons: ButtonHandler[] = [], options: RouterOptions = {}) {
    commands.forEach((c) => this.register(c));
    buttons.forEach((b) => this.registerButton(b));
    this.rateLimiter = options.rateLimiter;
  }

  /** How many interactions are being handled right now. */
  get pending(): number {
    return this.inFlight.size;
  }

  /**
   * Resolves once every interaction in flight has been answered (or has failed), or after
   * `timeoutMs`; true when nothing is left in flight.
   */
  async idle(timeoutMs = 8000): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => { timer = setTimeout(resolve, timeoutMs); });
    try {
      // Interactions that arrive meanwhile are waited for too (the next round).
      while (this.inFlight.size > 0) {
        const outcome = await Promise.race([Promise.all([...this.inFlight]).then(() => 'done' as const), timeout.then(() => 'timeout' as const)]);
        if (outcome === 'timeout') break;
      }
      return this.inFlight.size === 0;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Adds (or replaces) a command. Tests use it to add a command that throws. */
  register(command: Command): this {
    this.commands.set(command.data.name, command);
    return this;
  }

  registerButton(handler: ButtonHandler): this {
    this.buttons.set(handler.action, handler);
    return this;
  }

  /** Handles one interaction. Never throws. */
  handle(interaction: Interaction): Promise<void> {
    const run = this.run(interaction);
    this.inFlight.add(run);
    void run.finally(() => this.inFlight.delete(run));
    return run;
  }

  /** True when the user is over the limit; they have then been told, privately. */
  private async limited(interaction: RepliableInteraction, what: string, log: BotContext['logger']): Promise<boolean> {
    const decision = this.rateLimiter?.take(interaction.user.id);
    if (!decision || decision.allowed) return false;
    log.debug({ what, user: interaction.user.id, retryAfterMs: decision.retryAfterMs }, 'rate limited');
    await interaction.reply(replyOptions(renderRateLimited(decision.retryAfterMs, interaction.locale)));
    return true;
  }

  private async run(interaction: Interaction): Promise<void> {
    const log = this.ctx.logger.child({ interaction: interaction.id, type: interaction.type });
    const started = Date.now();
    let what = 'unknown';
    try {
      if (interaction.isAutocomplete()) {
        what = `autocomplete:${interaction.commandName}`;
        const command = this.commands.get(interaction.commandName);
        if (command?.kind === 'slash' && command.autocomplete) await command.autocomplete(interaction, this.ctx);
        else await interaction.respond([]);
      } else if (interaction.isChatInputCommand()) {
        what = `/${interaction.commandName}`;
        if (await this.limited(interaction, what, log)) return;
        const command = this.commands.get(interaction.commandName);
        if (command?.kind !== 'slash') throw new Error(`unknown slash command ${interaction.commandName}`);
        await command.execute(interaction, this.ctx);
      } else if (interaction.isMessageContextMenuCommand()) {
        what = `menu:${interaction.commandName}`;
        if (await this.limited(interaction, what, log)) return;
        const command = this.commands.get(interaction.commandName);
        if (command?.kind !== 'message') throw new Error(`unknown message command ${interaction.commandName}`);
        await command.execute(interaction, this.ctx);
      } else if (interaction.isButton()) {
        const id = decodeButtonId(interaction.customId);
        what = `button:${id?.action ?? 'unknown'}`;
        if (await this.limited(interaction, what, log)) return;
        const handler = id && this.buttons.get(id.action);
        if (!id || !handler) await send(interaction, renderGone(id?.lang ?? 'en'));
        else await handler.execute(interaction, id, this.ctx);
      } else {
        log.debug('ignored interaction');
        return;
      }
      log.info({ what, ms: Date.now() - started }, 'handled');
    } catch (err) {
      const { kind, cause } = classifyFault(err);
      if (kind === 'expired' || kind === 'already-acknowledged') {
        // Nothing sent for this interaction can arrive any more: no further attempt.
        log.warn({ what, fault: kind, cause, err, ms: Date.now() - started }, 'reply refused by Discord');
        return;
      }
      if (kind === 'handler') {
        log.error({ what, fault: kind, cause, err, ms: Date.now() - started }, 'handler failed');
        const told = await this.fail(interaction);
        if (told !== true) log.warn({ what, tellError: told }, 'could not tell the user about the failure');
        return;
      }
      // Discord failing: one attempt to tell the user; with Discord down it fails too, and that
      // is the end of it. Logged once, after the attempt, with both outcomes.
      const told = await this.fail(interaction);
      log.error({ what, fault: kind, cause, err, told: told === true, ...(told === true ? {} : { tellError: told }), ms: Date.now() - started }, 'reply failed: Discord unavailable');
    }
  }

  /**
   * Tells the user, privately and briefly, that something went wrong (one attempt). Never throws:
   * true when told, else a short description of why not.
   */
  private async fail(interaction: Interaction): Promise<true | string> {
    try {
      if (interaction.isAutocomplete()) {
        if (!interaction.responded) await interaction.respond([]);
        return true;
      }
      if (!interaction.isRepliable()) return 'not repliable';
      const r = interaction as RepliableInteraction;
      const error = renderError();
      if (!r.deferred && !r.replied) {
        await r.reply(replyOptions(error));
      } else if (r.deferred && !r.replied) {
        // The deferred "thinking…" message may be public: remove it, then answer privately.
        try {
          await r.deleteReply();
          await r.followUp(replyOptions(error));
        } catch {
          await r.editReply({ content: error.content, embeds: [], components: [], allowedMentions: { parse: [] } });
        }
      } else {
        await r.followUp(replyOptions(error));
      }
      return true;
    } catch (err) {
      const e = errorInfo(err);
      return [e.name, e.status, e.code, e.message].filter((x) => x !== undefined).join(' ');
    }
  }
}
