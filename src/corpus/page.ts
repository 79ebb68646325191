import { fold, hasArabic, hasLatin } from '../text/normalize';
import { Agency, agenciesIn } from './agencies';
import { FoundDate, findDates } from './pageDates';
import type { Article } from './types';

/**
 * Turns the text of a news page copied from a browser into an article: the category label,
 * headline, summary, byline (authors, dates), dateline and body paragraphs, without the page
 * chrome (the repeated headline, image captions, the footer). Pure: text in, findings out.
 *
 * Every finding records the line it came from, and every guess is recorded as a note of level
 * "unsure", so that the person adding the article can review what was decided.
 */

export interface PageLine {
  /** 1-based line number in the page. */
  n: number;
  text: string;
}

/** What a page says about its article: the corpus front matter fields, each possibly not found. */
export type PageMeta = Partial<Pick<Article, 'title' | 'summary' | 'source' | 'published' | 'updated' | 'dateline' | 'category'>>
  & Pick<Article, 'authors' | 'language'>;

export type MetaField = Exclude<keyof PageMeta, 'language'> | 'language';

export interface PageNote {
  level: 'unsure' | 'info';
  message: string;
  line?: number;
}

export interface DroppedLine extends PageLine {
  why: string;
}

export interface ExtractedPage {
  meta: PageMeta;
  paragraphs: string[];
  /** The page line of each paragraph. */
  paragraphLines: number[];
  /** Where each metadata field was found (line), for the review summary. */
  found: Partial<Record<MetaField, { line?: number; how: string }>>;
  dropped: DroppedLine[];
  notes: PageNote[];
  /** The agency the page names, when recognised (for a derived id). */
  agency?: Agency;
}

