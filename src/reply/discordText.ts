/**
 * Text for Discord: right-to-left isolation for Arabic, and making user text safe to echo
 * (no pings, no markdown that breaks the reply's layout).
 */
import { escapeMarkdown } from 'discord.js';
import { hasArabic } from '../text/normalize';
import { PDI, RLI, truncate } from './limits';

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
const ARABIC_CHAR = '\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF';
/** An Arabic run: from an Arabic letter to the last Arabic letter before a Latin letter or line end. */
const ARABIC_RUN = new RegExp(`[${ARABIC_CHAR}](?:[^A-Za-z\\n]*[${ARABIC_CHAR}])?`, 'g');

/** Wraps text in a right-to-left isolate (RLI … PDI): its numbers and punctuation stay in place. */
export function isolateRtl(text: string): string {
  return `${RLI}${text.replace(BIDI_CONTROLS, '')}${PDI}`;
}

/**
 * Isolates each Arabic run inside a left-to-right line (an English label line quoting an Arabic
 * source or headline), so the Latin text around it keeps its order (discord-api-docs #5341).
 */
export function isolateArabicRuns(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(ARABIC_RUN, (run) => `${RLI}${run}${PDI}`);
}

/** A whole line in the reply's label language: Arabic lines isolated as a whole, others per run. */
export function directional(text: string, lang: 'ar' | 'en'): string {
  if (!hasArabic(text)) return text.replace(BIDI_CONTROLS, '');
  return lang === 'ar' ? isolateRtl(text) : isolateArabicRuns(text);
}

/**
 * Makes text a user typed safe to show back: one line, markdown escaped, mentions (@everyone,
 * @here, <@id>, <@&role>, <#channel>) broken with a zero-width space so they render as text and
 * can never ping, even if allowed_mentions were lost; bidi controls removed; cut to `max`.
 */
export function escapeUserText(text: string, max = 300): string {
  const oneLine = text.replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ').trim();
  const cut = truncate(oneLine, max);
  return escapeMarkdown(cut, { maskedLink: true, heading: true, bulletedList: true, numberedList: true })
    .replace(/@(everyone|here)/gi, '@\u200b$1')
    .replace(/<(@[!&]?|#)(\d+)>/g, '<$1\u200b$2>')
    .replace(/<\/([^>]*)>/g, '<\u200b/$1>');
}

/**
 * Label language for a command with no text to read the script from (/quote, /source): English
 * for an English Discord client, Arabic otherwise. (For a question, use labelLanguage: the
 * client's locale is not the language of the question.)
 */
export function localeLanguage(locale: string | undefined): 'ar' | 'en' {
  return locale?.startsWith('en') ? 'en' : 'ar';
}
