import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runScript } from '../support/run';

const ask = (...args: string[]) => runScript('src/cli.ts', args);
const TRADE = 'ما حجم التجارة السنوية بين روسيا وأذربيجان؟';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'ask-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run ask', () => {
  it('prints the exact quote, then the citation on its own line', () => {
    const r = ask(TRADE);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toContain('يزيد على 4 مليارات دولار');
    expect(lines[1]).toBe('   — وكالة الأناضول، «الرئيس الأذربيجاني يستقبل نظيره الروسي في باكو»، 2024-08-19، الفقرة 11');
  });

  it('prints a JSON object with the documented shape, and nothing else', () => {
    const r = ask('--json', '--top', '2', TRADE);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['question', 'answers']);
    expect(out.question).toBe(TRADE);
    expect(out.answers).toHaveLength(2);
    expect(Object.keys(out.answers[0]).sort()).toEqual(['article', 'citation', 'paragraph', 'quote', 'score', 'sentence']);
    expect(out.answers[0]).toMatchObject({ article: 'anadolu-putin-baku-2024-08-19', paragraph: 11, sentence: 1 });
    expect(out.answers[0].citation).toContain('وكالة الأناضول');
    expect(typeof out.answers[0].score).toBe('number');
  });

  it('through npm --silent, stdout is only the JSON', () => {
    const r = spawnSync('npm', ['run', '--silent', 'ask', '--', '--json', 'asdfgh'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('{"question":"asdfgh","answers":[]}\n');
  });

  it.each([
    ['an empty question', ''],
    ['spaces', '    '],
    ['punctuation', '؟؟؟ !!'],
    ['emoji', '🙂🙂🙂'],
    ['control and direction characters', '\u0007\u001b[31m\u202E\u2066\u200F'],
    ['an out-of-scope question', 'ما عاصمة فرنسا؟'],
    ['English junk', 'hello'],
  ])('answers nothing, exit 0, for %s', (_name, question) => {
    const json = ask('--json', question);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).answers).toEqual([]);
    const text = ask(question);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/لا يحتوي السؤال|لا توجد إجابة واثقة|No confident answer|no words to search/);
  });

  it('accepts a 60,000-character question, analyses the start, and says so', () => {
    const long = TRADE + ' ' + 'ا'.repeat(60000);
    const r = ask('--json', long);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).answers[0].paragraph).toBe(11);
    expect(r.stderr).toMatch(/only the first 1000 were analysed/);
  });

  it('reads --file: plain and JSON lines, JSON Lines out in order', () => {
    const file = join(tmp, 'q.txt');
    writeFileSync(file, [
      TRADE,
      JSON.stringify({ question: 'من هو وزير الخارجية الأذربيجاني؟', article: 'anadolu-putin-baku-2024-08-19' }),
      'ما عاصمة فرنسا؟',
      '{not json',
      JSON.stringify({ question: 'سؤال', article: 'no-such-article' }),
    ].join('\n') + '\n');
    const r = ask('--json', '--file', file);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    expect(lines[0].answers[0].paragraph).toBe(11);
    expect(lines[1].answers[0].quote).toContain('جيهون بيرموف');
    expect(lines[2].answers).toEqual([]);
    expect(lines[3]).toMatchObject({ answers: [], error: expect.stringMatching(/not valid JSON/) });
    expect(lines[4]).toMatchObject({ answers: [], error: 'unknown article "no-such-article"' });
    expect(r.stderr).toMatch(/line 4: not valid JSON/);
  });

  it('answers from a --corpus folder and --article', () => {
    const dir = join(tmp, 'corpus');
    require('node:fs').mkdirSync(dir);
    writeFileSync(join(dir, 'one.md'), '---\ntitle: المتحف\n---\nافتتح المتحف الوطني أبوابه في الربيع.\n');
    writeFileSync(join(dir, 'two.md'), '---\ntitle: الملعب\n---\nافتتح الملعب الجديد أبوابه في الخريف.\n');
    const r = ask('--json', '--corpus', dir, '--article', 'two', 'متى افتتح الملعب أبوابه؟');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).answers[0]).toMatchObject({ article: 'two', paragraph: 1, citation: expect.stringContaining('«الملعب»') });
  });

  it.each([
    [['--top', '0', 'سؤال'], /--top must be a whole number/],
    [['--bogus', 'سؤال'], /Unknown option '--bogus'/],
    [[], /no question given/],
    [['--article', 'nope', 'سؤال'], /unknown article "nope"/],
    [['--corpus', '/no/such/dir', 'سؤال'], /\/no\/such\/dir: corpus folder does not exist/],
    [['--file', '/no/such/file'], /cannot read \/no\/such\/file: no such file/],
  ])('exits 2 with one line on stderr for %j', (args, message) => {
    const r = ask(...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.startsWith('error: ')).toBe(true);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('exits 2 and names the file for a broken corpus', () => {
    const dir = join(tmp, 'broken');
    require('node:fs').mkdirSync(dir);
    writeFileSync(join(dir, 'bad.md'), '---\ntitle: [unclosed\n---\nنص.\n');
    const r = ask('--corpus', dir, 'سؤال');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.md:\d+: broken YAML front matter/);
  });
});
