/**
 * The Discord face of an answer: turns core results into message payloads (plain data, sent by
 * src/bot/). Everything a person sees in Discord is shaped here, once: right-to-left isolation,
 * the citation on its own line, labels in the question's language, user text made safe to echo,
 * and Discord's length limits.
 */
import {
  ButtonStyle, ComponentType,
  type APIActionRowComponent, type APIApplicationCommandOptionChoice, type APIButtonComponentWithCustomId, type APIEmbed,
} from 'discord.js';
import type { Article } from '../corpus/types';
import type { Answer, AnswerResult } from '../search/types';
import type { ClaimCheck, Suggestion } from '../search/browse';
import { formatCitation, LabelLanguage, locationLabel } from './citation';
import { articleRef, encodeButtonId } from './customId';
import { directional, escapeUserText, isolateRtl } from './discordText';
import { embedLength, LIMITS, truncate } from './limits';
import { NO_ANSWER } from './terminal';

/** No pings, ever: not users, not roles, not @everyone, whatever the text holds. */
export const NO_MENTIONS = Object.freeze({ parse: [] as [] });

/** A message as the bot layer sends it (reply, edit or follow-up). */
export interface ReplyPayload {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  /** Only the user sees it. Decided by the command; ignored on edits of a deferred reply. */
  ephemeral?: boolean;
  allowedMentions: typeof NO_MENTIONS;
}

/** Looks up articles by id; AnswerEngine is one. */
export interface ArticleLookup {
  readonly articles: readonly Article[];
  article(id: string): Article | undefined;
}

const EMBED_COLOR = 0x2b7a4b;

