/**
 * Message context menu "Fact-check": the article sentence that bears on a message, with its
 * citation. The check itself is `ctx.checkClaim` (default: findEvidence, no verdict), so a
 * verdict-giving checker plugs in through startBot({ checkClaim }) without touching this file.
 */
import { ApplicationCommandType, ContextMenuCommandBuilder, type Message } from 'discord.js';
import { MAX_CLAIM_CHARS } from '../src/search/browse';
import { labelLanguage } from '../src/reply/language';
import { localeLanguage } from '../src/reply/discordText';
import { renderFactCheck } from '../src/reply/discord';
import { defer, send } from '../src/bot/respond';
import type { MessageCommand } from '../src/bot/types';

export const FACT_CHECK = 'Fact-check';

/** The text of a message: its content, else the text of its embeds. */
export function messageText(message: Pick<Message, 'content' | 'embeds'>): string {
  const text = message.content?.trim()
    ? message.content
    : (message.embeds ?? []).map((e) => [e.title, e.description].filter(Boolean).join('\n')).join('\n');
  return text.slice(0, MAX_CLAIM_CHARS);
}

export const factCheck: MessageCommand = {
  kind: 'message',
  data: new ContextMenuCommandBuilder().setName(FACT_CHECK).setType(ApplicationCommandType.Message).toJSON(),

  async execute(interaction, { engine, checkClaim }) {
    const claim = messageText(interaction.targetMessage);
    const lang = claim.trim() ? labelLanguage(claim) : localeLanguage(interaction.locale);
    if (!claim.trim()) {
      await send(interaction, renderFactCheck(engine, { claim: '', evidence: [], confident: false }, lang));
      return;
    }
    await defer(interaction, false);
    const check = await checkClaim(engine, claim);
    await send(interaction, renderFactCheck(engine, check, lang));
  },
};

export default factCheck;
