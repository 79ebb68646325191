import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAdd } from '../../src/corpus/addCli';
import { extractPage } from '../../src/corpus/page';
import { findDates } from '../../src/corpus/pageDates';
import { parseArticle } from '../../src/corpus/parse';

const ROOT = join(__dirname, '..', '..');
const SOURCE = join(ROOT, '..', 'shared', 'source', 'anadolu-putin-baku-2024-08-19.txt');
const SEED = join(ROOT, 'corpus', 'anadolu-putin-baku-2024-08-19.md');

function collector() {
  let text = '';
  return { write: (s: string) => { text += s; return true; }, get text() { return text; } };
}

function run(argv: string[]) {
  const out = collector();
  const err = collector();
  const code = runAdd(argv, { out, err });
  return { code, out: out.text, err: err.text };
}

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'corpus-add-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('corpus:add', () => {
  test('reproduces the committed seed corpus file byte for byte', () => {
    const r = run([SOURCE, '--out', dir]);
    expect(r.code).toBe(0);
    const written = readFileSync(join(dir, 'anadolu-putin-baku-2024-08-19.md'));
    expect(written.equals(readFileSync(SEED))).toBe(true);
    expect(r.err).toContain('nothing uncertain');
    expect(r.err).toMatch(/line +10 +image caption.*Baki/);
    expect(r.err).toContain('المواضيع ذات الصلة');
  });

  test('refuses to overwrite without --force; --dry-run writes nothing and prints the file', () => {
    expect(run([SOURCE, '--out', dir]).code).toBe(0);
    const again = run([SOURCE, '--out', dir]);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/exists; not overwritten/);
    expect(run([SOURCE, '--out', dir, '--force']).code).toBe(0);

    const other = mkdtempSync(join(tmpdir(), 'corpus-add-dry-'));
    try {
      const dry = run([SOURCE, '--out', other, '--dry-run', '--id', 'putin-visit']);
      expect(dry.code).toBe(0);
      expect(dry.out.startsWith('---\nid: putin-visit\n')).toBe(true);
      expect(existsSync(join(other, 'putin-visit.md'))).toBe(false);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  test('says what it is unsure of on a page without byline or dateline', () => {
    const page = [
      'اقتصاد',
      '',
      'ارتفاع أسعار النفط في الأسواق العالمية',
      '',
      'ارتفعت أسعار النفط، اليوم الثلاثاء، بعد تراجع المخزونات الأمريكية بأكثر من المتوقع.',
      '',
      'وقال محللون إن السوق تترقب قرار منظمة أوبك في اجتماعها المقبل.',
      '',
      'شارك الخبر',
    ].join('\n');
    const file = join(dir, 'page.txt');
    writeFileSync(file, page);
    const r = run([file, '--out', dir]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/UNSURE/);
    expect(r.err).toMatch(/no byline found/);
    expect(r.err).toMatch(/no dateline found/);
    expect(r.err).toMatch(/headline guessed/);
    expect(r.err).toMatch(/no source found/);
    // a generic file name gives a derived id, and says it lacks agency and date
    expect(r.err).toMatch(/id "article-undated" lacks the agency and date/);
    const written = readFileSync(join(dir, 'article-undated.md'), 'utf8');
    const article = parseArticle(written, 'x.md', 'x');
    expect(article.title).toBe('ارتفاع أسعار النفط في الأسواق العالمية');
    expect(article.category).toBe('اقتصاد');
    expect(article.paragraphs).toHaveLength(2);
    expect(article.source).toBeUndefined();
  });
});

describe('extractPage', () => {
  test('reads a byline with Arabic month names, an updated marker and an inline dateline', () => {
    const page = [
      'سياسة',
      'وزير الخارجية يزور القاهرة',
      'بقلم: أحمد علي و سارة محمود | 3 مارس 2024 - آخر تحديث: 2024-03-04T10:15:00Z',
      'القاهرة (رويترز) - وصل وزير الخارجية إلى القاهرة اليوم في زيارة رسمية تستمر يومين.',
      'وقال الوزير إن المحادثات ستتناول العلاقات الثنائية.',
      'اقرأ أيضا',
      'عنوان خبر آخر',
    ].join('\n');
    const p = extractPage(page);
    expect(p.meta.title).toBe('وزير الخارجية يزور القاهرة');
    expect(p.meta.category).toBe('سياسة');
    expect(p.meta.summary).toBeUndefined();
    expect(p.meta.authors).toEqual(['أحمد علي', 'سارة محمود']);
    expect(p.meta.published).toBe('2024-03-03');
    expect(p.meta.updated).toBe('2024-03-04');
    expect(p.meta.dateline).toBe('القاهرة (رويترز)');
    expect(p.meta.source).toBe('رويترز');
    expect(p.paragraphs).toHaveLength(2);
    expect(p.paragraphs[0]).toMatch(/^القاهرة \(رويترز\) - وصل/); // the text stays as published
    expect(p.notes.some((n) => n.level === 'unsure' && /dateline .* taken from the start/.test(n.message))).toBe(true);
    expect(p.dropped.map((d) => d.text)).toEqual(['اقرأ أيضا', 'عنوان خبر آخر']);
  });

  test('a byline naming only the agency, above the headline: agency as source, headline guessed and flagged', () => {
    const p = extractPage(['الأناضول | 2024-03-05', 'قمة عربية في القاهرة', '', 'القاهرة/ الأناضول', '', 'انطلقت أعمال القمة العربية الطارئة.'].join('\n'));
    expect(p.meta).toMatchObject({ title: 'قمة عربية في القاهرة', authors: [], published: '2024-03-05', dateline: 'القاهرة/ الأناضول', source: 'وكالة الأناضول' });
    expect(p.paragraphs).toEqual(['انطلقت أعمال القمة العربية الطارئة.']);
    const unsure = p.notes.filter((n) => n.level === 'unsure').map((n) => n.message).join('\n');
    expect(unsure).toMatch(/headline guessed/);
    expect(unsure).toMatch(/names no authors/);
  });

  test('finds dates in several formats', () => {
    expect(findDates('19.08.2024 - محدث : 20.08.2024').map((d) => d.iso)).toEqual(['2024-08-19', '2024-08-20']);
    expect(findDates('٢٤ مايو/أيار ٢٠٢٤').map((d) => d.iso)).toEqual(['2024-05-24']);
    expect(findDates('1 كانون الثاني 2023').map((d) => d.iso)).toEqual(['2023-01-01']);
    expect(findDates('August 19, 2024').map((d) => d.iso)).toEqual(['2024-08-19']);
    expect(findDates('03/04/2024')[0]).toMatchObject({ iso: '2024-04-03', ambiguous: true });
    expect(findDates('31.02.2024')).toEqual([]);
  });
});
