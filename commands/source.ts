/** /source [article]: headline, agency, authors, date, dateline, number of paragraphs, link. */
import { SlashCommandBuilder } from 'discord.js';
import { localeLanguage } from '../src/reply/discordText';
import { renderSource, renderSourceList, renderUnknownArticle } from '../src/reply/discord';
import { send } from '../src/bot/respond';
import type { SlashCommand } from '../src/bot/types';
import { articleAutocomplete, articleOption, pickArticle } from './articleOption';

export const source: SlashCommand = {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('source')
    .setDescription('Where the article comes from: headline, agency, authors, date, dateline, link')
    .addStringOption(articleOption)
    .toJSON(),

  async execute(interaction, { engine }) {
    const lang = localeLanguage(interaction.locale);
    const ref = interaction.options.getString('article');
    if (!ref && engine.articles.length > 1) {
      await send(interaction, renderSourceList(engine.articles, lang));
      return;
    }
    const article = pickArticle(engine, ref);
    await send(interaction, article ? renderSource(article, lang) : renderUnknownArticle(engine, ref ?? '', lang));
  },

  async autocomplete(interaction, { engine }) {
    await articleAutocomplete(interaction, engine);
  },
};

export default source;