const LABELS = {
  ar: {
    question: 'السؤال',
    fullParagraph: 'الفقرة كاملة',
    otherMatches: 'نتائج أخرى',
    noConfidentEn: '-# No confident answer.',
    nearest: 'أقرب الجمل (غير مؤكدة):',
    trySearch: 'جرّب `/search` للبحث في المقال بكلمات أخرى.',
    truncated: (n: number) => `-# قُرئت أول ${n} حرف من السؤال فقط.`,
    noOther: 'لا توجد نتائج أخرى.',
    otherHeader: 'نتائج أخرى:',
    searchHeader: (q: string) => `أفضل الجمل لـ: ${q}`,
    searchNone: (q: string) => `لا توجد جملة تطابق: ${q}`,
    outOfRange: (n: number, title: string, last: number) =>
      `لا توجد الفقرة ${n} في «${title}»: الفقرات المتاحة من 1 إلى ${last} (والفقرة 0 هي العنوان والملخص).`,
    unknownArticle: (ref: string, known: string) => `لا يوجد مقال بالمعرّف ${ref}. المقالات المتاحة: ${known}`,
    gone: 'لم تعد هذه الجملة موجودة في المقالات (ربما تغيّرت المقالات). اسأل من جديد بـ `/ask`.',
    claim: 'الرسالة',
    says: 'ما يقوله المقال:',
    weak: 'لم أجد في المقال جملة تتناول هذه الرسالة بثقة. أقرب جملة:',
    none: 'لم أجد في المقال ما يتناول هذه الرسالة.',
    noText: 'لا تحتوي هذه الرسالة على نص يمكن التحقق منه.',
    verdict: { supported: 'صحيح: يقول المقال ذلك', contradicted: 'غير صحيح: يقول المقال غير ذلك', unverified: 'لم يتحقق: لا يتناول المقال ذلك' },
    verdictLabel: 'الحكم',
    error: 'حدث خطأ أثناء معالجة الطلب. حاول مرة أخرى.',
    source: {
      headline: 'العنوان', agency: 'المصدر', authors: 'الكتّاب', date: 'تاريخ النشر', updated: 'آخر تحديث', dateline: 'المكان',
      paragraphs: 'عدد الفقرات', link: 'الرابط', id: 'المعرّف', list: (n: number) => `${n} مقالات. اختر واحدا بالخيار \`article\`:`,
    },
    pick: (n: number, command: string) => `في المدونة ${n} مقالات. اختر واحدا بالخيار \`article\` في \`/${command}\` (اكتب بعض كلمات العنوان):`,
    more: (n: number) => `… و${n} غيرها: اكتب بعض كلمات العنوان في الخيار \`article\`.`,
  },
  en: {
    question: 'Question',
    fullParagraph: 'Full paragraph',
    otherMatches: 'Other matches',
    noConfidentEn: '',
    nearest: 'Nearest sentences (not confident):',
    trySearch: 'Try `/search` to look through the article with other words.',
    truncated: (n: number) => `-# Only the first ${n} characters of the question were read.`,
    noOther: 'No other matches.',
    otherHeader: 'Other matches:',
    searchHeader: (q: string) => `Best sentences for: ${q}`,
    searchNone: (q: string) => `No sentence matches: ${q}`,
    outOfRange: (n: number, title: string, last: number) =>
      `There is no paragraph ${n} in "${title}": valid paragraphs are 1 to ${last} (0 is the headline and summary).`,
    unknownArticle: (ref: string, known: string) => `No article with the id ${ref}. Known articles: ${known}`,
    gone: 'That sentence is no longer in the articles (they may have changed). Ask again with `/ask`.',
    claim: 'Message',
    says: 'What the article says:',
    weak: 'No sentence in the article clearly bears on this message. The nearest one:',
    none: 'Nothing in the article bears on this message.',
    noText: 'This message has no text to check.',
    verdict: { supported: 'Supported: the article says this', contradicted: 'Contradicted: the article says something else', unverified: 'Unverified: the article does not speak to this' },
    verdictLabel: 'Verdict',
    error: 'Something went wrong while handling this. Please try again.',
    source: {
      headline: 'Headline', agency: 'Source', authors: 'Authors', date: 'Published', updated: 'Updated', dateline: 'Dateline',
      paragraphs: 'Paragraphs', link: 'Link', id: 'Id', list: (n: number) => `${n} articles. Pick one with the \`article\` option:`,
    },
    pick: (n: number, command: string) => `There are ${n} articles. Pick one with the \`article\` option of \`/${command}\` (type a few words of its headline):`,
    more: (n: number) => `… and ${n} more: type a few words of the headline into the \`article\` option.`,
  },
} as const;

function payload(fields: Omit<ReplyPayload, 'allowedMentions'>): ReplyPayload {
  return { ...fields, allowedMentions: NO_MENTIONS };
}

/** Joins lines into message content, cut to Discord's 2000 characters as a last resort. */
function content(lines: Array<string | undefined | false>): string {
  return truncate(lines.filter((l): l is string => typeof l === 'string' && l.length > 0).join('\n'), LIMITS.content);
}

/** The citation line: on its own line, led by a dash, isolated so its date and number stay put. */
export function citationLine(citation: string, lang: LabelLanguage): string {
  return directional(`— ${citation}`, lang);
}

/**
 * A quote and its citation, within `budget` characters: the quote isolated right-to-left on its
 * own line(s), the citation on the next line. The quote is cut (never the citation) when needed.
 */
export function quoteBlock(quote: string, citation: string, lang: LabelLanguage, budget: number = LIMITS.content): string {
  const cite = citationLine(citation, lang);
  const room = Math.max(20, budget - cite.length - 3);
  const text = truncate(quote, room);
  return `${directional(text, lang === 'en' && !/[\u0600-\u06FF]/.test(text) ? 'en' : 'ar')}\n${cite}`;
}

function citationFor(lookup: ArticleLookup, a: Answer, lang: LabelLanguage): string {
  const article = lookup.article(a.article);
  return article ? formatCitation(article, a.paragraph, a.sentence, lang) : a.article;
}

