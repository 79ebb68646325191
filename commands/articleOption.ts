/** The optional `article` option shared by /quote and /source, and its autocomplete. */
import type { AutocompleteInteraction, SlashCommandStringOption } from 'discord.js';
import type { Article } from '../src/corpus/types';
import type { AnswerEngine } from '../src/search/engine';
import { findArticle } from '../src/search/browse';
import { fold } from '../src/text/normalize';
import { LIMITS, truncate } from '../src/reply/limits';

export function articleOption(o: SlashCommandStringOption): SlashCommandStringOption {
  return o.setName('article').setDescription('Which article (default: the first one)').setAutocomplete(true).setMaxLength(100);
}

/** The article an option names, the first article when none is named, or undefined when unknown. */
export function pickArticle(engine: AnswerEngine, ref: string | null): Article | undefined {
  return ref ? findArticle(engine, ref) : engine.articles[0];
}

/** Articles whose id or headline holds what was typed; the value is the id. */
export async function articleAutocomplete(interaction: AutocompleteInteraction, engine: AnswerEngine): Promise<void> {
  const typed = fold(String(interaction.options.getFocused() ?? ''));
  const choices = engine.articles
    .filter((a) => !typed || fold(a.id).includes(typed) || fold(a.title).includes(typed))
    .filter((a) => a.id.length <= LIMITS.choiceValue)
    .slice(0, LIMITS.choices)
    .map((a) => ({ name: truncate(`${a.title} (${a.id})`, LIMITS.choiceName), value: a.id }));
  await interaction.respond(choices);
}
