/**
 * /check claim:<text> [article] [private]: a verdict on a claim — supported, contradicted (with
 * what differs) or unverified — with the evidence sentence and its citation. The verdict comes
 * from ctx.checkClaim (src/claims); no checking logic here.
 */
import { SlashCommandBuilder } from 'discord.js';
import { articleScope, MAX_CLAIM_CHARS } from '../src/search/browse';
import { labelLanguage } from '../src/reply/language';
import { renderFactCheck, renderUnknownArticle } from '../src/reply/discord';
import { defer, send } from '../src/bot/respond';
import type { SlashCommand } from '../src/bot/types';
import { ARTICLE_OPTION, articleAutocomplete, searchArticleOption } from './articleOption';

/** Discord's longest string option; a longer claim belongs in a message and the Fact-check menu. */
export const CLAIM_MAX_LENGTH = Math.min(MAX_CLAIM_CHARS, 1000);

export const check: SlashCommand = {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('check')
    .setDescription('Check a claim against the articles: supported, contradicted or unverified, with the evidence')
    .addStringOption((o) => o
      .setName('claim')
      .setDescription('The claim, in Arabic or English (up to 1000 characters)')
      .setRequired(true)
      .setMaxLength(CLAIM_MAX_LENGTH))
    .addStringOption(searchArticleOption)
    .addBooleanOption((o) => o
      .setName('private')
      .setDescription('Only you see the verdict (default: everyone in the channel)'))
    .toJSON(),

  async execute(interaction, { engine, checkClaim }) {
    const claim = interaction.options.getString('claim', true);
    const lang = labelLanguage(claim);
    const scope = articleScope(engine, interaction.options.getString(ARTICLE_OPTION));
    if (scope.kind === 'unknown') {
      await send(interaction, renderUnknownArticle(engine, scope.ref, lang));
      return;
    }
    await defer(interaction, interaction.options.getBoolean('private') ?? false);
    const result = await checkClaim(engine, claim, scope.kind === 'article' ? { article: scope.article.id } : {});
    await send(interaction, renderFactCheck(engine, result, lang));
  },

  async autocomplete(interaction, { engine }) {
    if (interaction.options.getFocused(true).name === ARTICLE_OPTION) await articleAutocomplete(interaction, engine);
    else await interaction.respond([]);
  },
};

export default check;
