// The universal transport conformance suite (after Watermill's Pub/Sub tests), run through
// the bus so that retries, dead letters and groups are exercised as users see them.
// Every transport runs it: memory in each `npm test`, NATS and Kafka against real servers.
// Reads tolerate duplicates (at-least-once) and count losses.

import { afterAll, describe, expect, it } from 'vitest';
import { createBus, type Bus } from '../bus/bus.js';
import { silentLogger } from '../bus/logger.js';
import { NonRetryableError } from '../core/errors.js';
import type { EventEnvelope } from '../core/envelope.js';
import type { Transport } from '../core/transport.js';
import { memoryIdempotencyStore } from '../bus/idempotency.js';
import { sampleContracts, type SampleEvents, type SampleItem } from './sample-contracts.js';
import { waitFor } from './wait.js';

export interface ConformanceOptions {
  /** Shown in the suite name. */
  name: string;
  /** A fresh transport to the broker under test; each call stands for one process. */
  createTransport(): Transport | Promise<Transport>;
  /** Kill the consumer process that owns `transport`: no acks, no clean shutdown. */
  crash?(transport: Transport): Promise<void>;
  /** Stop and start the broker with its data kept. Omit when the transport cannot survive one. */
  restartBroker?(): Promise<void>;
  /** False when the transport cannot keep order per key (default true). */
  ordering?: boolean;
  /** Longest wait for one expectation (default 30 s). */
  timeoutMs?: number;
  /** Messages per test (default 24). */
  messages?: number;
  /** Skip the whole suite with this visible reason (e.g. no broker). */
  skip?: string;
}

type Received = { event: EventEnvelope<SampleItem>; bus: string; attempt: number };