/** An echo of what the user typed: escaped, one line, short, in subtext. */
function echo(label: string, text: string, lang: LabelLanguage): string {
  return `-# ${directional(`${label}: `, lang)}${isolateRtl(escapeUserText(text, 200))}`;
}

/** The two buttons under an answer: full paragraph, other matches. */
export function answerButtons(lookup: ArticleLookup, a: Answer, query: string, lang: LabelLanguage): APIActionRowComponent<APIButtonComponentWithCustomId> {
  const index = lookup.articles.findIndex((x) => x.id === a.article);
  const ref = { article: articleRef(a.article, Math.max(0, index)), paragraph: a.paragraph, sentence: a.sentence, lang };
  const l = LABELS[lang];
  return {
    type: ComponentType.ActionRow,
    components: [
      { type: ComponentType.Button, style: ButtonStyle.Secondary, label: l.fullParagraph, custom_id: encodeButtonId({ action: 'para', ...ref }) },
      { type: ComponentType.Button, style: ButtonStyle.Secondary, label: l.otherMatches, custom_id: encodeButtonId({ action: 'more', ...ref, query }) },
    ],
  };
}

/** Lists answers (quote + citation each) within a budget shared evenly. */
function answerList(lookup: ArticleLookup, answers: Answer[], lang: LabelLanguage, budget: number, numbered: boolean): string[] {
  const each = Math.floor(budget / Math.max(1, answers.length)) - 6;
  return answers.map((a, i) => {
    const block = quoteBlock(a.quote, citationFor(lookup, a, lang), lang, each);
    return numbered ? `**${i + 1}.** ${block}` : block;
  });
}

/** /ask: the best quote with its citation and buttons, or "no confident answer" first. */
export function renderAsk(lookup: ArticleLookup, result: AnswerResult, lang: LabelLanguage): ReplyPayload {
  const l = LABELS[lang];
  const asked = echo(l.question, result.question, lang);
  const note = result.truncated ? l.truncated(1000) : undefined;
  const best = result.answers[0];
  if (best) {
    const tailLength = asked.length + (note?.length ?? 0) + 4;
    return payload({
      content: content([quoteBlock(best.quote, citationFor(lookup, best, lang), lang, LIMITS.content - tailLength), asked, note]),
      components: [answerButtons(lookup, best, result.question, lang)],
    });
  }
  const head = [directional(NO_ANSWER[lang][result.reason ?? 'low-confidence'], lang), l.noConfidentEn, asked, note];
  const nearest = result.nearest.slice(0, 2);
  const headLength = head.reduce((n, s) => n + (s?.length ?? 0) + 1, 0);
  const trySearch = directional(l.trySearch, lang);
  const listBudget = LIMITS.content - headLength - trySearch.length - l.nearest.length - 10;
  return payload({
    content: content([
      ...head,
      nearest.length > 0 && `\n${directional(l.nearest, lang)}`,
      ...answerList(lookup, nearest, lang, listBudget, false),
      trySearch,
    ]),
  });
}

/** Text that may outgrow message content: content when it fits, else an embed description. */
function longText(body: string, tail: string, lang: LabelLanguage): Omit<ReplyPayload, 'allowedMentions'> {
  const inContent = `${directional(body, lang === 'en' && !/[\u0600-\u06FF]/.test(body) ? 'en' : 'ar')}\n${tail}`;
  if (inContent.length <= LIMITS.content) return { content: inContent };
  const room = LIMITS.embedDescription - tail.length - 3;
  return { embeds: [{ color: EMBED_COLOR, description: `${isolateRtl(truncate(body, room))}\n${tail}` }] };
}

/** "Full paragraph" and /quote: a whole paragraph and its citation. */
export function renderParagraph(article: Article, paragraph: number, text: string, lang: LabelLanguage, sentence = 1): ReplyPayload {
  const citation = formatCitation(article, paragraph, paragraph === 0 ? sentence : 1, lang);
  const where = paragraph === 0 ? `${locationLabel(0, 1, lang)} + ${locationLabel(0, 2, lang)}` : undefined;
  const cite = citationLine(where ? citation.replace(locationLabel(0, sentence, lang), where) : citation, lang);
  return payload(longText(text, cite, lang));
}

