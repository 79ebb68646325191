/** /quote paragraph:<integer> [article]: that paragraph with its citation. */
import { SlashCommandBuilder } from 'discord.js';
import { oneArticle, paragraphText } from '../src/search/browse';
import { localeLanguage } from '../src/reply/discordText';
import { renderOutOfRange, renderParagraph, renderPickArticle, renderUnknownArticle } from '../src/reply/discord';
import { send } from '../src/bot/respond';
import type { SlashCommand } from '../src/bot/types';
import { ARTICLE_OPTION, articleAutocomplete, articleOption } from './articleOption';

export const quote: SlashCommand = {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('quote')
    .setDescription('Quote one paragraph of an article with its citation (0 = headline and summary)')
    // No min/max here on purpose: the range depends on the article, and the bot explains it.
    .addIntegerOption((o) => o.setName('paragraph').setDescription('Paragraph number, from 1 (0 = headline and summary)').setRequired(true))
    .addStringOption(articleOption)
    .toJSON(),

  async execute(interaction, { engine }) {
    const lang = localeLanguage(interaction.locale);
    const chosen = oneArticle(engine, interaction.options.getString(ARTICLE_OPTION));
    if (chosen.kind === 'unknown') {
      await send(interaction, renderUnknownArticle(engine, chosen.ref, lang));
      return;
    }
    if (chosen.kind === 'pick') {
      await send(interaction, renderPickArticle(chosen.articles, 'quote', lang));
      return;
    }
    const { article } = chosen;
    const n = interaction.options.getInteger('paragraph', true);
    const text = paragraphText(article, n);
    await send(interaction, text === undefined ? renderOutOfRange(article, n, lang) : renderParagraph(article, n, text, lang));
  },

  async autocomplete(interaction, { engine }) {
    await articleAutocomplete(interaction, engine);
  },
};

export default quote;
