/** Starts the stand-in Discord and the real bot (in-process) against it, and tears both down. */
import { Writable } from 'node:stream';
import { join } from 'node:path';
import type { AnswerEngine } from '../../src/search/engine';
import { loadEngine } from '../../src/search/loadEngine';
import { createLogger } from '../../src/bot/logger';
import { startBot, type BotHandle, type StartOptions } from '../../src/bot/start';
import { FakeDiscord, type FakeDiscordOptions } from './fakeDiscord';

export const PROJECT_ROOT = join(__dirname, '..', '..');
export const CORPUS_DIR = join(PROJECT_ROOT, 'corpus');
export const TEST_TOKEN = 'MTIzNDU2Nzg5.test-token.not-a-real-secret-0123456789';

let engine: AnswerEngine | undefined;
/** The repository corpus, indexed once per test file. */
export function corpusEngine(): AnswerEngine {
  return (engine ??= loadEngine(CORPUS_DIR));
}

export interface Harness {
  fake: FakeDiscord;
  bot: BotHandle;
  /** Everything the bot logged (JSON lines). */
  logs: string[];
  stop(): Promise<void>;
}

export async function startHarness(options: Partial<StartOptions> = {}, fakeOptions: FakeDiscordOptions = {}): Promise<Harness> {
  const fake = await FakeDiscord.start(fakeOptions);
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const logger = createLogger({ level: 'trace', secrets: [TEST_TOKEN], destination });
  let bot: BotHandle;
  try {
    bot = await startBot({ token: TEST_TOKEN, applicationId: fake.applicationId, apiUrl: fake.apiUrl, engine: corpusEngine(), logger, ...options });
  } catch (err) {
    await fake.close();
    throw err;
  }
  return {
    fake, bot, logs,
    async stop() {
      await bot.stop();
      await fake.close();
    },
  };
}
