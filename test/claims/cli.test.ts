import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScript } from '../support/run';

const check = (...args: string[]) => runScript('src/check.ts', args);
const ALTERED = 'استمرت عملية تحرير قره باغ 45 يوما';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'check-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run check', () => {
  it('prints the documented JSON and nothing else', () => {
    const r = check('--json', ALTERED);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['claim', 'verdict', 'evidence', 'differences']);
    expect(out).toMatchObject({ claim: ALTERED, verdict: 'contradicted', differences: [{ kind: 'number', claim: '45 يوما', article: '44 يوما' }] });
    expect(Object.keys(out.evidence).sort()).toEqual(['article', 'citation', 'paragraph', 'quote', 'score', 'sentence']);
    expect(out.evidence).toMatchObject({ paragraph: 16, sentence: 1 });
    expect(out.evidence.citation).toContain('الفقرة 16');
  });

  it('prints a verdict, what differs and the cited evidence for people', () => {
    const r = check(ALTERED);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('غير صحيح: يقول المقال غير ذلك.');
    expect(lines[1]).toContain('«44 يوما»');
    expect(lines[2]).toContain('واستمرت 44 يوما');
    expect(lines[3]).toBe('   — وكالة الأناضول، «الرئيس الأذربيجاني يستقبل نظيره الروسي في باكو»، 2024-08-19، الفقرة 16');
  });

  it('reads --file claims and prints JSON Lines in order', () => {
    const file = join(tmp, 'claims.txt');
    writeFileSync(file, [ALTERED, '{"claim": "استمرت عملية تحرير قره باغ 44 يوما"}', '{"claim": 3}', 'ارتفع سعر النفط في الأسواق العالمية', ''].join('\n'));
    const r = check('--json', '--file', file);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.verdict)).toEqual(['contradicted', 'supported', 'unverified', 'unverified']);
    expect(lines[2]).toMatchObject({ evidence: null, differences: [] });
    expect(lines[2].error).toMatch(/claim/);
    expect(lines[3].evidence).toBeNull();
    expect(r.stderr).toMatch(/^line 3: /);
  });

  it('exits 2 with one line on stderr for usage and corpus errors', () => {
    for (const args of [[], ['--article', 'nope', 'x'], ['--corpus', join(tmp, 'missing'), 'x'], ['--bogus', 'x']]) {
      const r = check(...args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^error: /);
    }
  });
});
