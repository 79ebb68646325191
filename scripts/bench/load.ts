/**
 * npm run bench:load [-- --interactions 10000 --batch 500]
 *
 * The bot as users run it (a child process: node --import tsx src/bot/main.ts, logging at info)
 * against the stand-in Discord (test/support/fakeDiscord.ts) in this process. It prints:
 * - acknowledgement latency (from the INTERACTION_CREATE dispatch to the callback reaching
 *   Discord), median and p99, for bursts of 100 and 500 interactions sent at once (each from a
 *   distinct user, so the per-user rate limit, on at its default, blocks none), plus the time
 *   until the answer itself arrives;
 * - the bot's resident memory (RSS) before and after 10,000 interactions sent in batches, each
 *   reading taken after a full garbage collection (through the inspector), and after each batch.
 * Targets: p99 acknowledgement under 3 s at 500; memory growth under 50 MB.
 */
import { readFileSync } from 'node:fs';
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { FakeDiscord, type SentInteraction } from '../../test/support/fakeDiscord';
import { chatInput } from '../../test/support/interactions';
import { snowflake } from '../../test/support/snowflake';
import { cleanEnv } from '../../test/support/spawnBot';
import { TEST_TOKEN } from '../../test/support/botHarness';
import WebSocket from 'ws';
import { quantile, ResponseTracker } from './loadTracker';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v <= 0) throw new Error(`--${name} needs a positive whole number`);
  return v;
}
const TOTAL = option('interactions', 10000);
const BATCH = option('batch', 500);

const QUESTIONS = [
  'ما حجم التجارة السنوية بين روسيا وأذربيجان؟',
  'متى أعلنت أذربيجان استعادة القرى الثلاث؟',
  'What is the trade volume between Russia and Azerbaijan?',
  'من استقبل بوتين في باكو؟',
  'كم يوما استمرت عملية تحرير قره باغ؟',
];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/** Resident memory of a process, in MB. */
function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    if (kb) return kb / 1024;
  } catch {
    // not Linux
  }
  return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) / 1024;
}

/**
 * RSS once the bot is idle and V8 has had time to give memory back (its memory reducer runs a
 * few seconds after allocation stops): polled each second until it has not dropped for 5 s, at
 * most `maxMs`.
 */
async function settledRssMb(pid: number, maxMs = 30000): Promise<number> {
  const deadline = Date.now() + maxMs;
  let best = rssMb(pid);
  let since = Date.now();
  while (Date.now() < deadline && Date.now() - since < 5000) {
    await sleep(1000);
    const now = rssMb(pid);
    if (now < best - 0.5) { best = now; since = Date.now(); }
  }
  return Math.min(best, rssMb(pid));
}

/** The bot's V8 inspector (it prints its WebSocket address on stderr when started with --inspect). */
async function connectInspector(stderr: () => string): Promise<WebSocket> {
  await until(() => /ws:\/\/127\.0\.0\.1:\d+\/[\w-]+/.test(stderr()), 60000, 'the inspector address');
  const url = /ws:\/\/127\.0\.0\.1:\d+\/[\w-]+/.exec(stderr())![0];
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => { socket.once('open', resolve); socket.once('error', reject); });
  return socket;
}

let inspectorCall = 0;
/** A full garbage collection in the bot, then its RSS once V8 has given the freed memory back. */
async function collectedRssMb(pid: number, inspector: WebSocket): Promise<number> {
  for (let i = 0; i < 2; i++) {
    const id = ++inspectorCall;
    const done = new Promise<void>((resolve) => {
      const onMessage = (data: WebSocket.RawData) => {
        if ((JSON.parse(String(data)) as { id?: number }).id === id) {
          inspector.off('message', onMessage);
          resolve();
        }
      };
      inspector.on('message', onMessage);
    });
    inspector.send(JSON.stringify({ id, method: 'HeapProfiler.collectGarbage' }));
    await done;
  }
  return settledRssMb(pid);
}

/** Sends `n` interactions at once (mostly /ask; some /search and /help), each from a new user; waits for every answer. */
async function burst(fake: FakeDiscord, tracker: ResponseTracker, n: number): Promise<{ ack: number[]; answer: number[]; lost: number; refused: number }> {
  const sent: SentInteraction[] = [];
  for (let i = 0; i < n; i += 1) {
    const user = { id: snowflake(), username: `u${i}`, discriminator: '0', global_name: `U${i}`, avatar: null };
    const command = i % 10 === 0 ? 'help' : i % 10 === 5 ? 'search' : 'ask';
    const options: Record<string, string> = command === 'ask' ? { question: QUESTIONS[i % QUESTIONS.length]! } : command === 'search' ? { query: 'التجارة' } : {};
    const ix = fake.interact(chatInput(fake, command, options, { user }));
    tracker.follow(ix);
    sent.push(ix);
  }
  await until(() => tracker.done, 300000, `the answers to a burst of ${n}`);
  const ack: number[] = [];
  const answer: number[] = [];
  let refused = 0;
  for (const ix of sent) {
    const o = tracker.outcomes.get(ix.token)!;
    ack.push(o.ackAt! - ix.sentAt);
    answer.push(o.answerAt! - ix.sentAt);
    refused += o.refused;
  }
  const lost = sent.filter((ix) => tracker.outcomes.get(ix.token)?.answerAt === undefined).length;
  tracker.reset();
  return { ack, answer, lost, refused };
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);

