import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { Transport } from 'herald';
import { natsIdempotencyStore } from 'herald/nats';
import { broker, makeTransport, natsSkip, rawConnection, unique, waitUntil, type Broker } from './nats-broker.js';

const title = natsSkip ? `nats transport: KV idempotency store (skipped: ${natsSkip})` : 'nats transport: KV idempotency store';

describe.skipIf(!!natsSkip)(title, () => {
  let b: Broker;
  let nc: NatsConnection;
  const open: Transport[] = [];

  beforeAll(async () => {
    b = await broker();
    nc = await rawConnection(b.url);
  });
  afterAll(async () => {
    await Promise.allSettled(open.map((t) => t.close()));
    await nc?.close();
    await b?.stop();
  });

  it('remembers keys, including keys KV would reject, across stores sharing a bucket', async () => {
    const t = makeTransport(b.url);
    open.push(t);
    const bucket = unique('idem');
    const a = natsIdempotencyStore(t, { bucket, ttlMs: 60_000 });
    const other = natsIdempotencyStore(nc, { bucket, ttlMs: 60_000 });
    const keys = ['billing|orders-svc|0190a1b2-0000-7000-8000-000000000001', 'group with spaces|src/with/slashes|id.with.dots', 'ünï*cödé>|$|', ''];
    for (const k of keys) expect(await a.has(k)).toBe(false);
    for (const k of keys) await a.add(k);
    for (const k of keys) {
      expect(await a.has(k)).toBe(true);
      expect(await other.has(k)).toBe(true);
    }
    expect(await other.has('billing|orders-svc|another')).toBe(false);
  });

  it('forgets a key after its TTL (per call or the store default), on any server version', async () => {
    const bucket = unique('idem');
    const store = natsIdempotencyStore(nc, { bucket, ttlMs: 60_000 });
    await store.add('short', 300);
    await store.add('long');
    expect(await store.has('short')).toBe(true);
    await waitUntil(async () => !(await store.has('short')), 'the short key to expire', 5000);
    expect(await store.has('long')).toBe(true);
  });

  it('creates the bucket with the TTL as max age and raises it for a longer TTL', async () => {
    const bucket = unique('idem');
    await natsIdempotencyStore(nc, { bucket, ttlMs: 10_000 }).add('k');
    const jsm = await jetstreamManager(nc);
    expect((await jsm.streams.info(`KV_${bucket}`)).config.max_age).toBe(10_000 * 1_000_000);
    const longer = natsIdempotencyStore(nc, { bucket, ttlMs: 20_000 });
    expect(await longer.has('k')).toBe(true);
    expect((await jsm.streams.info(`KV_${bucket}`)).config.max_age).toBe(20_000 * 1_000_000);
    await natsIdempotencyStore(nc, { bucket, ttlMs: 5_000 }).has('k');
    expect((await jsm.streams.info(`KV_${bucket}`)).config.max_age).toBe(20_000 * 1_000_000);
  });
});