/** /quote with a paragraph number outside the article. */
export function renderOutOfRange(article: Article, requested: number, lang: LabelLanguage): ReplyPayload {
  const last = article.paragraphs.length;
  return payload({ content: content([directional(LABELS[lang].outOfRange(requested, article.title, last), lang)]), ephemeral: true });
}

/** An article id nobody knows (an option, or a button from an older corpus). */
export function renderUnknownArticle(lookup: ArticleLookup, ref: string, lang: LabelLanguage): ReplyPayload {
  const known = lookup.articles.map((a) => a.id).join(', ');
  return payload({ content: content([directional(LABELS[lang].unknownArticle(escapeUserText(ref, 100), truncate(known, 1500)), lang)]), ephemeral: true });
}

/** A button whose sentence is gone (the corpus changed since the button was sent). */
export function renderGone(lang: LabelLanguage): ReplyPayload {
  return payload({ content: directional(LABELS[lang].gone, lang), ephemeral: true });
}

/** "Other matches": the next best sentences. */
export function renderOtherMatches(lookup: ArticleLookup, answers: Answer[], lang: LabelLanguage): ReplyPayload {
  const l = LABELS[lang];
  if (answers.length === 0) return payload({ content: directional(l.noOther, lang) });
  const header = directional(l.otherHeader, lang);
  return payload({ content: content([header, ...answerList(lookup, answers, lang, LIMITS.content - header.length - 10, true)]) });
}

/** /search: the best sentences with their paragraph numbers. */
export function renderSearch(lookup: ArticleLookup, query: string, answers: Answer[], lang: LabelLanguage): ReplyPayload {
  const l = LABELS[lang];
  const q = isolateRtl(escapeUserText(query, 150));
  if (answers.length === 0) {
    return payload({ content: content([directional(l.searchNone(''), lang) + q, directional(l.trySearch.replace('`/search`', '`/ask`'), lang)]) });
  }
  const header = `${directional(l.searchHeader(''), lang)}${q}`;
  return payload({ content: content([header, ...answerList(lookup, answers, lang, LIMITS.content - header.length - 10, true)]) });
}

/** /source for one article: headline, agency, authors, date, dateline, paragraphs, link. */
export function renderSource(article: Article, lang: LabelLanguage): ReplyPayload {
  const s = LABELS[lang].source;
  const line = (label: string, value: string | undefined) =>
    value ? directional(`**${label}:** ${escapeUserText(value, 500)}`, lang) : undefined;
  return payload({
    content: content([
      line(s.headline, article.title),
      line(s.agency, article.source),
      line(s.authors, article.authors.length ? article.authors.join(lang === 'ar' ? '، ' : ', ') : undefined),
      line(s.date, article.published),
      article.updated && article.updated !== article.published ? line(s.updated, article.updated) : undefined,
      line(s.dateline, article.dateline),
      directional(`**${s.paragraphs}:** ${article.paragraphs.length}`, lang),
      article.url ? `**${s.link}:** <${article.url.replace(/[<>\s]/g, encodeURIComponent)}>` : undefined,
      line(s.id, article.id),
    ]),
  });
}

/**
 * One line per article (source, headline, date, id), as many as fit in `budget` characters, then
 * "… and N more" when some did not: a list of hundreds never cuts a line in half.
 */
