// What every benchmark suite gets and gives back.

import type { Brokers } from './brokers.js';
import type { SectionResult } from './report.js';

export interface BenchContext {
  quick: boolean;
  /** Measured rounds (at least 5 in a full run). */
  rounds: number;
  /** Unrecorded rounds before them. */
  warmup: number;
  brokers: Brokers;
  log(line: string): void;
}

export interface Suite {
  /** For `--only`. */
  name: string;
  title: string;
  run(ctx: BenchContext): Promise<Pick<SectionResult, 'rows' | 'notes'>>;
}

/** Run `n` tasks with at most `window` of them in flight; rejects on the first failure. */
export async function windowed(n: number, window: number, task: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < n) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(window, n) }, worker));
}

/** A promise with its resolve function, for "the Nth message arrived". */
export function deferred<T = void>(): { promise: Promise<T>; resolve(value: T): void; reject(err: unknown): void } {
  let resolve!: (value: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Reject after `ms` with a message naming what timed out. */
export async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
