/**
 * Discord's length limits, and the one place text is cut to fit them. discord.js does not check
 * these lengths for you; Discord answers an over-long payload with a 400 and the user sees nothing.
 */
export const LIMITS = {
  /** Message content. */
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  embedFields: 25,
  /** All the text of all the embeds of one message. */
  embedTotal: 6000,
  /** Autocomplete: how many choices, and the length of each name and value. */
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  /** Button and select custom ids. */
  customId: 100,
  buttonLabel: 80,
} as const;

export const ELLIPSIS = '…';

/** Direction isolates: right-to-left isolate, left-to-right isolate, first-strong isolate, pop. */
export const RLI = '\u2067';
export const LRI = '\u2066';
export const FSI = '\u2068';
export const PDI = '\u2069';

/** How many isolates are open at the end of `text` (RLI/LRI/FSI not yet closed by a PDI). */
export function openIsolates(text: string): number {
  let open = 0;
  for (const ch of text) {
    if (ch === RLI || ch === LRI || ch === FSI) open++;
    else if (ch === PDI && open > 0) open--;
  }
  return open;
}

/** Drops a lone high surrogate at the end (a cut in the middle of an emoji, say). */
function dropBrokenTail(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, -1) : text;
}

/**
 * Cuts `text` to at most `max` UTF-16 code units (Discord counts no more than that), ending with
 * an ellipsis. Prefers a word boundary near the end; never splits a surrogate pair; closes any
 * direction isolate the cut left open, so a cut quote cannot reverse the lines after it.
 */
export function truncate(text: string, max: number, ellipsis: string = ELLIPSIS): string {
  if (max <= 0) return '';
  if (text.length <= max) return text;
  if (max <= ellipsis.length) return ellipsis.slice(0, max);
  let room = max - ellipsis.length;
  for (;;) {
    let cut = dropBrokenTail(text.slice(0, room));
    // Back up to a space if one is close (within the last fifth), so a word is not cut in half.
    const space = cut.lastIndexOf(' ');
    if (space > 0 && space >= cut.length - Math.max(10, Math.floor(room / 5))) cut = cut.slice(0, space);
    cut = cut.trimEnd();
    const open = openIsolates(cut);
    const out = cut + ellipsis + PDI.repeat(open);
    if (out.length <= max || room <= 0) return out.length <= max ? out : out.slice(0, max);
    room -= out.length - max;
  }
}

/** The total embed text Discord counts against the 6000 limit. */
export function embedLength(embed: {
  title?: string; description?: string; footer?: { text: string }; author?: { name: string };
  fields?: Array<{ name: string; value: string }>;
}): number {
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0)
    + (embed.author?.name.length ?? 0)
    + (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);
}
