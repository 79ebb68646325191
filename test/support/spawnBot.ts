/** Runs the bot as a child process (`npm start`, or tsx on src/bot/main.ts) and collects its output. */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from './botHarness';

export interface BotProcess {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit code (or the signal name) once the process has exited. */
  exited: Promise<number | string>;
  /** Signals the child only (as a supervisor would). */
  kill(signal?: NodeJS.Signals): void;
  /** Signals the child's whole process group (cleanup: nothing is left behind). */
  killGroup(signal?: NodeJS.Signals): void;
}

export const TSX_CLI = join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
export const MAIN_TS = join(PROJECT_ROOT, 'src', 'bot', 'main.ts');

/** Only what a process needs to run, plus `env`: nothing of the caller's DISCORD_* settings. */
export function cleanEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'SystemRoot'];
  const base: NodeJS.ProcessEnv = {};
  for (const k of keep) if (process.env[k] !== undefined) base[k] = process.env[k];
  return { ...base, ...env };
}

export function spawnBot(options: { env: Record<string, string>; cwd?: string; npm?: boolean }): BotProcess {
  // Its own process group (detached), so `killGroup` can end npm, sh and node together.
  const spawnOptions: SpawnOptions = { cwd: options.cwd ?? PROJECT_ROOT, env: cleanEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'], detached: true };
  const child: ChildProcess = options.npm
    ? spawn('npm', ['start', '--silent'], spawnOptions)
    : spawn(process.execPath, [TSX_CLI, MAIN_TS], spawnOptions);
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => { out += String(d); });
  child.stderr!.on('data', (d) => { err += String(d); });
  const exited = new Promise<number | string>((resolve) => {
    child.on('close', (code, signal) => resolve(code ?? signal ?? -1));
  });
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    kill: (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
    killGroup: (signal = 'SIGKILL') => {
      try {
        if (child.pid) process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    },
  };
}

/** The one line a failing start prints on stderr (asserted: exactly one line, no stack trace). */
export function expectOneLine(stderr: string): string {
  const lines = stderr.split('\n').filter((l) => l.trim());
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/^\s+at /m); // no stack trace
  return lines[0]!;
}

/** After a test: kills the bot's whole process group and closes the stand-in, if either ran. */
export async function stopChild(bot: BotProcess | undefined, fake: { close(): Promise<void> } | undefined): Promise<void> {
  bot?.killGroup('SIGKILL');
  if (bot) await bot.exited;
  await fake?.close();
}
