import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { arabicEquivalents, englishStem, isEnglishStopword, loadLexicon } from '../../src/lexicon/english';
import { loadNamesFile } from '../../src/lexicon/names';
import { fold } from '../../src/text/normalize';

const CORPUS = join(__dirname, '..', '..', 'corpus');
const ID = 'anadolu-putin-baku-2024-08-19';
const lexicon = loadLexicon(CORPUS);
const folded = (word: string, article?: string) => lexicon.equivalents(word, article).map(fold);

describe('English stemming and stopwords', () => {
  it('brings inflections to one stem (Porter2)', () => {
    expect(englishStem('announced')).toBe(englishStem('announce'));
    expect(englishStem('announces')).toBe(englishStem('announcing'));
    expect(englishStem('villages')).toBe(englishStem('village'));
  });
  it('knows function words', () => {
    expect(isEnglishStopword('the')).toBe(true);
    expect(isEnglishStopword('s')).toBe(true);
    expect(isEnglishStopword('trade')).toBe(false);
  });
});

describe('shared lexicon', () => {
  it.each([
    ['announced', 'اعلنت'],
    ['announces', 'اعلن'],
    ['said', 'قال'],
    ['met', 'لقاء'],
    ['shelled', 'قصف'],
    ['attacked', 'قصف'],
    ['liberated', 'محرره'],
    ['lasted', 'استمرت'],
    ['continues', 'تواصل'],
    ['regained', 'استعاده'],
    ['villages', 'قري'],
    ['trade', 'التجاره'],
    ['agreement', 'اتفاق'],
    ['ceasefire', 'وقف اطلاق النار'],
    ['signed', 'الموقع'],
    ['talk', 'سيتحدث'],
  ])('%s → %s', (english, arabic) => {
    expect(folded(english)).toContain(arabic);
  });

  it('maps number words and digits to digits and Arabic number words', () => {
    expect(folded('three')).toEqual(expect.arrayContaining(['3', 'ثلاث', 'ثلاثه']));
    expect(folded('four')).toEqual(expect.arrayContaining(['4', 'اربع', 'اربعه']));
    expect(folded('44')).toContain('44');
    expect(folded('billion')).toEqual(expect.arrayContaining(['مليار', 'مليارات']));
  });

  it('maps month names to both Arabic naming systems', () => {
    expect(folded('may')).toEqual(expect.arrayContaining(['مايو', 'ايار']));
    expect(folded('september')).toEqual(expect.arrayContaining(['سبتمبر', 'ايلول']));
    expect(folded('june')).toEqual(expect.arrayContaining(['يونيو', 'حزيران']));
  });

  it('returns nothing for words it does not know', () => {
    expect(lexicon.equivalents('xylophone')).toEqual([]);
    expect(lexicon.equivalents('')).toEqual([]);
  });

  it('works without any names (a new article) through arabicEquivalents', () => {
    expect(arabicEquivalents('announced').map(fold)).toContain('اعلن');
    expect(arabicEquivalents('putin')).toEqual([]);
  });
});

describe('article names', () => {
  it.each([
    ['aliyev', 'علييف'],
    ['ilham', 'الهام علييف'],
    ['putin', 'بوتين'],
    ['pashinyan', 'باشينيان'],
    ['bayramov', 'بيرموف'],
    ['azerbaijani', 'الاذربيجاني'],
    ['azeri', 'اذربيجان'],
    ['armenian', 'الارمنيه'],
    ['armenians', 'الارمينيه'],
    ['russian', 'الروسي'],
    ['karabakh', 'قره باغ'],
    ['zarkand', 'زركند'],
    ['demirchidam', 'دميرتشيدام'],
    ['caucasus', 'القوقاز'],
    ['moscow', 'موسكو'],
    ['ukraine', 'اوكرانيا'],
  ])('%s → %s', (english, arabic) => {
    expect(folded(english, ID)).toContain(arabic);
  });

  it('links a capital and its country, marked as related', () => {
    const baku = lexicon.lookup('baku', ID);
    expect(baku.find((e) => e.arabic === 'باكو')?.source).toBe('name');
    expect(baku.find((e) => e.arabic === 'أذربيجان')?.source).toBe('related');
    expect(folded('azerbaijan', ID)).toContain('باكو');
  });

  it('keeps names to their article when an article id is given', () => {
    expect(lexicon.equivalents('putin', 'another-article')).toEqual([]);
    expect(lexicon.equivalents('putin')).toContain('بوتين');
  });

  it('passes arabicEquivalents one article names', () => {
    const names = loadNamesFile(join(CORPUS, `${ID}.names.yaml`));
    expect(arabicEquivalents('pashinyan', names)).toContain('باشينيان');
  });
});

describe('terms of an English text', () => {
  it('finds phrases, names, numbers and months, and drops stopwords', () => {
    const terms = lexicon.terms('When did the prime minister of Russia say that three villages returned in May?', ID);
    const byWord = new Map(terms.map((t) => [t.english, t.arabic.map(fold)]));
    expect([...byWord.keys()]).toEqual(['prime minister', 'russia', 'say', 'three', 'villages', 'returned', 'may']);
    expect(byWord.get('prime minister')).toContain('رييس الوزراء');
    expect(byWord.get('may')).toContain('مايو');
  });

  it('reads a person named by title as that person (the article names data)', () => {
    const [t] = lexicon.terms('the Prime Minister of Armenia', ID);
    expect(t?.english).toBe('prime minister of armenia');
    expect(t?.arabic.map(fold)).toEqual(expect.arrayContaining(['باشينيان', 'رييس الوزراء الارميني']));
  });

  it('reads "may" as a month only where a month fits', () => {
    const terms = lexicon.terms('Russia may help', ID).map((t) => t.english);
    expect(terms).not.toContain('may');
  });

  it('keeps unknown words with no equivalents', () => {
    const [t] = lexicon.terms('zzyzx');
    expect(t).toMatchObject({ english: 'zzyzx', arabic: [] });
  });
});

describe('loading a corpus without names files', () => {
  it('gives shared-lexicon answers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lex-'));
    writeFileSync(join(dir, 'a.md'), '---\ntitle: عنوان\n---\n\nنص.\n');
    const lex = loadLexicon(dir);
    expect(lex.articlesWithNames).toEqual([]);
    expect(lex.equivalents('signed', 'a').map(fold)).toContain('وقع');
  });
});
