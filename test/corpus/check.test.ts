import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCorpusDir, checkFiles, formatIssue } from '../../src/corpus/check';
import { runCheck } from '../../src/corpus/checkCli';

const ROOT = join(__dirname, '..', '..');
const SEED = readFileSync(join(ROOT, 'corpus', 'anadolu-putin-baku-2024-08-19.md'), 'utf8');

const file = (title: string, body: string[], extra = '') => `---\ntitle: ${title}\n${extra}---\n\n${body.join('\n\n')}\n`;
const errors = (r: ReturnType<typeof checkFiles>) => r.issues.filter((i) => i.severity === 'error');

describe('corpus:check', () => {
  test('the committed corpus is clean', () => {
    const r = checkCorpusDir(join(ROOT, 'corpus'));
    expect(r.errors).toBe(0);
    expect(r.warnings).toBe(0);
    expect(r.paragraphs).toBe(19);
  });

  test('a duplicate id is an error at the id line of the second file', () => {
    const r = checkFiles([
      { path: 'c/a.md', text: file('أ', ['نص أول.'], 'id: same\n') },
      { path: 'c/b.md', text: file('ب', ['نص ثان.'], 'id: same\n') },
    ]);
    expect(errors(r).map((i) => formatIssue(i))).toEqual(['c/b.md:3: error: duplicate article id "same" (also in a.md)']);
  });

  test('an empty body is an error', () => {
    const r = checkFiles([{ path: 'c/e.md', text: '---\ntitle: عنوان\n---\n\n\n' }]);
    expect(errors(r)).toEqual([expect.objectContaining({ file: 'c/e.md', line: 4, message: expect.stringMatching(/no body paragraphs/) })]);
  });

  test('an empty paragraph (only a direction mark) and a repeated paragraph name their lines', () => {
    const r = checkFiles([{ path: 'c/r.md', text: file('عنوان', ['الفقرة الأولى.', 'الفقرة الثانية.', '\u200F', 'الفقرة الأولى.']) }]);
    expect(errors(r).map((i) => formatIssue(i))).toEqual([
      'c/r.md:9: error: paragraph 3 is empty (no letter or digit): "\\u200F"',
      'c/r.md:11: error: paragraph 4 repeats paragraph 1 (line 5)',
    ]);
  });

  test('broken YAML is an error with a line', () => {
    const r = checkFiles([{ path: 'c/y.md', text: '---\ntitle: عنوان\nauthors: [a, b\n---\n\nنص.\n' }]);
    const [e] = errors(r);
    expect(e?.message).toMatch(/broken YAML front matter/);
    expect(e?.line).toBeGreaterThanOrEqual(2);
  });

  test('unknown front-matter keys are warnings, not errors', () => {
    const r = checkFiles([{ path: 'c/w.md', text: file('عنوان', ['نص.'], 'glosary: x\n') }]);
    expect(r.errors).toBe(0);
    expect(r.issues.map((i) => formatIssue(i))).toEqual(['c/w.md:3: warning: unknown front-matter key "glosary" (the loader ignores it)']);
  });

  test('identical paragraphs in different articles are allowed', () => {
    const shared = 'وقال الرئيس إن المحادثات كانت مثمرة.';
    const r = checkFiles([
      { path: 'c/one.md', text: file('الأول', [shared, 'نص آخر.']) },
      { path: 'c/two.md', text: file('الثاني', [shared]) },
    ]);
    expect(r.issues).toEqual([]);
  });

  test('the command exits 1 with a count on errors and 0 when clean', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-check-'));
    const collect = () => {
      let text = '';
      return { write: (s: string) => { text += s; return true; }, get text() { return text; } };
    };
    try {
      writeFileSync(join(dir, 'anadolu-putin-baku-2024-08-19.md'), SEED);
      let out = collect(), err = collect();
      expect(runCheck([dir], { out, err })).toBe(0);
      expect(out.text).toMatch(/1 file\(s\), 19 paragraphs: 0 error\(s\), 0 warning\(s\)/);

      writeFileSync(join(dir, 'copy.md'), SEED.replace(/\n$/, '\n\nاستقبل الرئيس الأذربيجاني إلهام علييف، الاثنين، نظيره الروسي فلاديمير بوتين في مراسم رسمية بالعاصمة باكو.\n'));
      out = collect();
      err = collect();
      expect(runCheck([dir], { out, err })).toBe(1);
      expect(err.text).toMatch(/copy\.md:2: error: duplicate article id/);
      expect(err.text).toMatch(/copy\.md:54: error: paragraph 20 repeats paragraph 1 \(line 16\)/);
      expect(err.text).toMatch(/2 error\(s\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