function articleLines(articles: readonly Article[], lang: LabelLanguage, budget: number): string[] {
  const s = LABELS[lang].source;
  const lines: string[] = [];
  let used = 0;
  for (const [i, a] of articles.entries()) {
    const title = lang === 'ar' ? `«${escapeUserText(a.title, 200)}»` : `"${escapeUserText(a.title, 200)}"`;
    const line = directional(`• ${[a.source && escapeUserText(a.source, 100), title, a.published, `${s.id}: ${escapeUserText(a.id, 100)}`].filter(Boolean).join(lang === 'ar' ? '، ' : ', ')}`, lang);
    const more = directional(LABELS[lang].more(articles.length - i - 1), lang);
    const reserve = i < articles.length - 1 ? more.length + 1 : 0;
    if (used + line.length + 1 + reserve > budget) {
      lines.push(directional(LABELS[lang].more(articles.length - i), lang));
      break;
    }
    lines.push(line);
    used += line.length + 1;
  }
  return lines;
}

/** /source with several articles and none picked: one line each (as many as fit). */
export function renderSourceList(articles: readonly Article[], lang: LabelLanguage): ReplyPayload {
  const header = directional(LABELS[lang].source.list(articles.length), lang);
  return payload({ content: content([header, ...articleLines(articles, lang, LIMITS.content - header.length - 1)]) });
}

/**
 * A command about one article (/quote) with several articles and none named: asks the user to
 * pick one, listing the headlines (privately; nothing is posted to the channel).
 */
export function renderPickArticle(articles: readonly Article[], command: string, lang: LabelLanguage): ReplyPayload {
  const header = directional(LABELS[lang].pick(articles.length, command), lang);
  return payload({ content: content([header, ...articleLines(articles, lang, LIMITS.content - header.length - 1)]), ephemeral: true });
}

/**
 * Autocomplete choices for an `article` option: the headline (cut to fit, its date kept) as the
 * name, the article's option value (its id, or a short `#<n>` reference) as the value. At most 25;
 * names and values at most 100 characters.
 */
export function renderArticleChoices(articles: ReadonlyArray<{ article: Article; value: string }>): APIApplicationCommandOptionChoice<string>[] {
  const out: APIApplicationCommandOptionChoice<string>[] = [];
  const seen = new Set<string>();
  for (const { article, value } of articles) {
    if (out.length >= LIMITS.choices) break;
    if (!value || value.length > LIMITS.choiceValue || seen.has(value)) continue;
    const suffix = article.published ? ` · ${article.published}` : '';
    const title = article.title.replace(/\s+/g, ' ').trim() || article.id;
    const name = truncate(title, LIMITS.choiceName - suffix.length) + suffix;
    seen.add(value);
    out.push({ name: truncate(name, LIMITS.choiceName), value });
  }
  return out;
}

/** /help: how to ask, with examples in Arabic and English. */
export function renderHelp(): ReplyPayload {
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: 'How to ask · كيف تسأل',
    description: [
      'Ask a question about the article in Arabic (or English); the bot quotes the exact Arabic sentence that answers it, with its citation (source, headline, date, paragraph). When the article has no answer, it says so.',
      isolateRtl('اسأل عن المقال بالعربية، وسيقتبس البوت الجملة التي تجيب عن سؤالك حرفيا مع مصدرها ورقم الفقرة.'),
    ].join('\n\n'),
    fields: [
      {
        name: 'Arabic examples · أمثلة',
        value: [
          `\`/ask\` ${isolateRtl('ما حجم التجارة السنوية بين روسيا وأذربيجان؟')}`,
          `\`/ask\` ${isolateRtl('متى أعلنت أذربيجان استعادة القرى الثلاث؟')}`,
          `\`/ask\` ${isolateRtl('كم يوما استمرت عملية تحرير قره باغ؟')}`,
          `\`/search\` ${isolateRtl('اتفاق السلام')}`,
        ].join('\n'),
      },
      {
        name: 'English examples',
        value: [
          '`/ask` What is the trade volume between Russia and Azerbaijan?',
          '`/ask` Where did Aliyev receive Putin?',
          '`/ask` question: … `private: True` (only you see the answer)',
          '`/quote paragraph: 11` · `/source`',
          'Right-click a message → Apps → **Fact-check**',
        ].join('\n'),
      },
      {
        name: 'Commands',
        value: [
          '`/ask question [article] [private]` the sentence that answers (from every article, or the one picked), with buttons for the full paragraph and other matches',
          '`/search query [article]` the best 5 sentences with their paragraph numbers',
          '`/quote paragraph [article]` one paragraph (0 = headline and summary); pick the article when there are several',
          '`/source [article]` headline, agency, authors, date, dateline, paragraphs, link',
          '**Fact-check** (message menu) the sentence that bears on a message',
        ].join('\n'),
      },
    ],
  };
  return payload({ embeds: [fitEmbed(embed)] });
}