export function conformanceSuite(options: ConformanceOptions): void {
  const N = options.messages ?? 24;
  const T = options.timeoutMs ?? 30_000;
  const title = options.skip ? `transport conformance: ${options.name} (skipped: ${options.skip})` : `transport conformance: ${options.name}`;

  describe.skipIf(!!options.skip)(title, () => {
    const open: Bus<SampleEvents>[] = [];
    let run = 0;
    const prefix = () => `hc${Date.now().toString(36)}${(run++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const bus = async (p: string, source: string, extra: Partial<Parameters<typeof createBus<SampleEvents>>[0]> = {}) => {
      const transport = await options.createTransport();
      const b = createBus<SampleEvents>({
        contracts: sampleContracts(p),
        transport,
        source,
        logger: silentLogger,
        retry: { baseMs: 50, maxMs: 200, retries: 3 },
        publishRetry: { attempts: 20, baseMs: 100, maxMs: 1000 },
        ...extra,
      });
      open.push(b);
      return { bus: b, transport };
    };
    const items = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ n: from + i, key: `k${(from + i) % 7}`, text: `héllo ${from + i} ✓` }));
    const distinct = (r: Received[]) => new Set(r.map((x) => x.event.data.n));

    afterAll(async () => {
      await Promise.allSettled(open.map((b) => b.close()));
    });

    it('publish then subscribe: a new group gets every event, envelope and payload intact', async () => {
      const p = prefix();
      const { bus: pub } = await bus(p, 'publisher');
      const sent = items(N);
      const receipts = [];
      for (const item of sent) receipts.push(await pub.publish('sample.created', item, { actor: 'user-1', metadata: { tenant: 'acme' } }));
      const { bus: sub } = await bus(p, 'subscriber');
      const got: Received[] = [];
      await sub.subscribe('sample.created', (event, ctx) => void got.push({ event, bus: 'sub', attempt: ctx.attempt }), { group: `${p}-g` });
      await waitFor(() => distinct(got).size === N, T, `${N} events`);
      const byN = new Map(got.map((r) => [r.event.data.n, r.event]));
      for (const [i, item] of sent.entries()) {
        const e = byN.get(item.n)!;
        expect(e.data).toEqual(item);
        expect(e.id).toBe(receipts[i]!.id);
        expect(e.type).toBe('sample.created');
        expect(e.source).toBe('publisher');
        expect(e.specVersion).toBe('1.0');
        expect(e.correlationId).toBe(receipts[i]!.id);
        expect(e.actor).toBe('user-1');
        expect(e.metadata).toEqual({ tenant: 'acme' });
        expect(e.partitionKey).toBe(item.key);
        expect(e.aggregate).toEqual({ type: 'sample', id: item.key });
        expect(e.dataSchema).toBe('urn:herald:sample:sample.created:v1');
        expect(Number.isNaN(Date.parse(e.time))).toBe(false);
      }
    });

    it('concurrent publishers and subscribers: nothing lost', async () => {
      const p = prefix();
      const subs = await Promise.all([bus(p, 's1'), bus(p, 's2')]);
      const got: Received[] = [];
      for (const [i, s] of subs.entries()) {
        await s.bus.subscribe('sample.created', (event, ctx) => void got.push({ event, bus: `s${i}`, attempt: ctx.attempt }), { group: `${p}-g`, concurrency: 4 });
      }
      const pubs = await Promise.all([bus(p, 'p1'), bus(p, 'p2'), bus(p, 'p3')]);
      await Promise.all(pubs.map((x, i) => Promise.all(items(N, i * N).map((item) => x.bus.publish('sample.created', item)))));
      await waitFor(() => distinct(got).size === 3 * N, T, `${3 * N} events from 3 publishers`);
      expect(distinct(got).size).toBe(3 * N);
    });

    it('resend on error: a failed handler gets the event again, with attempt + 1', async () => {
      const p = prefix();
      const { bus: b } = await bus(p, 'svc');
      const attempts = new Map<number, number[]>();
      await b.subscribe(
        'sample.created',
        (event, ctx) => {
          attempts.set(event.data.n, [...(attempts.get(event.data.n) ?? []), ctx.attempt]);
          if (ctx.attempt === 1) throw new Error('transient');
        },
        { group: `${p}-g` },
      );
      for (const item of items(6)) await b.publish('sample.created', item);
      await waitFor(() => [...attempts.values()].filter((a) => a.includes(2)).length === 6, T, 'every event redelivered once');
      for (const a of attempts.values()) expect(a.slice(0, 2)).toEqual([1, 2]);
      expect(b.metrics.count('events_retried_total')).toBeGreaterThanOrEqual(6);
      expect(await b.deadLetters.list({ group: `${p}-g` })).toEqual([]);
    });

    it('topic isolation: a subscriber sees only its channel', async () => {
      const p = prefix();
      const { bus: b } = await bus(p, 'svc');
      const created: Received[] = [];
      const updated: Received[] = [];
      await b.subscribe('sample.created', (event, ctx) => void created.push({ event, bus: 'b', attempt: ctx.attempt }), { group: `${p}-g` });
      await b.subscribe('sample.updated', (event, ctx) => void updated.push({ event, bus: 'b', attempt: ctx.attempt }), { group: `${p}-g` });
      await Promise.all(items(N).map((item) => b.publish('sample.created', item)));
      await Promise.all(items(5, 1000).map((item) => b.publish('sample.updated', item)));
      await waitFor(() => distinct(created).size === N && distinct(updated).size === 5, T, 'both channels');
      expect(created.every((r) => r.event.type === 'sample.created')).toBe(true);
      expect(updated.every((r) => r.event.type === 'sample.updated' && r.event.data.n >= 1000)).toBe(true);
    });

    it('consumer groups: every group gets every event', async () => {
      const p = prefix();
      const { bus: b } = await bus(p, 'svc');
      const g1: Received[] = [];
      const g2: Received[] = [];
      await b.subscribe('sample.created', (event, ctx) => void g1.push({ event, bus: 'g1', attempt: ctx.attempt }), { group: `${p}-g1` });
      await b.subscribe('sample.created', (event, ctx) => void g2.push({ event, bus: 'g2', attempt: ctx.attempt }), { group: `${p}-g2` });
      await Promise.all(items(N).map((item) => b.publish('sample.created', item)));
      await waitFor(() => distinct(g1).size === N && distinct(g2).size === N, T, 'both groups to get everything');
    });

    it('instances of one group share the work', async () => {
      const p = prefix();
      const a = await bus(p, 'a');
      const c = await bus(p, 'c');
      const got: Received[] = [];
      const handler = (name: string) => async (event: EventEnvelope<SampleItem>, ctx: { attempt: number }) => {
        got.push({ event, bus: name, attempt: ctx.attempt });
        await new Promise((r) => setTimeout(r, 20));
      };
      await a.bus.subscribe('sample.created', handler('a'), { group: `${p}-g`, concurrency: 2 });
      await c.bus.subscribe('sample.created', handler('c'), { group: `${p}-g`, concurrency: 2 });
      const pub = await bus(p, 'pub');
      // Keys spread over partitions; publish in waves so both instances are active.
      for (let wave = 0; wave < 4; wave++) {
        await Promise.all(items(N, wave * N).map((item) => pub.bus.publish('sample.created', { ...item, key: `key-${item.n}` })));
        if (new Set(got.map((r) => r.bus)).size === 2) break;
        await waitFor(() => distinct(got).size === (wave + 1) * N, T, `wave ${wave}`);
      }
      await waitFor(() => new Set(got.map((r) => r.bus)).size === 2, T, 'both instances to take part');
      const total = Math.ceil((Math.max(...got.map((r) => r.event.data.n)) + 1) / N) * N;
      await waitFor(() => distinct(got).size === total, T, `all ${total} events`);
    });

    it('continue after a subscriber closes: the group picks up where it stopped', async () => {
      const p = prefix();
      const first = await bus(p, 'first');
      const got: Received[] = [];
      const sub = await first.bus.subscribe('sample.created', (event, ctx) => void got.push({ event, bus: 'first', attempt: ctx.attempt }), { group: `${p}-g` });
      await Promise.all(items(N).map((item) => first.bus.publish('sample.created', item)));
      await waitFor(() => distinct(got).size === N, T, 'first half');
      await sub.close();
      await Promise.all(items(N, N).map((item) => first.bus.publish('sample.created', item)));
      const second = await bus(p, 'second');
      await second.bus.subscribe('sample.created', (event, ctx) => void got.push({ event, bus: 'second', attempt: ctx.attempt }), { group: `${p}-g` });
      await waitFor(() => distinct(got).size === 2 * N, T, 'second half');
      // At-least-once: the second instance may see a few of the first half again, never fewer.
      const secondOnly = got.filter((r) => r.bus === 'second').map((r) => r.event.data.n);
      expect(secondOnly.filter((n) => n < N).length).toBeLessThan(N);
    });

    it('continue after errors: bad messages are dead-lettered, the rest flow, replay works', async () => {
      const p = prefix();
      const { bus: b, transport } = await bus(p, 'svc', { idempotency: memoryIdempotencyStore() });
      const got: Received[] = [];
      let failEveryFifth = true;
      await b.subscribe(
        'sample.created',
        (event, ctx) => {
          if (failEveryFifth && event.data.n % 5 === 0) throw new NonRetryableError(`refusing ${event.data.n}`);
          got.push({ event, bus: 'b', attempt: ctx.attempt });
        },
        { group: `${p}-g` },
      );
      const channel = sampleContracts(p).events[0]!.channel;
      // Undecodable input straight onto the wire: invalid JSON and an empty body.
      await transport.publish([
        { id: `${p}-bad1`, channelId: channel.id, subject: channel.subject, topic: channel.topic, key: 'x', headers: transport.codec.encode({ id: `${p}-bad1`, type: 'sample.created', source: 'raw', specversion: '1.0' }), body: new TextEncoder().encode('{not json') },
        { id: `${p}-bad2`, channelId: channel.id, subject: channel.subject, topic: channel.topic, key: 'x', headers: transport.codec.encode({ id: `${p}-bad2`, type: 'sample.created', source: 'raw', specversion: '1.0' }), body: new Uint8Array(0) },
      ]);
      const receipts = await Promise.all(items(N).map((item) => b.publish('sample.created', item)));
      const failing = items(N).filter((i) => i.n % 5 === 0).length;
      await waitFor(() => distinct(got).size === N - failing, T, 'the good events');
      await waitFor(async () => (await b.deadLetters.list({ group: `${p}-g` })).length === failing + 2, T, 'dead letters');
      const dead = await b.deadLetters.list({ group: `${p}-g` });
      expect(dead.filter((d) => d.reason === 'decode-failed').map((d) => d.eventId).sort()).toEqual([`${p}-bad1`, `${p}-bad2`]);
      const refused = dead.filter((d) => d.reason === 'non-retryable');
      expect(refused).toHaveLength(failing);
      const one = refused[0]!;
      expect(one.error.name).toBe('NonRetryableError');
      expect(one.attempts).toBe(1);
      expect(one.original.destination).toContain(channel.subject.split('.')[0]!);
      expect(receipts.map((r) => r.id)).toContain(one.eventId);
      expect(JSON.parse(new TextDecoder().decode(one.original.body)).n % 5).toBe(0);
      expect(await b.deadLetters.get(one.id)).toMatchObject({ id: one.id, reason: 'non-retryable' });
      expect(await b.deadLetters.list({ reason: 'decode-failed', group: `${p}-g` })).toHaveLength(2);

      failEveryFifth = false;
      expect(await b.deadLetters.replay(one.id)).toBe(1);
      await waitFor(() => got.some((r) => r.event.id === one.eventId), T, 'the replayed event');
      expect(await b.deadLetters.get(one.id)).toBeUndefined();
      expect(await b.deadLetters.purge({ group: `${p}-g`, reason: 'decode-failed' })).toBe(2);
      expect(await b.deadLetters.list({ group: `${p}-g` })).toHaveLength(failing - 1);
    });

    it('publisher close flushes: every publish that was called is delivered', async () => {
      const p = prefix();
      const pub = await bus(p, 'pub');
      const pending = items(N).map((item) => pub.bus.publish('sample.created', item));
      await pub.bus.close();
      const receipts = await Promise.all(pending);
      expect(receipts.every((r) => r.deliveredTo === 'broker')).toBe(true);
      const sub = await bus(p, 'sub');
      const got: Received[] = [];
      await sub.bus.subscribe('sample.created', (event, ctx) => void got.push({ event, bus: 'sub', attempt: ctx.attempt }), { group: `${p}-g` });
      await waitFor(() => distinct(got).size === N, T, 'all flushed events');
    });

    // Registered only where it applies, so no run shows a skipped test.
    const when = (applies: boolean, name: string, fn: () => Promise<void>) => applies && it(name, fn);

    when(options.ordering !== false, 'order per key where the transport declares ordering', async () => {
      const p = prefix();
      const { bus: b } = await bus(p, 'svc');
      const seen = new Map<string, number[]>();
      await b.subscribe(
        'sample.created',
        async (event) => {
          seen.set(event.data.key, [...(seen.get(event.data.key) ?? []), event.data.n]);
          await new Promise((r) => setTimeout(r, Math.random() * 5));
        },
        { group: `${p}-g`, ordered: true, concurrency: 4 },
      );
      const keys = ['a', 'b', 'c'];
      await Promise.all(keys.map(async (key) => {
        for (let n = 0; n < 10; n++) await b.publish('sample.created', { n, key });
      }));
      await waitFor(() => keys.every((k) => new Set(seen.get(k) ?? []).size === 10), T, 'all keys');
      for (const k of keys) {
        const order = seen.get(k)!.filter((n, i, all) => all.indexOf(n) === i);
        expect(order).toEqual([...order].sort((x, y) => x - y));
      }
    });

    when(!!options.crash, 'redelivery after the handler process dies', async () => {
      const p = prefix();
      const dying = await bus(p, 'dying');
      const got: Received[] = [];
      let stuck = 0;
      await dying.bus.subscribe(
        'sample.created',
        () => {
          stuck++;
          return new Promise(() => {}); // never settles: the process dies mid-handler
        },
        { group: `${p}-g`, timeoutMs: 1000, concurrency: 4 },
      );
      const receipts = await Promise.all(items(8).map((item) => dying.bus.publish('sample.created', item)));
      await waitFor(() => stuck > 0, T, 'the doomed handler to start');
      await options.crash!(dying.transport);
      const heir = await bus(p, 'heir');
      await heir.bus.subscribe('sample.created', (event, ctx) => void got.push({ event, bus: 'heir', attempt: ctx.attempt }), { group: `${p}-g`, timeoutMs: 1000 });
      await waitFor(() => distinct(got).size === 8, T, 'every event after the crash');
      expect(new Set(got.map((r) => r.event.id))).toEqual(new Set(receipts.map((r) => r.id)));
    });

    when(!!options.restartBroker, 'reconnect after a broker restart: nothing lost', async () => {
      const p = prefix();
      const { bus: b } = await bus(p, 'svc');
      const got: Received[] = [];
      await b.subscribe('sample.created', (event, ctx) => void got.push({ event, bus: 'b', attempt: ctx.attempt }), { group: `${p}-g` });
      await Promise.all(items(N).map((item) => b.publish('sample.created', item)));
      await waitFor(() => distinct(got).size === N, T, 'before the restart');
      await options.restartBroker!();
      await Promise.all(items(N, N).map((item) => b.publish('sample.created', item)));
      await waitFor(() => distinct(got).size === 2 * N, T * 2, 'after the restart');
    });
  });
}