async function main(): Promise<void> {
  const fake = await FakeDiscord.start();
  // As `npm start` runs it: one node process (so its RSS is the bot's), in its own process group.
  // Its log lines (10,000 interactions' worth) go nowhere; stderr is kept for a failure.
  const root = join(__dirname, '..', '..');
  // --inspect on a free loopback port: only so that the bench can ask V8 for a full garbage
  // collection before each memory reading (HeapProfiler.collectGarbage), the bot is unchanged.
  const child = spawn(process.execPath, ['--inspect=127.0.0.1:0', '--import', 'tsx', join(root, 'src', 'bot', 'main.ts')], {
    cwd: root, detached: true, stdio: ['ignore', 'ignore', 'pipe'],
    env: cleanEnv({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info' }),
  });
  let stderr = '';
  child.stderr!.on('data', (d) => { stderr += String(d); });
  const exited = new Promise<number | string>((resolve) => child.on('close', (code, signal) => resolve(code ?? signal ?? -1)));
  try {
    await until(() => fake.openSessions().length === 1 || child.exitCode !== null, 120000, 'the bot to connect');
    if (child.exitCode !== null) throw new Error(`the bot exited: ${stderr}`);
    const pid = child.pid!;
    const tracker = new ResponseTracker(fake);

    process.stdout.write(`bench:load: the bot as a child process (pid ${pid}, LOG_LEVEL=info, rate limit on at its default) against the stand-in Discord on 127.0.0.1\n`);
    process.stdout.write(`machine: ${require('node:os').cpus().length} CPUs, node ${process.version}; the stand-in shares the machine (and its CPU) with the bot\n\n`);
    await burst(fake, tracker, 50); // warm-up (JIT, connections)

    process.stdout.write('burst   ack median   ack p99   answer median   answer p99   lost  refused\n');
    const results: Record<number, { ack: number[] }> = {};
    for (const n of [100, 500]) {
      await sleep(500);
      const r = await burst(fake, tracker, n);
      results[n] = r;
      process.stdout.write(`${String(n).padStart(5)}   ${fmt(quantile(r.ack, 0.5)).padStart(10)}   ${fmt(quantile(r.ack, 0.99)).padStart(7)}   ${fmt(quantile(r.answer, 0.5)).padStart(13)}   ${fmt(quantile(r.answer, 0.99)).padStart(10)}   ${String(r.lost).padStart(4)}  ${String(r.refused).padStart(7)}\n`);
    }

    const inspector = await connectInspector(() => stderr);
    const before = await collectedRssMb(pid, inspector);
    let lost = 0;
    let done = 0;
    const p99s: number[] = [];
    const perBatch: number[] = [];
    while (done < TOTAL) {
      const n = Math.min(BATCH, TOTAL - done);
      const r = await burst(fake, tracker, n);
      lost += r.lost;
      p99s.push(quantile(r.ack, 0.99));
      perBatch.push(rssMb(pid));
      done += n;
    }
    const peak = rssMb(pid);
    const after = await collectedRssMb(pid, inspector);
    inspector.close();
    const growth = after - before;
    const p99at500 = quantile(results[500]!.ack, 0.99);

    process.stdout.write(`\nmemory (RSS of the bot process): ${before.toFixed(1)} MB before ${TOTAL} interactions (batches of ${BATCH}), ${peak.toFixed(1)} MB right after, ${after.toFixed(1)} MB after a full garbage collection once idle: growth ${growth >= 0 ? '+' : ''}${growth.toFixed(1)} MB; ${lost} lost; ack p99 per batch ${fmt(Math.min(...p99s))}–${fmt(Math.max(...p99s))}\n`);
    process.stdout.write(`RSS after each batch, MB: ${perBatch.map((m) => m.toFixed(0)).join(' ')}\n`);
    process.stdout.write(`\ntargets: ack p99 at 500 under 3 s: ${fmt(p99at500)} ${p99at500 < 3000 ? 'PASS' : 'FAIL'}; memory growth under 50 MB: ${growth.toFixed(1)} MB ${growth < 50 ? 'PASS' : 'FAIL'}\n`);
    process.stdout.write([
      '',
      'How to read it: the acknowledgement is what Discord needs within 3 s (a deferred reply for /ask',
      'and /search, the reply itself for /help). Callbacks go out at once (discord.js sends interaction',
      'callbacks without a queue). The answer to a deferred command is an edit of the reply, and',
      'discord.js paces those REST calls through its global limit of 50 requests a second, so in a',
      'burst of 500 the last answers arrive seconds later: still far inside the 15 minutes an',
      'interaction token lives. Memory is measured after a full garbage collection (asked of the bot',
      'through its inspector) once it is idle, so what remains is what the bot still holds. The RSS',
      'after each batch, without a forced collection, shows the heap V8 grows between its own',
      'major collections: growth that falls back is not a leak; growth with every batch would be.',
      '',
    ].join('\n'));
  } finally {
    if (child.exitCode === null) child.kill('SIGTERM');
    const code = await Promise.race([exited, sleep(15000).then(() => 'timeout')]);
    if (code === 'timeout') {
      try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ }
    } else if (code !== 0) process.stderr.write(`the bot exited with ${code}: ${stderr}\n`);
    await fake.close();
  }
}

main().catch((err) => {
  process.stderr.write(`bench:load failed: ${(err as Error).stack ?? err}\n`);
  process.exitCode = 1;
});