// Lines that hold only invisible characters count as blank.
const INVISIBLE_ONLY = /^[\s\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]*$/;
const TERMINAL = /[.!?؟:…"»”)]$/;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const preview = (s: string, max = 60) => (s.length > max ? `${s.slice(0, max)}…` : s);

const UPDATED_MARKER = /(آخر\s+تحديث|تحديث|محد[ّ]?ث|updated?|last\s+modified|güncelleme)\s*[:：]?/iu;

/** Footer and share/related chrome. Short-line markers must be short lines to count. */
const FOOTER_SHORT = [
  /^(ال)?مواضيع ذات الصل[هة]/u, /^(اخبار|أخبار|مقالات) ذات صل[هة]/u, /^(اقرأ|اقرا) (ايضا|أيضا|أيضاً|المزيد)/u,
  /^(الكلمات الدال[هة]|كلمات مفتاحي[هة]|الوسوم|وسوم)/u, /^(شارك|مشارك[هة]|انشر)( (الخبر|المقال|هذا الخبر|على))?/u,
  /^bu haberi paylaşın/iu, /^(share|related|tags|read more|follow us)\b/iu, /^(تابعونا|تابعنا)/u,
  /^(جميع الحقوق|حقوق النشر|©)/u, /^(الأكثر قراءة|الاكثر قراءة|الأكثر مشاهدة)/u,
];
function footerWhy(text: string): string | undefined {
  const f = fold(text);
  if (/(المشتركين|الاشتراك|مشترك)/u.test(f) && /(الاخبار|الخبر|الوكاله|خدمه)/u.test(f)) return 'footer: subscription notice';
  if (words(text) <= 6 && FOOTER_SHORT.some((re) => re.test(text) || re.test(f))) return 'footer: share/related line';
  return undefined;
}

/** A dateline on its own line: "باكو/ الأناضول", "القاهرة - رويترز", "غزة (الأناضول)". */
function datelineOf(text: string): { dateline: string; place: string; agency: string } | undefined {
  if (text.length > 60 || words(text) > 7 || !hasArabic(text) || /[.!?؟:،,]$/.test(text)) return undefined;
  const slash = /^([^/()\-–—]{2,30}?)\s*\/\s*([^/()\-–—]{2,30})$/u.exec(text);
  if (slash) return { dateline: text, place: slash[1]!.trim(), agency: slash[2]!.trim() };
  const paren = /^([^/()\-–—]{2,30}?)\s*\(\s*([^()]{2,30}?)\s*\)\s*[-–—]?$/u.exec(text);
  if (paren && agenciesIn(paren[2]!).length) return { dateline: text, place: paren[1]!.trim(), agency: paren[2]!.trim() };
  const dash = /^([^/()\-–—]{2,30}?)\s*[-–—]\s*([^/()\-–—]{2,30})$/u.exec(text);
  if (dash && agenciesIn(dash[2]!).length) return { dateline: text, place: dash[1]!.trim(), agency: dash[2]!.trim() };
  return undefined;
}

/** A dateline at the start of a paragraph: "القاهرة (رويترز) - …", "غزة/ الأناضول - …". */
const INLINE_DATELINE = /^([\p{L} ]{2,25}?)\s*(?:\/\s*([\p{L} ]{2,25}?)\s*[-–—:]|\(\s*([^()]{2,25}?)\s*\)\s*[-–—:])/u;

/** A byline: a short line with a date, or a line with a date and a "|" or an update marker. */
function isByline(text: string, dates: FoundDate[]): boolean {
  if (dates.length === 0) return false;
  return text.includes('|') || UPDATED_MARKER.test(text) || words(text) <= 12 || /^(بقلم|كتب|كتبت|by)\b/iu.test(text);
}

function authorsOf(text: string, dates: FoundDate[]): string[] {
  let part = text.includes('|') ? text.slice(0, text.indexOf('|')) : text.slice(0, dates[0]?.index ?? text.length);
  for (const d of dates) part = part.replace(d.raw, ' ');
  part = part.replace(UPDATED_MARKER, ' ').replace(/^\s*(بقلم|كتب|كتبت|إعداد|اعداد|by)\s*[:：]?\s*/iu, '');
  return part
    .split(/\s*[,،;]\s*|\s+(?:و|and|&)\s+/u)
    .map((s) => s.replace(/^[\s\-–—|]+|[\s\-–—|]+$/gu, '').trim())
    .filter((s) => s.length > 1 && /\p{L}/u.test(s));
}

/** Category label: a short line at the very top, such as دولي or "سياسة". */
function isLabel(text: string): boolean {
  return words(text) <= 3 && text.length <= 30 && !TERMINAL.test(text);
}

/** Image captions and similar chrome between the byline and the body. */
function captionWhy(text: string, title: string | undefined): string | undefined {
  if (title !== undefined && text === title) return 'repeated headline';
  if (!hasArabic(text) && hasLatin(text) && words(text) <= 6) return 'image caption (Latin text)';
  if (words(text) <= 4 && !TERMINAL.test(text)) return 'image caption (short line)';
  return undefined;
}

export function pageLines(text: string): PageLine[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((raw, i) => ({ n: i + 1, text: raw.trim() }))
    .filter((l) => !INVISIBLE_ONLY.test(l.text));
}

export function extractPage(pageText: string): ExtractedPage {
  const lines = pageLines(pageText);
  const notes: PageNote[] = [];
  const dropped: DroppedLine[] = [];
  const found: ExtractedPage['found'] = {};
  const meta: PageMeta = { authors: [], language: 'ar' };
  const unsure = (message: string, line?: number) => notes.push({ level: 'unsure', message, line });
  const info = (message: string, line?: number) => notes.push({ level: 'info', message, line });
  const drop = (l: PageLine, why: string) => dropped.push({ ...l, why });

  if (lines.length === 0) {
    unsure('the page is empty');
    return { meta, paragraphs: [], paragraphLines: [], found, dropped, notes };
  }

  // 1. Byline: the first line near the top with a date (authors | date - updated: date).
  const HEAD = 12;
  let b = -1;
  let bylineDates: FoundDate[] = [];
  for (let i = 0; i < Math.min(HEAD, lines.length); i++) {
    const dates = findDates(lines[i]!.text);
    if (isByline(lines[i]!.text, dates)) {
      b = i;
      bylineDates = dates;
      break;
    }
  }

  // 2. Dateline: a short "place/ agency" line after the byline (or near the top).
  const datelineFrom = b >= 0 ? b + 1 : 0;
  let d = -1;
  let datelineParts: ReturnType<typeof datelineOf>;
  for (let i = datelineFrom; i < Math.min(datelineFrom + 6, lines.length); i++) {
    datelineParts = datelineOf(lines[i]!.text);
    if (datelineParts) {
      d = i;
      break;
    }
  }

  // 3. Footer: from the first footer line after the header to the end.
  let f = lines.length;
  for (let i = Math.max(b, d) + 1; i < lines.length; i++) {
    if (footerWhy(lines[i]!.text)) {
      f = i;
      break;
    }
  }

  // 4. Header: category, headline, summary (the lines before the byline).
  const headerEnd = b >= 0 ? b : d >= 0 ? d : -1;
  const afterHeader = b >= 0 ? b + 1 : d >= 0 ? d : 0;
  const chromeEnd = d >= 0 ? d : -1; // lines between byline and dateline are chrome
  let headlineAfterByline = -1;
  if (headerEnd >= 0) {
    const pre = lines.slice(0, headerEnd);
    const zone = lines.slice(afterHeader, chromeEnd >= 0 ? chromeEnd : Math.min(afterHeader + 4, f));
    const repeat = pre.findIndex((l) => zone.some((z) => z.text === l.text));
    let h: number;
    if (repeat >= 0) {
      h = repeat;
      found.title = { line: pre[h]!.n, how: `repeated at line ${zone.find((z) => z.text === pre[h]!.text)!.n}` };
    } else {
      h = pre.length >= 2 && isLabel(pre[0]!.text) ? 1 : 0;
      if (pre[h]) {
        found.title = { line: pre[h]!.n, how: 'first line after the category label (not repeated on the page)' };
        unsure(`headline guessed: the line "${preview(pre[h]!.text)}" is not repeated after the byline`, pre[h]!.n);
      }
    }
    if (pre[h]) meta.title = pre[h]!.text;
    else if (b === 0 && afterHeader < (d >= 0 ? d : f)) {
      // The byline opens the page: the headline, if any, follows it.
      const l = lines[afterHeader]!;
      meta.title = l.text;
      headlineAfterByline = afterHeader;
      found.title = { line: l.n, how: 'first line after the byline (guessed)' };
      unsure(`headline guessed: the page starts with the byline; took the next line "${preview(l.text)}"`, l.n);
    } else unsure('no headline found before the byline');
    if (h >= 1) {
      const label = isLabel(pre[h - 1]!.text) ? pre[h - 1]! : undefined;
      if (label) {
        meta.category = label.text;
        found.category = { line: label.n, how: 'short label above the headline' };
      }
      const above = pre.slice(0, label ? h - 1 : h);
      if (above.length) {
        for (const l of above) drop(l, 'above the headline');
        unsure(`${above.length} line(s) above the ${label ? 'category label' : 'headline'} were dropped; check them`, above[0]!.n);
      }
    } else {
      info('no category label above the headline');
    }
    const rest = pre.slice(h + 1);
    if (rest.length >= 1) {
      meta.summary = rest[0]!.text;
      found.summary = { line: rest[0]!.n, how: 'the line between headline and byline' };
      if (rest.length > 1) {
        for (const l of rest.slice(1)) drop(l, 'extra line between headline and byline');
        unsure(`${rest.length} lines between headline and byline: the first is the summary, the others were dropped`, rest[1]!.n);
      }
    } else {
      info('no summary line between headline and byline');
    }
  } else {
    // No byline and no dateline: the top of the page is a guess.
    let h = 0;
    if (lines.length >= 3 && isLabel(lines[0]!.text)) {
      meta.category = lines[0]!.text;
      found.category = { line: lines[0]!.n, how: 'short label on the first line (guessed)' };
      unsure(`category guessed from the short first line "${lines[0]!.text}"`, lines[0]!.n);
      h = 1;
    }
    meta.title = lines[h]!.text;
    found.title = { line: lines[h]!.n, how: 'first line (guessed)' };
    unsure(`headline guessed: no byline or dateline to anchor it; took "${preview(lines[h]!.text)}"`, lines[h]!.n);
    info('no summary taken: without a byline the summary cannot be told from the first paragraph');
  }

  // 5. Byline details.
  if (b >= 0) {
    const bl = lines[b]!;
    const named = authorsOf(bl.text, bylineDates);
    // "الأناضول | 19.08.2024": the agency is the source, not an author.
    const agencyOnly = named.filter((a) => agenciesIn(a).length > 0 && datelineOf(a) === undefined && a.split(/\s+/).length <= 3);
    meta.authors = named.filter((a) => !agencyOnly.includes(a));
    if (agencyOnly.length) info(`byline names ${agencyOnly.join(', ')}: taken as the agency, not an author`, bl.n);
    if (meta.authors.length) found.authors = { line: bl.n, how: 'byline' };
    else unsure('the byline names no authors', bl.n);
    const marker = UPDATED_MARKER.exec(bl.text);
    const markerAt = marker ? marker.index : Infinity;
    const published = bylineDates.find((x) => x.index < markerAt) ?? (marker ? undefined : bylineDates[0]);
    const updated = marker ? bylineDates.find((x) => x.index > markerAt) : undefined;
    if (published) {
      meta.published = published.iso;
      found.published = { line: bl.n, how: `"${published.raw}"` };
      if (published.ambiguous) unsure(`"${published.raw}" read day-first (${published.iso})`, bl.n);
    } else unsure('the byline has no publication date', bl.n);
    if (updated) {
      meta.updated = updated.iso;
      found.updated = { line: bl.n, how: `"${updated.raw}" after "${marker![0].trim()}"` };
      if (updated.ambiguous) unsure(`"${updated.raw}" read day-first (${updated.iso})`, bl.n);
    }
    if (bylineDates.length > (published ? 1 : 0) + (updated ? 1 : 0)) {
      unsure(`the byline holds ${bylineDates.length} dates; only published/updated were kept`, bl.n);
    }
  } else {
    unsure('no byline found (a line near the top with the date): no authors and no publication date');
  }

  // 6. Chrome between byline and body: repeated headline, image captions.
  let bodyStart: number;
  if (d >= 0) {
    for (let i = afterHeader; i < d; i++) {
      if (i !== headlineAfterByline) drop(lines[i]!, captionWhy(lines[i]!.text, meta.title) ?? 'between byline and dateline');
    }
    const dl = lines[d]!;
    drop(dl, 'dateline (kept as metadata)');
    meta.dateline = dl.text;
    found.dateline = { line: dl.n, how: 'own line' };
    bodyStart = d + 1;
  } else {
    bodyStart = headerEnd >= 0 ? afterHeader + (headlineAfterByline >= 0 ? 1 : 0) : found.category ? 2 : 1;
    while (bodyStart < f) {
      const why = captionWhy(lines[bodyStart]!.text, meta.title);
      if (!why) break;
      drop(lines[bodyStart]!, why);
      if (why !== 'repeated headline') unsure(`dropped "${preview(lines[bodyStart]!.text)}" as ${why}`, lines[bodyStart]!.n);
      bodyStart++;
    }
    const first = lines[bodyStart];
    const inline = first ? INLINE_DATELINE.exec(first.text) : null;
    if (first && inline && agenciesIn(inline[2] ?? inline[3] ?? '').length) {
      meta.dateline = inline[0].replace(/\s*[-–—:]\s*$/u, '').trim();
      found.dateline = { line: first.n, how: 'start of the first paragraph (left in the text)' };
      unsure(`dateline "${meta.dateline}" taken from the start of the first paragraph; the paragraph is kept as published`, first.n);
    } else {
      unsure('no dateline found (a line like "باكو/ الأناضول")');
    }
  }

  // 7. Footer.
  for (let i = f; i < lines.length; i++) drop(lines[i]!, footerWhy(lines[i]!.text) ?? 'after the footer starts');
  const longAfterFooter = lines.slice(f).filter((l) => !footerWhy(l.text) && words(l.text) >= 25);
  if (longAfterFooter.length) {
    unsure(`${longAfterFooter.length} long line(s) after the footer start were dropped with it; check them`, longAfterFooter[0]!.n);
  }
  if (f === lines.length) info('no footer recognised (subscription notice, related topics, share line)');

  // 8. Body.
  const body = lines.slice(bodyStart, f);
  const paragraphs = body.map((l) => l.text);
  const paragraphLines = body.map((l) => l.n);
  if (paragraphs.length === 0) unsure('no body paragraphs found');
  const seen = new Map<string, number>();
  body.forEach((l) => {
    const other = seen.get(l.text);
    if (other !== undefined) unsure(`paragraph at line ${l.n} repeats line ${other} (kept; corpus:check will reject it)`, l.n);
    else seen.set(l.text, l.n);
  });

  // 9. Source: the agency named by the dateline, the footer and the byline.
  const fromDateline = datelineParts ? agenciesIn(datelineParts.agency) : meta.dateline ? agenciesIn(meta.dateline) : [];
  const footerText = lines.slice(f).map((l) => l.text).join('\n');
  const fromFooter = agenciesIn(footerText);
  const fromByline = b >= 0 ? agenciesIn(lines[b]!.text) : [];
  const all = [...new Set([...fromDateline, ...fromFooter, ...fromByline])];
  const agency = fromDateline[0] ?? fromFooter[0] ?? fromByline[0];
  if (agency) {
    meta.source = agency.source;
    const where = [fromDateline.includes(agency) && 'dateline', fromFooter.includes(agency) && 'footer', fromByline.includes(agency) && 'byline']
      .filter(Boolean)
      .join(' and ');
    found.source = { how: `known agency named in the ${where}` };
    if (all.length > 1) unsure(`the page names several agencies (${all.map((a) => a.source).join(', ')}); took ${agency.source}`);
  } else if (datelineParts) {
    meta.source = datelineParts.agency;
    found.source = { line: found.dateline?.line, how: 'the dateline after "/" (not a known agency)' };
    unsure(`source "${meta.source}" taken from the dateline; it is not in the table of known agencies (src/corpus/agencies.ts)`);
  } else {
    unsure('no source found: no known agency in the dateline or footer; add "source:" by hand');
  }

  // 10. Language.
  const bodyText = paragraphs.join(' ');
  const arabic = (bodyText.match(/[\u0600-\u06FF]/g) ?? []).length;
  const latin = (bodyText.match(/[A-Za-z]/g) ?? []).length;
  if (paragraphs.length && arabic < latin) {
    meta.language = 'en';
    unsure('the body is mostly Latin script: language set to "en"');
  }

  return { meta, paragraphs, paragraphLines, found, dropped, notes, agency };
}
