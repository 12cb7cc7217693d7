// Child processes for wall-clock measurements: Node with the same TypeScript loader that
// `npm run bench` and `npm run generate` use (tsx, with the herald-source condition).

import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const TS_NODE = ['--import', 'tsx', '--conditions=herald-source'];

export interface ChildResult {
  /** Spawn to exit, or to the first stdout line matching `until` when given. */
  ms: number;
  stdout: string;
  stderr: string;
  code: number | null;
}

/**
 * Run `node ...args` in the repository root. With `until`, the time is taken when a stdout
 * line matches it (the child may go on shutting down); the call still waits for the exit.
 */
export function runNode(args: readonly string[], options: { until?: RegExp; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    let marked: number | undefined;
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      if (child.pid) process.kill(child.pid, 'SIGKILL');
      reject(new Error(`node ${args.join(' ')} did not finish within ${options.timeoutMs ?? 120_000} ms`));
    }, options.timeoutMs ?? 120_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (marked === undefined && options.until?.test(stdout)) marked = performance.now();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      const end = performance.now();
      if (options.until && marked === undefined) {
        reject(new Error(`node ${args.join(' ')} exited (${code}) without printing ${options.until}:\n${stderr || stdout}`));
        return;
      }
      resolve({ ms: (marked ?? end) - start, stdout, stderr, code });
    });
  });
}
