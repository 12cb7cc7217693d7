// Backoff for handler retries (redelivery delays) and publish retries.

import type { RetryPolicy } from './types.js';

export const DEFAULT_RETRY: RetryPolicy = { retries: 3, baseMs: 1000, factor: 2, maxMs: 60_000, jitter: 0.2 };

export function resolveRetry(partial: Partial<RetryPolicy> | undefined, base: RetryPolicy = DEFAULT_RETRY): RetryPolicy {
  const p = { ...base, ...partial };
  if (!Number.isInteger(p.retries) || p.retries < 0) throw new RangeError(`retry.retries must be a non-negative integer, got ${p.retries}`);
  if (!(p.baseMs >= 0) || !(p.factor >= 1) || !(p.maxMs >= p.baseMs) || !(p.jitter >= 0 && p.jitter <= 1)) {
    throw new RangeError(`invalid retry policy ${JSON.stringify(p)} (need baseMs >= 0, factor >= 1, maxMs >= baseMs, 0 <= jitter <= 1)`);
  }
  return p;
}

/**
 * Delay before retry number `retry` (1 = first retry): base * factor^(retry-1), capped,
 * then jittered down by up to `jitter` so that a burst of failures spreads out.
 */
export function backoffDelay(policy: RetryPolicy, retry: number, random: () => number = Math.random): number {
  const raw = Math.min(policy.maxMs, policy.baseMs * policy.factor ** Math.max(0, retry - 1));
  return Math.round(raw * (1 - policy.jitter * random()));
}
