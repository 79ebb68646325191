/**
 * The buttons under an answer. Their custom ids carry article, paragraph and sentence (and the
 * start of the question), so they work after a restart. Both answer privately.
 */
import { findArticle, otherMatches, paragraphText } from '../src/search/browse';
import { renderGone, renderOtherMatches, renderParagraph } from '../src/reply/discord';
import { defer, send } from '../src/bot/respond';
import type { ButtonHandler } from '../src/bot/types';

/** "Full paragraph": the whole paragraph the quote comes from. */
export const fullParagraph: ButtonHandler = {
  action: 'para',
  async execute(interaction, id, { engine }) {
    const article = findArticle(engine, id.article);
    const text = article && paragraphText(article, id.paragraph);
    if (!article || text === undefined) {
      await send(interaction, renderGone(id.lang));
      return;
    }
    await send(interaction, { ...renderParagraph(article, id.paragraph, text, id.lang, id.sentence), ephemeral: true });
  },
};

/** "Other matches": the next best sentences for the question. */
export const moreMatches: ButtonHandler = {
  action: 'more',
  async execute(interaction, id, { engine }) {
    const article = findArticle(engine, id.article);
    if (!article) {
      await send(interaction, renderGone(id.lang));
      return;
    }
    await defer(interaction, true);
    const shown = { article: article.id, paragraph: id.paragraph, sentence: id.sentence };
    await send(interaction, renderOtherMatches(engine, otherMatches(engine, shown, id.query, 4), id.lang));
  },
};

export const buttons: ButtonHandler[] = [fullParagraph, moreMatches];
