/**
 * The optional `article` option shared by /ask, /search, /quote and /source (and /check), its
 * autocomplete over headlines, and the reply when it names no known article. The lookups live in
 * src/search/browse.ts, the wording in src/reply/discord.ts.
 */
import type { AutocompleteInteraction, SlashCommandStringOption } from 'discord.js';
import type { AnswerEngine } from '../src/search/engine';
import { ARTICLE_REF_MAX, articleOptionValue, matchArticles } from '../src/search/browse';
import { renderArticleChoices } from '../src/reply/discord';
import { LIMITS } from '../src/reply/limits';

export const ARTICLE_OPTION = 'article';

/** For commands about one article (/quote, /source): needed when the corpus has several. */
export function articleOption(o: SlashCommandStringOption): SlashCommandStringOption {
  return o.setName(ARTICLE_OPTION).setDescription('Which article: start typing its headline (needed when there are several)')
    .setAutocomplete(true).setMaxLength(ARTICLE_REF_MAX);
}

/** For questions (/ask, /search, /check): without it, every article is searched. */
export function searchArticleOption(o: SlashCommandStringOption): SlashCommandStringOption {
  return o.setName(ARTICLE_OPTION).setDescription('Only this article: start typing its headline (default: all articles)')
    .setAutocomplete(true).setMaxLength(ARTICLE_REF_MAX);
}

/** Autocomplete for the `article` option: headlines holding what was typed, newest first. */
export async function articleAutocomplete(interaction: AutocompleteInteraction, engine: AnswerEngine): Promise<void> {
  const typed = String(interaction.options.getFocused() ?? '');
  const articles = matchArticles(engine, typed, LIMITS.choices).map((article) => ({ article, value: articleOptionValue(engine, article) }));
  await interaction.respond(renderArticleChoices(articles));
}
