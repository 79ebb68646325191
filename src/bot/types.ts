import type {
  AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, MessageContextMenuCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody, RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { Logger } from 'pino';
import type { AnswerEngine } from '../search/engine';
import type { ClaimCheck } from '../search/browse';
import type { ButtonId } from '../reply/customId';

/**
 * Checks a claim against the articles. The default (`findEvidence`) finds the sentences that
 * bear on it; a later checker can add a verdict. May be async (a slower checker): the Fact-check
 * command defers before calling it.
 */
export type CheckClaim = (engine: AnswerEngine, claim: string) => ClaimCheck | Promise<ClaimCheck>;

/** What every handler gets: the core, a logger, and the pluggable parts. */
export interface BotContext {
  engine: AnswerEngine;
  logger: Logger;
  checkClaim: CheckClaim;
}

export interface SlashCommand {
  kind: 'slash';
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  /** Must answer within 3 s and cannot be deferred: keep it cheap. */
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}

export interface MessageCommand {
  kind: 'message';
  data: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  execute(interaction: MessageContextMenuCommandInteraction, ctx: BotContext): Promise<void>;
}

export type Command = SlashCommand | MessageCommand;

/** A button handler, chosen by the action at the start of the custom id. */
export interface ButtonHandler {
  action: ButtonId['action'];
  execute(interaction: ButtonInteraction, id: ButtonId, ctx: BotContext): Promise<void>;
}
