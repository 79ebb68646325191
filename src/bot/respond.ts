/**
 * Sending a reply-layer payload through discord.js: the first answer is a reply, after a defer it
 * is an edit of the deferred message. allowed_mentions is always `{ parse: [] }`.
 */
import {
  MessageFlags,
  type InteractionEditReplyOptions, type InteractionReplyOptions, type RepliableInteraction,
} from 'discord.js';
import { NO_MENTIONS, type ReplyPayload } from '../reply/discord';

function base(p: ReplyPayload) {
  return {
    content: p.content ?? '',
    embeds: p.embeds ?? [],
    components: p.components ?? [],
    allowedMentions: { ...NO_MENTIONS, parse: [] as [] },
  };
}

export function replyOptions(p: ReplyPayload): InteractionReplyOptions {
  return { ...base(p), ...(p.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) };
}

export function editOptions(p: ReplyPayload): InteractionEditReplyOptions {
  return base(p);
}

/** Acknowledges now, before slow work: the reply comes later as an edit. */
export async function defer(interaction: RepliableInteraction, ephemeral: boolean): Promise<void> {
  await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
}

/** Sends the payload as the interaction's answer: reply, or edit of a deferred reply. */
export async function send(interaction: RepliableInteraction, p: ReplyPayload): Promise<void> {
  if (interaction.deferred && !interaction.replied) {
    await interaction.editReply(editOptions(p));
  } else if (interaction.replied) {
    await interaction.followUp(replyOptions(p));
  } else {
    await interaction.reply(replyOptions(p));
  }
}
