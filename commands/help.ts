/** /help: how to ask, with examples in Arabic and English. */
import { SlashCommandBuilder } from 'discord.js';
import { renderHelp } from '../src/reply/discord';
import { send } from '../src/bot/respond';
import type { SlashCommand } from '../src/bot/types';

export const help: SlashCommand = {
  kind: 'slash',
  data: new SlashCommandBuilder().setName('help').setDescription('How to ask, with examples in Arabic and English').toJSON(),
  async execute(interaction) {
    await send(interaction, { ...renderHelp(), ephemeral: true });
  },
};

export default help;
