import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of the project's TypeScript entry points as a user would, from the project folder. */
export function runScript(script: string, args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): RunResult {
  const r = spawnSync(TSX, [join(ROOT, script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input: options.input,
    env: { ...process.env, ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
