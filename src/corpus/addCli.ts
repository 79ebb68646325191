/**
 * npm run corpus:add -- page.txt [--out DIR] [--id ID] [--dry-run] [--force]
 *
 * Turns a news page copied from a browser into corpus/<id>.md and prints what it found (to
 * stderr) for review. With --dry-run nothing is written and the file is printed to stdout.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defaultCorpusDir, userPath } from '../paths';
import { extractPage, ExtractedPage, MetaField } from './page';
import { parseArticle } from './parse';
import { deriveId, toCorpusMarkdown } from './write';

/** Where a command writes: process.stdout/stderr, or a test's collector. */
export interface CliIo {
  out: { write(text: string): unknown };
  err: { write(text: string): unknown };
}

const USAGE = 'usage: npm run corpus:add -- page.txt [--out DIR] [--id ID] [--dry-run] [--force]';

interface AddOptions {
  page: string;
  out: string;
  id?: string;
  dryRun: boolean;
  force: boolean;
}

function parseArgs(argv: string[]): AddOptions | string {
  let page: string | undefined;
  let out: string | undefined;
  let id: string | undefined;
  let dryRun = false;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--out') out = value();
    else if (a.startsWith('--out=')) out = a.slice(6);
    else if (a === '--id') id = value();
    else if (a.startsWith('--id=')) id = a.slice(5);
    else if (a === '--dry-run') dryRun = true;
    else if (a === '--force') force = true;
    else if (a === '--help' || a === '-h') return USAGE;
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else if (page === undefined) page = a;
    else throw new Error(`one page at a time (got "${page}" and "${a}")`);
  }
  if (!page) throw new Error('which page? give the path of a copied news page');
  return { page: userPath(page), out: out ? userPath(out) : defaultCorpusDir(), id, dryRun, force };
}

const LABELS: Array<[MetaField, string]> = [
  ['category', 'category'], ['title', 'headline'], ['summary', 'summary'], ['authors', 'authors'],
  ['published', 'published'], ['updated', 'updated'], ['dateline', 'dateline'], ['source', 'source'],
];

/** The review summary: what was found where, what was dropped, and every doubt. */
export function formatReport(page: ExtractedPage, id: string, idHow: string, pageName: string): string {
  const out: string[] = [`corpus:add ${pageName}`];
  const row = (label: string, value: string, how?: string) => out.push(`  ${label.padEnd(10)} ${value}${how ? `   [${how}]` : ''}`);
  row('id', id, idHow);
  for (const [field, label] of LABELS) {
    const v = page.meta[field];
    const text = Array.isArray(v) ? v.join(', ') : v;
    const f = page.found[field];
    if (text) row(label, text, f ? `${f.line !== undefined ? `line ${f.line}: ` : ''}${f.how}` : undefined);
    else row(label, '— (none)');
  }
  row('language', page.meta.language);
  const pl = page.paragraphLines;
  row('body', `${page.paragraphs.length} paragraphs${pl.length ? ` (lines ${pl[0]}–${pl[pl.length - 1]})` : ''}`);
  page.paragraphs.forEach((p, i) => out.push(`    ${String(i + 1).padStart(3)}  ${p.length > 70 ? `${p.slice(0, 70)}…` : p}`));
  if (page.dropped.length) {
    out.push('  dropped:');
    for (const d of page.dropped) out.push(`    line ${String(d.n).padStart(3)}  ${d.why}: ${d.text.length > 50 ? `${d.text.slice(0, 50)}…` : d.text}`);
  }
  const doubts = page.notes.filter((n) => n.level === 'unsure');
  const infos = page.notes.filter((n) => n.level === 'info');
  for (const n of infos) out.push(`  note: ${n.line !== undefined ? `line ${n.line}: ` : ''}${n.message}`);
  if (doubts.length) {
    out.push(`  UNSURE (${doubts.length}) — please check:`);
    for (const n of doubts) out.push(`    - ${n.line !== undefined ? `line ${n.line}: ` : ''}${n.message}`);
  } else {
    out.push('  nothing uncertain');
  }
  return out.join('\n');
}

export function runAdd(argv: string[], io: CliIo = { out: process.stdout, err: process.stderr }): number {
  let opts: AddOptions | string;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    io.err.write(`corpus:add: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (typeof opts === 'string') {
    io.out.write(`${opts}\n`);
    return 0;
  }
  let text: string;
  try {
    text = readFileSync(opts.page, 'utf8');
  } catch (e) {
    io.err.write(`corpus:add: cannot read ${opts.page}: ${(e as Error).message}\n`);
    return 2;
  }
  const page = extractPage(text);
  const derived = opts.id ? { id: opts.id, how: 'from --id' } : deriveId(opts.page, page);
  if (derived.unsure) page.notes.push({ level: 'unsure', message: derived.unsure });
  const pageName = relative(process.cwd(), opts.page) || opts.page;
  io.err.write(`${formatReport(page, derived.id, derived.how, pageName)}\n`);

  if (!page.meta.title || page.paragraphs.length === 0) {
    io.err.write('corpus:add: not written: a corpus file needs a headline and at least one paragraph\n');
    return 1;
  }
  const markdown = toCorpusMarkdown(derived.id, page.meta, page.paragraphs);
  const target = join(opts.out, `${derived.id}.md`);
  // The file must load: run it through the real parser before writing it.
  try {
    parseArticle(markdown, target, derived.id);
  } catch (e) {
    io.err.write(`corpus:add: not written: ${(e as Error).message}\n`);
    return 1;
  }
  if (opts.dryRun) {
    io.out.write(markdown);
    io.err.write(`corpus:add: dry run, would write ${target}\n`);
    return 0;
  }
  if (existsSync(target) && !opts.force) {
    io.err.write(`corpus:add: ${target} exists; not overwritten (use --force, or --id for another id)\n`);
    return 1;
  }
  mkdirSync(opts.out, { recursive: true });
  writeFileSync(target, markdown, 'utf8');
  io.err.write(`corpus:add: wrote ${target}${page.notes.some((n) => n.level === 'unsure') ? ' (review the UNSURE items above)' : ''}\n`);
  return 0;
}

if (require.main === module) process.exitCode = runAdd(process.argv.slice(2));
