/**
 * /search query:<text> [article]: the best 5 sentences, each with its paragraph number and its
 * citation (which names the article). Without `article`, every article is searched.
 */
import { SlashCommandBuilder } from 'discord.js';
import { articleScope } from '../src/search/browse';
import { labelLanguage } from '../src/reply/language';
import { renderSearch, renderUnknownArticle } from '../src/reply/discord';
import { defer, send } from '../src/bot/respond';
import type { SlashCommand } from '../src/bot/types';
import { ARTICLE_OPTION, articleAutocomplete, searchArticleOption } from './articleOption';

export const SEARCH_RESULTS = 5;

export const search: SlashCommand = {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('search')
    .setDescription('The 5 sentences of the articles that best match your words, with paragraph numbers')
    .addStringOption((o) => o
      .setName('query')
      .setDescription('Words to look for, in Arabic or English (up to 300 characters)')
      .setRequired(true)
      .setMaxLength(300))
    .addStringOption(searchArticleOption)
    .toJSON(),

  async execute(interaction, { engine }) {
    const query = interaction.options.getString('query', true);
    const scope = articleScope(engine, interaction.options.getString(ARTICLE_OPTION));
    if (scope.kind === 'unknown') {
      await send(interaction, renderUnknownArticle(engine, scope.ref, labelLanguage(query)));
      return;
    }
    await defer(interaction, false);
    // `nearest` is the ranking whether or not it passes the confidence rule: what a search wants.
    const answers = engine.ask(query, { top: SEARCH_RESULTS, ...(scope.kind === 'article' ? { article: scope.article.id } : {}) }).nearest;
    await send(interaction, renderSearch(engine, query, answers, labelLanguage(query)));
  },

  async autocomplete(interaction, { engine }) {
    await articleAutocomplete(interaction, engine);
  },
};

export default search;