/** Fact-check: the claim (echoed safely), an optional verdict, the sentence bearing on it. */
export function renderFactCheck(lookup: ArticleLookup, check: ClaimCheck, lang: LabelLanguage): ReplyPayload {
  const l = LABELS[lang];
  if (!check.claim.trim()) return payload({ content: directional(l.noText, lang), ephemeral: true });
  const claimLine = echo(l.claim, check.claim, lang);
  const verdict = check.verdict
    ? directional(`**${l.verdictLabel}:** ${l.verdict[check.verdict]}${check.note ? ` — ${check.note}` : ''}`, lang)
    : undefined;
  const best = check.evidence[0];
  if (!best) return payload({ content: content([claimLine, verdict, directional(l.none, lang)]) });
  const intro = directional(check.confident ? l.says : l.weak, lang);
  const used = claimLine.length + (verdict?.length ?? 0) + intro.length + 6;
  return payload({
    content: content([claimLine, verdict, intro, quoteBlock(best.quote, citationFor(lookup, best, lang), lang, LIMITS.content - used)]),
    components: [answerButtons(lookup, best, check.claim, lang)],
  });
}

/** The short, private error a user sees when a handler fails. */
export function renderError(lang: LabelLanguage = 'en'): ReplyPayload {
  const other = lang === 'en' ? 'ar' : 'en';
  return payload({ content: `${directional(LABELS[lang].error, lang)}\n${directional(LABELS[other].error, other)}`, ephemeral: true });
}

/**
 * Autocomplete choices within Discord's limits: at most 25, names and values at most 100
 * characters, no duplicate values. The text typed so far comes first, so Enter keeps it.
 */
export function renderChoices(typed: string, suggestions: Suggestion[]): APIApplicationCommandOptionChoice<string>[] {
  const out: APIApplicationCommandOptionChoice<string>[] = [];
  const seen = new Set<string>();
  const add = (name: string, value: string) => {
    const v = truncate(value.replace(/\s+/g, ' ').trim(), LIMITS.choiceValue, '');
    const n = truncate(name.replace(/\s+/g, ' ').trim(), LIMITS.choiceName);
    if (!v || !n || seen.has(v) || out.length >= LIMITS.choices) return;
    seen.add(v);
    out.push({ name: n, value: v });
  };
  if (typed.trim()) add(typed, typed);
  for (const s of suggestions) add(s.text, s.text);
  return out;
}

/** Caps every part of an embed at Discord's limits, and the whole at 6000. */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title) out.title = truncate(out.title, LIMITS.embedTitle);
  if (out.description) out.description = truncate(out.description, LIMITS.embedDescription);
  if (out.footer) out.footer = { ...out.footer, text: truncate(out.footer.text, LIMITS.embedFooter) };
  if (out.fields) {
    out.fields = out.fields.slice(0, LIMITS.embedFields).map((f) => ({
      ...f, name: truncate(f.name, LIMITS.embedFieldName), value: truncate(f.value, LIMITS.embedFieldValue),
    }));
  }
  while (embedLength(out) > LIMITS.embedTotal && out.fields && out.fields.length > 0) out.fields = out.fields.slice(0, -1);
  if (embedLength(out) > LIMITS.embedTotal && out.description) {
    out.description = truncate(out.description, Math.max(0, out.description.length - (embedLength(out) - LIMITS.embedTotal)));
  }
  return out;
}
