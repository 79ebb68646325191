/**
 * `npm run ask -- "question"`: the answer engine from a terminal, exactly as the bot answers.
 * See README.md ("Asking from the terminal") for the options and the JSON contract.
 */
import { MAX_QUESTION_CHARS } from './search/question';
import { labelLanguage } from './reply/language';
import { renderTerminal, withCitations } from './reply/terminal';
import { parseCommonArgs } from './cli/args';
import { openSession, runCli } from './cli/session';

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
  const { engine, items } = openSession(args, 'question', 'no question given (npm run ask -- --help for the options)');
  for (const [i, item] of items.entries()) {
    const result = engine.ask(item.error ? '' : item.text, { article: item.error ? undefined : item.article, top: args.top });
    const lang = labelLanguage(item.text);
    const answers = item.error ? [] : withCitations(result.answers, (id) => engine.article(id), lang);
    if (item.error) process.stderr.write(`${item.where}${item.error}\n`);
    if (result.truncated) {
      process.stderr.write(`${item.where}note: the question has ${item.text.length} characters; only the first ${MAX_QUESTION_CHARS} were analysed\n`);
    }
    if (args.json) {
      process.stdout.write(JSON.stringify({ question: item.text, answers, ...(item.error ? { error: item.error } : {}) }) + '\n');
    } else {
      if (items.length > 1) process.stdout.write(`${i ? '\n' : ''}? ${item.text}\n`);
      process.stdout.write(renderTerminal(result, answers, lang) + '\n');
    }
  }
  return 0;
}

runCli(main);
