import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLexicon } from '../../src/lexicon/english';
import { LexiconError } from '../../src/lexicon/errors';
import { loadCorpusNames, loadNamesFile } from '../../src/lexicon/names';
import { CorpusError } from '../../src/corpus/types';

function namesFile(text: string, name = 'x.names.yaml'): string {
  const dir = mkdtempSync(join(tmpdir(), 'names-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('names file validation', () => {
  it('loads a valid file', () => {
    const file = namesFile('people:\n  - en: [Ali Baba, Baba]\n    ar: [علي بابا]\nplaces:\n  - id: b\n    en: Baghdad\n    ar: بغداد\n');
    const names = loadNamesFile(file);
    expect(names.entries).toHaveLength(2);
    expect(names.entries[0]).toMatchObject({ id: 'ali baba', kind: 'person', ar: ['علي بابا'] });
    expect(names.entries[1]).toMatchObject({ id: 'b', kind: 'place', en: ['Baghdad'] });
  });

  it('accepts an empty file', () => {
    expect(loadNamesFile(namesFile('')).entries).toEqual([]);
  });

  it.each([
    ['people: [\n', /invalid YAML/],
    ['- a\n', /expected a mapping/],
    ['persons: []\n', /unknown key "persons"/],
    ['people: {a: 1}\n', /"people" must be a list/],
    ['people:\n  - en: [Ali]\n', /people\[0\]: missing "ar"/],
    ['places:\n  - ar: [بغداد]\n', /places\[0\]: missing "en"/],
    ['places:\n  - en: []\n    ar: [بغداد]\n', /places\[0\]\.en: expected a non-empty list/],
    ['places:\n  - en: [Baghdad]\n    ar: [Baghdad]\n', /places\[0\]\.ar\[0\]: "Baghdad" is not an Arabic form/],
    ['places:\n  - en: [بغداد]\n    ar: [بغداد]\n', /places\[0\]\.en\[0\]: .* is not an English form/],
    ['places:\n  - en: [Baghdad]\n    ar: [بغداد]\n    related: [iraq]\n', /related id "iraq" is not an entry/],
    ['places:\n  - {id: a, en: [A], ar: [ا]}\n  - {id: a, en: [B], ar: [ب]}\n', /duplicate id "a"/],
    ['places:\n  - {en: [A], ar: [ا], capital: x}\n', /unknown key "capital"/],
  ])('rejects %j', (text, problem) => {
    const file = namesFile(text);
    let error: unknown;
    try {
      loadNamesFile(file);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(LexiconError);
    expect(error).toBeInstanceOf(CorpusError);
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toMatch(problem);
  });

  it('names the line of a YAML syntax error', () => {
    const file = namesFile('people:\n  - en: [A\n    ar: [ب]\n');
    expect(() => loadNamesFile(file)).toThrow(new RegExp(`${file.replace(/[/.]/g, '\\$&')}:\\d+`));
  });

  it('finds the names files of a corpus folder, keyed by article file name', () => {
    const file = namesFile('places:\n  - {en: [Baghdad], ar: [بغداد]}\n', 'some-article.names.yaml');
    const dir = join(file, '..');
    expect([...loadCorpusNames(dir).keys()]).toEqual(['some-article']);
    expect(loadLexicon(dir).equivalents('baghdad', 'some-article')).toEqual(['بغداد']);
    // an article whose id differs from its file name
    expect(loadLexicon(dir, [{ id: 'renamed', file: join(dir, 'some-article.md') }]).equivalents('baghdad', 'renamed')).toEqual(['بغداد']);
  });

  it('validates the shared lexicon file too', () => {
    const file = namesFile('words:\n  Trade: [تجارة]\n', 'bad.yaml');
    expect(() => loadLexicon(undefined, undefined, { sharedFile: file })).toThrow(/bad\.yaml: words: "Trade" must be a lower-case/);
    const file2 = namesFile('words:\n  trade: [تجارة]\nirregular:\n  traded: trad\n', 'bad2.yaml');
    expect(() => loadLexicon(undefined, undefined, { sharedFile: file2 })).toThrow(/irregular\.traded: "trad" is not a headword/);
  });
});
