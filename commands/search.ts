/** /search query:<text>: the best 5 sentences, each with its paragraph number and citation. */
import { SlashCommandBuilder } from 'discord.js';
import { labelLanguage } from '../src/reply/language';
import { renderSearch } from '../src/reply/discord';
import { defer, send } from '../src/bot/respond';
import type { SlashCommand } from '../src/bot/types';

export const SEARCH_RESULTS = 5;

export const search: SlashCommand = {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('search')
    .setDescription('The 5 sentences of the article that best match your words, with paragraph numbers')
    .addStringOption((o) => o
      .setName('query')
      .setDescription('Words to look for, in Arabic or English (up to 300 characters)')
      .setRequired(true)
      .setMaxLength(300))
    .toJSON(),

  async execute(interaction, { engine }) {
    const query = interaction.options.getString('query', true);
    await defer(interaction, false);
    // `nearest` is the ranking whether or not it passes the confidence rule: what a search wants.
    const answers = engine.ask(query, { top: SEARCH_RESULTS }).nearest;
    await send(interaction, renderSearch(engine, query, answers, labelLanguage(query)));
  },
};

export default search;
