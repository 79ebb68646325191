/**
 * `npm run ask -- "question"`: the answer engine from a terminal, exactly as the bot answers.
 * See README.md ("Asking from the terminal") for the options and the JSON contract.
 */
import { loadEngine } from './search/loadEngine';
import { CorpusError } from './corpus/types';
import { MAX_QUESTION_CHARS } from './search/question';
import { labelLanguage } from './reply/language';
import { renderTerminal, withCitations } from './reply/terminal';
import { parseCommonArgs, UsageError } from './cli/args';
import { readInputLines } from './cli/inputLines';
import { defaultCorpusDir, userPath } from './paths';

const USAGE = `usage: npm run ask -- [options] "question"
       npm run ask -- [options] --file questions.txt
options:
  --json          one JSON object per question on stdout
  --file PATH     one question per line (a line starting with { is {"question": "...", "article": "id"})
  --corpus DIR    the articles folder (default: corpus/)
  --article ID    answer from this article only
  --top N         how many sentences (default 3, at most 20)`;

function main(argv: string[]): number {
  const args = parseCommonArgs(argv);
  if (args.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const inputs = args.file !== undefined
    ? readInputLines(userPath(args.file), 'question')
    : [{ text: args.positionals.join(' '), article: undefined, error: undefined }];
  if (args.file === undefined && args.positionals.length === 0) throw new UsageError('no question given (npm run ask -- --help for the options)');

  const engine = loadEngine(args.corpus !== undefined ? userPath(args.corpus) : defaultCorpusDir());
  const known = (id: string | undefined) => id === undefined || engine.article(id) !== undefined;
  if (!known(args.article)) {
    throw new UsageError(`unknown article "${args.article}"; known: ${engine.articles.map((a) => a.id).join(', ')}`);
  }

  for (const [i, input] of inputs.entries()) {
    const article = input.article ?? args.article;
    let error = input.error;
    if (!error && !known(article)) error = `unknown article "${article}"`;
    const result = engine.ask(error ? '' : input.text, { article: error ? undefined : article, top: args.top });
    const lang = labelLanguage(input.text);
    const answers = error ? [] : withCitations(result.answers, (id) => engine.article(id), lang);
    const where = args.file !== undefined ? `line ${i + 1}: ` : '';
    if (error) process.stderr.write(`${where}${error}\n`);
    if (result.truncated) {
      process.stderr.write(`${where}note: the question has ${input.text.length} characters; only the first ${MAX_QUESTION_CHARS} were analysed\n`);
    }
    if (args.json) {
      process.stdout.write(JSON.stringify({ question: input.text, answers, ...(error ? { error } : {}) }) + '\n');
    } else {
      if (inputs.length > 1) process.stdout.write(`${i ? '\n' : ''}? ${input.text}\n`);
      process.stdout.write(renderTerminal(result, answers, lang) + '\n');
    }
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  if (err instanceof UsageError || err instanceof CorpusError) {
    process.stderr.write(`error: ${err.message}\n`);
  } else {
    // Unexpected: still one line, no stack trace for the user.
    process.stderr.write(`error: ${(err as Error)?.message ?? String(err)}\n`);
  }
  process.exitCode = 2;
}
