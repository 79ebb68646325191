/** /source [article]: headline, agency, authors, date, dateline, number of paragraphs, link. */
import { SlashCommandBuilder } from 'discord.js';
import { oneArticle } from '../src/search/browse';
import { localeLanguage } from '../src/reply/discordText';
import { renderSource, renderSourceList, renderUnknownArticle } from '../src/reply/discord';
import { send } from '../src/bot/respond';
import type { SlashCommand } from '../src/bot/types';
import { ARTICLE_OPTION, articleAutocomplete, articleOption } from './articleOption';

export const source: SlashCommand = {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('source')
    .setDescription('Where an article comes from: headline, agency, authors, date, dateline, link')
    .addStringOption(articleOption)
    .toJSON(),

  async execute(interaction, { engine }) {
    const lang = localeLanguage(interaction.locale);
    const chosen = oneArticle(engine, interaction.options.getString(ARTICLE_OPTION));
    if (chosen.kind === 'unknown') await send(interaction, renderUnknownArticle(engine, chosen.ref, lang));
    // Several articles and none named: the list of sources is itself an answer, and says how to pick.
    else if (chosen.kind === 'pick') await send(interaction, renderSourceList(chosen.articles, lang));
    else await send(interaction, renderSource(chosen.article, lang));
  },

  async autocomplete(interaction, { engine }) {
    await articleAutocomplete(interaction, engine);
  },
};

export default source;
