import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadCorpus } from '../../src/corpus/load';
import { lexiconCoverage } from '../../src/lexicon/coverage';
import { loadLexicon } from '../../src/lexicon/english';
import { NAMES_SUFFIX } from '../../src/lexicon/names';

/**
 * The coverage rule: the English lexicon (shared words + the article's names) must reach
 * at least 95% of the distinct content words of each article's body. Checked for every article
 * of corpus/ that has its names file beside it.
 */
const CORPUS = join(__dirname, '..', '..', 'corpus');
const articles = loadCorpus(CORPUS);
const lexicon = loadLexicon(CORPUS, articles);
const withNames = articles.filter((a) => existsSync(join(CORPUS, basename(a.file, '.md') + NAMES_SUFFIX)));

describe('English lexicon coverage of the article vocabulary', () => {
  it('has at least one article with a names file', () => {
    expect(withNames.length).toBeGreaterThan(0);
  });

  it.each(withNames.map((a) => [a.id, a] as const))('%s: uncovered content words ≤ 5%%', (_id, article) => {
    const c = lexiconCoverage(article, lexicon);
    const report = `${c.uncovered.length} of ${c.words.length} content words (${(c.uncoveredShare * 100).toFixed(1)}%) have no English entry:\n${c.uncovered.join(' ')}`;
    if (c.uncoveredShare > 0.05) throw new Error(report);
    process.stdout.write(`${article.id}: ${report}\n`);
    expect(c.words.length).toBeGreaterThan(50);
  });
});
