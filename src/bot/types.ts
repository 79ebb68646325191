import type {
  AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, MessageContextMenuCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody, RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { Logger } from 'pino';
import type { AnswerEngine } from '../search/engine';
import type { ClaimCheck } from '../search/browse';
import type { ButtonId } from '../reply/customId';

/**
 * Checks a claim against the articles (all of them, or one): the default is the verdict checker
 * (src/claims/claimCheck.ts); `findEvidence` gives the evidence alone. May be async (a slower
 * checker): /check and Fact-check defer before calling it.
 */
export type CheckClaim = (engine: AnswerEngine, claim: string, options?: { article?: string }) => ClaimCheck | Promise<ClaimCheck>;

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
