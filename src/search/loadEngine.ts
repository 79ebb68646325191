import { loadCorpus } from '../corpus/load';
import { loadLexicon } from '../lexicon/english';
import { AnswerEngine } from './engine';

/** Loads a corpus folder (articles and their names files) and builds the engine over it, once. */
export function loadEngine(corpusDir: string): AnswerEngine {
  const articles = loadCorpus(corpusDir);
  return new AnswerEngine(articles, { lexicon: loadLexicon(corpusDir, articles) });
}
