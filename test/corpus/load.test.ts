import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../../src/corpus/load';
import { CorpusError } from '../../src/corpus/types';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'corpus-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
const errorOf = (fn: () => unknown): CorpusError => {
  try {
    fn();
  } catch (err) {
    if (err instanceof CorpusError) return err;
    throw err;
  }
  throw new Error('expected a CorpusError');
};

describe('loadCorpus', () => {
  it('loads the seed corpus: metadata and 19 paragraphs', () => {
    const [article] = loadCorpus(join(__dirname, '..', '..', 'corpus'));
    expect(article).toMatchObject({
      id: 'anadolu-putin-baku-2024-08-19',
      title: 'الرئيس الأذربيجاني يستقبل نظيره الروسي في باكو',
      source: 'وكالة الأناضول',
      authors: ['Ruslan Rehimov', 'Sami Sohta'],
      published: '2024-08-19',
      dateline: 'باكو/ الأناضول',
      category: 'دولي',
      language: 'ar',
    });
    expect(article!.summary).toMatch(/^تزامنت زيارة بوتين/);
    expect(article!.paragraphs).toHaveLength(19);
    expect(article!.paragraphs[18]).toContain('تواصل عملها.وسنشهد');
  });

  it('needs only a title; the id defaults to the file name', () => {
    write('only-title.md', '---\ntitle: عنوان\n---\n\nفقرة أولى.\n\nفقرة\nثانية على سطرين.\n');
    const [a] = loadCorpus(dir);
    expect(a).toMatchObject({ id: 'only-title', title: 'عنوان', language: 'ar', authors: [] });
    expect(a!.paragraphs).toEqual(['فقرة أولى.', 'فقرة ثانية على سطرين.']);
  });

  it('loads several articles in file-name order', () => {
    write('b.md', '---\ntitle: ب\n---\nنص.\n');
    write('a.md', '---\ntitle: أ\n---\nنص.\n');
    expect(loadCorpus(dir).map((a) => a.id)).toEqual(['a', 'b']);
  });

  it('names a missing folder', () => {
    const missing = join(dir, 'nope');
    expect(errorOf(() => loadCorpus(missing)).message).toBe(`${missing}: corpus folder does not exist`);
  });

  it('calls a folder without articles empty', () => {
    mkdirSync(join(dir, 'sub'));
    write('notes.txt', 'not an article');
    expect(errorOf(() => loadCorpus(dir)).message).toMatch(/corpus is empty/);
  });

  it('names the file and line of broken YAML', () => {
    write('broken.md', '---\ntitle: عنوان\nauthors: [a, b\n---\nنص.\n');
    const err = errorOf(() => loadCorpus(dir));
    expect(err.file).toBe(join(dir, 'broken.md'));
    expect(err.line).toBeGreaterThanOrEqual(2);
    expect(err.message).toMatch(/broken\.md:\d+: broken YAML front matter/);
  });

  it('names a file without a title', () => {
    write('untitled.md', '---\nsource: وكالة\n---\nنص.\n');
    expect(errorOf(() => loadCorpus(dir)).message).toMatch(/untitled\.md:2: front matter has no "title"/);
  });

  it('names a file with an empty body, and the line where the body starts', () => {
    write('empty.md', '---\ntitle: عنوان\n---\n\n   \n');
    expect(errorOf(() => loadCorpus(dir)).message).toMatch(/empty\.md:4: the article has no body paragraphs/);
  });

  it('names a file without front matter, and a bad date', () => {
    write('plain.md', 'just text\n');
    expect(errorOf(() => loadCorpus(dir)).message).toMatch(/plain\.md:1: missing YAML front matter/);
    rmSync(join(dir, 'plain.md'));
    write('date.md', '---\ntitle: t\npublished: 19.08.2024\n---\nنص.\n');
    expect(errorOf(() => loadCorpus(dir)).message).toMatch(/date\.md: "published" must be an ISO date/);
  });

  it('refuses two articles with the same id', () => {
    write('a.md', '---\ntitle: t\nid: same\n---\nنص.\n');
    write('b.md', '---\ntitle: t\nid: same\n---\nنص.\n');
    expect(errorOf(() => loadCorpus(dir)).message).toMatch(/duplicate article id "same"/);
  });
});
