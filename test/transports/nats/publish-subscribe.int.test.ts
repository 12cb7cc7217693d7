import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboundMessage, Transport } from 'herald';
import { natsHeaderCodec } from 'herald';
import { jetstreamManager } from '@nats-io/jetstream';
import { broker, channel, isolated, json, makeTransport, natsSkip, outbound, rawConnection, spec, unique, waitUntil, type Broker } from './nats-broker.js';

const title = natsSkip ? `nats transport: publish and subscribe (skipped: ${natsSkip})` : 'nats transport: publish and subscribe';

describe.skipIf(!!natsSkip)(title, () => {
  let b: Broker;
  const open: Transport[] = [];
  const transport = (extra = {}) => {
    const t = makeTransport(b.url, extra);
    open.push(t);
    return t;
  };

  beforeAll(async () => {
    b = await broker();
  });
  afterAll(async () => {
    await Promise.allSettled(open.map((t) => t.close()));
    await b?.stop();
  });

  it('delivers headers and body intact, with destination, attempt, position and publish time', async () => {
    const t = transport();
    const ch = channel(unique('orders'), 'orders.created');
    await t.provision([ch]);
    const sent = outbound(ch, { n: 1, text: 'héllo wörld ✓', nested: { a: [1, 2] } }, { metadata: { tenant: 'ACME Corp / Zürich' } });
    const before = Date.now();
    await t.publish([sent]);
    const got: InboundMessage[] = [];
    await t.subscribe(spec(ch, 'g1'), async (m) => {
      got.push(m);
      await m.ack();
    });
    await waitUntil(() => got.length === 1, 'one delivery');
    const m = got[0]!;
    // Exactly what was sent, plus the de-duplication id JetStream keeps with the message.
    expect(m.headers).toEqual({ ...sent.headers, 'Nats-Msg-Id': sent.id });
    expect(natsHeaderCodec.decode(m.headers)).toMatchObject({ id: sent.id, tenant: 'ACME Corp / Zürich' });
    expect(json(m.body)).toEqual({ n: 1, text: 'héllo wörld ✓', nested: { a: [1, 2] } });
    expect(m.destination).toBe('orders.created');
    expect(m.channelId).toBe(ch.id);
    expect(m.attempt).toBe(1);
    expect(m.position.stream).toMatch(/_/);
    expect(m.position.sequence).toBe(1);
    expect(m.publishedAt).toBeGreaterThanOrEqual(before - 1000);
  });

  it('fills parameters into subjects and filters the channel by pattern', async () => {
    const t = transport();
    const ch = channel(unique('loc'), 'vendor.{vendorId}.location', ['vendorId']);
    await t.provision([ch]);
    await t.publish([outbound(ch, { n: 1 }, { subject: 'vendor.v-1.location' }), outbound(ch, { n: 2 }, { subject: 'vendor.v-2.location' })]);
    const got: string[] = [];
    await t.subscribe(spec(ch, 'g'), async (m) => {
      got.push(m.destination);
      await m.ack();
    });
    await waitUntil(() => got.length === 2, 'both subjects');
    expect(got.sort()).toEqual(['vendor.v-1.location', 'vendor.v-2.location']);
  });

  it('a repeated event id is stored once (Nats-Msg-Id) and the publish still resolves', async () => {
    const t = transport();
    const ch = channel(unique('dup'), 'dup.events');
    await t.provision([ch]);
    const m = outbound(ch, { n: 1 });
    await t.publish([m]);
    await t.publish([m, m]);
    const got: InboundMessage[] = [];
    await t.subscribe(spec(ch, 'g'), async (x) => {
      got.push(x);
      await x.ack();
    });
    await t.publish([outbound(ch, { n: 2 })]);
    await waitUntil(() => got.length === 2, 'the two distinct events');
    expect(got.map((x) => (json(x.body) as { n: number }).n)).toEqual([1, 2]);
  });

  it('every group gets every event; members of one group share them', async () => {
    // Two transports (two connections, as two processes would have) on the same names.
    const names = isolated(b.url);
    const t1 = transport(names);
    const t2 = transport(names);
    const ch = channel(unique('grp'), 'grp.events');
    await t1.provision([ch]);
    const a: number[] = [];
    const shareA: number[] = [];
    const shareB: number[] = [];
    const slow = (into: number[]) => async (m: InboundMessage) => {
      into.push((json(m.body) as { n: number }).n);
      await new Promise((r) => setTimeout(r, 5));
      await m.ack();
    };
    await t1.subscribe(spec(ch, 'audit'), slow(a));
    await t1.subscribe(spec(ch, 'billing', { concurrency: 2 }), slow(shareA));
    await t2.subscribe(spec(ch, 'billing', { concurrency: 2 }), slow(shareB));
    const N = 60;
    await t1.publish(Array.from({ length: N }, (_, n) => outbound(ch, { n })));
    await waitUntil(() => new Set(a).size === N && new Set([...shareA, ...shareB]).size === N, 'both groups complete');
    expect(new Set(a).size).toBe(N);
    expect(shareA.length).toBeGreaterThan(0);
    expect(shareB.length).toBeGreaterThan(0);
    // Work is shared, not copied: together they saw each event about once.
    expect(shareA.length + shareB.length).toBeLessThan(N * 1.5);
  });

  it('retry(delay) redelivers after the delay with attempt + 1; term() stops deliveries', async () => {
    const t = transport();
    const ch = channel(unique('retry'), 'retry.events');
    await t.provision([ch]);
    const seen: { n: number; attempt: number; at: number }[] = [];
    await t.subscribe(spec(ch, 'g', { ackWaitMs: 1000 }), async (m) => {
      const n = (json(m.body) as { n: number }).n;
      seen.push({ n, attempt: m.attempt, at: Date.now() });
      if (n === 1 && m.attempt === 1) return m.retry(700);
      if (n === 2) return m.term('refused by test');
      return m.ack();
    });
    await t.publish([outbound(ch, { n: 1 }), outbound(ch, { n: 2 })]);
    await waitUntil(() => seen.filter((s) => s.n === 1).length === 2, 'the redelivery');
    const [first, second] = seen.filter((s) => s.n === 1);
    expect(second!.attempt).toBe(2);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(650);
    // ack_wait is 1 s: had term() been ignored (as "+TERM <reason>" is on servers < 2.11),
    // the message would come back with attempt 2 within this wait.
    await new Promise((r) => setTimeout(r, 2500));
    expect(seen.filter((s) => s.n === 2).map((s) => s.attempt)).toEqual([1]);
    const health = await t.health();
    expect(health.lag).toEqual({ [`g/${ch.id}`]: 0 });
    expect((health.details.consumers as Record<string, { ackPending: number }>)[`g/${ch.id}`]!.ackPending).toBe(0);
  });

  it('runs at most `concurrency` handlers at once, and uses all of them', async () => {
    const t = transport();
    const ch = channel(unique('conc'), 'conc.events');
    await t.provision([ch]);
    let running = 0;
    let peak = 0;
    let done = 0;
    await t.publish(Array.from({ length: 40 }, (_, n) => outbound(ch, { n })));
    await t.subscribe(spec(ch, 'g', { concurrency: 5 }), async (m) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 30));
      running--;
      done++;
      await m.ack();
    });
    await waitUntil(() => done === 40, 'all handled');
    expect(peak).toBe(5);
  });

  it('ordered: one handler per subject at a time, in stream order per subject', async () => {
    const t = transport();
    const ch = channel(unique('ord'), 'ord.{key}', ['key']);
    await t.provision([ch]);
    const busy = new Set<string>();
    let overlap = false;
    const order = new Map<string, number[]>();
    let done = 0;
    const msgs = [];
    for (let n = 0; n < 15; n++) for (const key of ['a', 'b', 'c']) msgs.push(outbound(ch, { n, key }, { subject: `ord.${key}` }));
    await t.publish(msgs);
    await t.subscribe(spec(ch, 'g', { ordered: true, concurrency: 3 }), async (m) => {
      const { n, key } = json(m.body) as { n: number; key: string };
      if (busy.has(key)) overlap = true;
      busy.add(key);
      await new Promise((r) => setTimeout(r, Math.random() * 8));
      order.set(key, [...(order.get(key) ?? []), n]);
      busy.delete(key);
      done++;
      await m.ack();
    });
    await waitUntil(() => done === 45, 'all handled');
    expect(overlap).toBe(false);
    for (const key of ['a', 'b', 'c']) expect(order.get(key)).toEqual(Array.from({ length: 15 }, (_, i) => i));
  });

  it('ordered with concurrency 1 keeps order even across a delayed retry (max_ack_pending 1)', async () => {
    const t = transport();
    const ch = channel(unique('strict'), 'strict.events');
    await t.provision([ch]);
    const handled: string[] = [];
    await t.subscribe(spec(ch, 'g', { ordered: true, concurrency: 1 }), async (m) => {
      const { n } = json(m.body) as { n: number };
      handled.push(`${n}@${m.attempt}`);
      if (n === 0 && m.attempt === 1) return m.retry(300);
      return m.ack();
    });
    await t.publish([0, 1, 2].map((n) => outbound(ch, { n })));
    await waitUntil(() => handled.length === 4, 'four handler calls');
    expect(handled).toEqual(['0@1', '0@2', '1@1', '2@1']);
  });

  it('a consumer deleted under a running subscription is recreated and delivery goes on', async () => {
    const names = isolated(b.url);
    const t = transport(names);
    const ch = channel(unique('gone'), 'gone.events');
    await t.provision([ch]);
    const got = new Set<number>();
    await t.subscribe(spec(ch, 'g'), async (m) => {
      got.add((json(m.body) as { n: number }).n);
      await m.ack();
    });
    await t.publish([outbound(ch, { n: 1 })]);
    await waitUntil(() => got.has(1), 'the first event');
    const nc = await rawConnection(b.url);
    try {
      const jsm = await jetstreamManager(nc);
      await jsm.consumers.delete(`${names.streamPrefix}_${ch.id}`, `g_-${ch.id}`);
    } finally {
      await nc.close();
    }
    await t.publish([outbound(ch, { n: 2 })]);
    await waitUntil(() => got.has(2), 'the event after the consumer was deleted', 30_000);
  });

  it('close(deadline) stops pulling, waits for in-flight handlers, and the group resumes elsewhere', async () => {
    const t = transport();
    const ch = channel(unique('close'), 'close.events');
    await t.provision([ch]);
    let finished = 0;
    let started = 0;
    const sub = await t.subscribe(spec(ch, 'g', { concurrency: 2 }), async (m) => {
      started++;
      await new Promise((r) => setTimeout(r, 200));
      finished++;
      await m.ack();
    });
    await t.publish(Array.from({ length: 10 }, (_, n) => outbound(ch, { n })));
    await waitUntil(() => started >= 1, 'a handler to start');
    await sub.close(5000);
    const atClose = { started, finished };
    expect(atClose.finished).toBe(atClose.started);
    await sub.close();
    const rest: number[] = [];
    await t.subscribe(spec(ch, 'g'), async (m) => {
      rest.push((json(m.body) as { n: number }).n);
      await m.ack();
    });
    await waitUntil(() => atClose.finished + new Set(rest).size >= 10, 'the rest of the events');
    expect(started).toBe(atClose.started);
  });

  it('reports lag per group and channel', async () => {
    const t = transport();
    const ch = channel(unique('lag'), 'lag.events');
    await t.provision([ch]);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    await t.subscribe(spec(ch, 'slow', { concurrency: 1 }), async (m) => {
      await gate;
      await m.ack();
    });
    await t.publish(Array.from({ length: 12 }, (_, n) => outbound(ch, { n })));
    await waitUntil(async () => (await t.health()).lag?.[`slow/${ch.id}`] === 11, 'lag of 11 (one in the handler)');
    const h = await t.health();
    expect(h.connected).toBe(true);
    expect(h.details.server).toMatchObject({ jetstream: true });
    release();
    await waitUntil(async () => (await t.health()).lag?.[`slow/${ch.id}`] === 0, 'lag back to 0');
  });
});
