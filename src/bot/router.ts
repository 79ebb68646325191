/**
 * One place that routes every interaction by its kind (slash command, autocomplete, message menu,
 * button) to its handler, and the one place errors end: logged, the user told privately, the
 * process carries on.
 */
import type { Interaction, RepliableInteraction } from 'discord.js';
import { decodeButtonId } from '../reply/customId';
import { renderError, renderGone } from '../reply/discord';
import { errorInfo } from './logger';
import { replyOptions, send } from './respond';
import type { BotContext, ButtonHandler, Command } from './types';

export class Router {
  private readonly commands = new Map<string, Command>();
  private readonly buttons = new Map<string, ButtonHandler>();

  constructor(private readonly ctx: BotContext, commands: Command[] = [], buttons: ButtonHandler[] = []) {
    commands.forEach((c) => this.register(c));
    buttons.forEach((b) => this.registerButton(b));
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
  async handle(interaction: Interaction): Promise<void> {
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
        const command = this.commands.get(interaction.commandName);
        if (command?.kind !== 'slash') throw new Error(`unknown slash command ${interaction.commandName}`);
        await command.execute(interaction, this.ctx);
      } else if (interaction.isMessageContextMenuCommand()) {
        what = `menu:${interaction.commandName}`;
        const command = this.commands.get(interaction.commandName);
        if (command?.kind !== 'message') throw new Error(`unknown message command ${interaction.commandName}`);
        await command.execute(interaction, this.ctx);
      } else if (interaction.isButton()) {
        const id = decodeButtonId(interaction.customId);
        what = `button:${id?.action ?? 'unknown'}`;
        const handler = id && this.buttons.get(id.action);
        if (!id || !handler) await send(interaction, renderGone(id?.lang ?? 'en'));
        else await handler.execute(interaction, id, this.ctx);
      } else {
        log.debug('ignored interaction');
        return;
      }
      log.info({ what, ms: Date.now() - started }, 'handled');
    } catch (err) {
      log.error({ what, err, ms: Date.now() - started }, 'handler failed');
      await this.fail(interaction, log);
    }
  }

  /** Tells the user, privately and briefly, that something went wrong. Never throws. */
  private async fail(interaction: Interaction, log: BotContext['logger']): Promise<void> {
    try {
      if (interaction.isAutocomplete()) {
        if (!interaction.responded) await interaction.respond([]);
        return;
      }
      if (!interaction.isRepliable()) return;
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
    } catch (err) {
      log.warn({ err }, 'could not tell the user about the failure');
    }
  }
}
