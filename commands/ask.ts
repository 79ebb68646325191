/**
 * /ask question:<text> [article] [private:<boolean>]: the sentence that answers, with its citation
 * (which names the article). Without `article`, every article is searched.
 */
import { SlashCommandBuilder } from 'discord.js';
import { articleScope, suggest } from '../src/search/browse';
import { labelLanguage } from '../src/reply/language';
import { renderAsk, renderChoices, renderUnknownArticle } from '../src/reply/discord';
import { defer, send } from '../src/bot/respond';
import type { SlashCommand } from '../src/bot/types';
import { ARTICLE_OPTION, articleAutocomplete, searchArticleOption } from './articleOption';

/** The longest question Discord lets a user type into /ask (documented in the README). */
export const QUESTION_MAX_LENGTH = 300;
/** How many sentences the engine ranks for a reply (the best is shown; the rest are "Other matches"). */
const TOP = 3;

export const ask: SlashCommand = {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask about the articles: get the exact Arabic sentence that answers, with its citation')
    .addStringOption((o) => o
      .setName('question')
      .setDescription('Your question, in Arabic or English (up to 300 characters)')
      .setRequired(true)
      .setMaxLength(QUESTION_MAX_LENGTH)
      .setAutocomplete(true))
    .addStringOption(searchArticleOption)
    .addBooleanOption((o) => o
      .setName('private')
      .setDescription('Only you see the answer (default: everyone in the channel)'))
    .toJSON(),

  async execute(interaction, { engine }) {
    const question = interaction.options.getString('question', true);
    const isPrivate = interaction.options.getBoolean('private') ?? false;
    const scope = articleScope(engine, interaction.options.getString(ARTICLE_OPTION));
    if (scope.kind === 'unknown') {
      await send(interaction, renderUnknownArticle(engine, scope.ref, labelLanguage(question)));
      return;
    }
    await defer(interaction, isPrivate);
    const result = engine.ask(question, { top: TOP, ...(scope.kind === 'article' ? { article: scope.article.id } : {}) });
    await send(interaction, renderAsk(engine, result, labelLanguage(question)));
  },

  async autocomplete(interaction, { engine }) {
    const focused = interaction.options.getFocused(true);
    if (focused.name === ARTICLE_OPTION) {
      await articleAutocomplete(interaction, engine);
      return;
    }
    if (focused.name !== 'question') {
      await interaction.respond([]);
      return;
    }
    const typed = String(focused.value ?? '');
    // With an article already picked, suggest only its sentences.
    const scope = articleScope(engine, interaction.options.getString(ARTICLE_OPTION));
    await interaction.respond(renderChoices(typed, suggest(engine, typed, 25, scope.kind === 'article' ? scope.article.id : undefined)));
  },
};

export default ask;
