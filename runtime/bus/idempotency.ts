// Idempotency: remember which (group, source, event id) a consumer group has processed,
// so redeliveries and replays are skipped. Stores only need `has` and `add`.

import { systemClock, type Clock } from '../core/clock.js';

export interface IdempotencyStore {
  has(key: string): Promise<boolean>;
  /** Remember `key` for `ttlMs` (the store's default when omitted). */
  add(key: string, ttlMs?: number): Promise<void>;
  close?(): Promise<void>;
}

export function idempotencyKey(group: string, source: string, eventId: string): string {
  return `${group}|${source}|${eventId}`;
}

export interface MemoryIdempotencyOptions {
  /** How long a key is remembered (default 1 hour, the seed services' window). */
  ttlMs?: number;
  /** Oldest keys are forgotten beyond this many (default 100 000). */
  maxEntries?: number;
  clock?: Clock;
}

/** In-process store with TTL; insertion-ordered Map, so expiry and eviction scan from the oldest. */
export function memoryIdempotencyStore(options: MemoryIdempotencyOptions = {}): IdempotencyStore {
  const ttl = options.ttlMs ?? 60 * 60 * 1000;
  const max = options.maxEntries ?? 100_000;
  const clock = options.clock ?? systemClock;
  const expiry = new Map<string, number>();

  const sweep = () => {
    const now = clock.now();
    for (const [k, until] of expiry) {
      if (until > now && expiry.size <= max) break;
      expiry.delete(k);
    }
  };

  return {
    async has(key) {
      const until = expiry.get(key);
      if (until === undefined) return false;
      if (until <= clock.now()) {
        expiry.delete(key);
        return false;
      }
      return true;
    },
    async add(key, ttlMs = ttl) {
      expiry.delete(key);
      expiry.set(key, clock.now() + ttlMs);
      sweep();
    },
  };
}
