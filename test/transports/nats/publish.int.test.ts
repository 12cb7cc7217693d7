// Publishing: the bounded window of pending PubAcks, order, failure mapping. A plain NATS
// responder stands in for JetStream here, so the test sees every pending publish request.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Msg, NatsConnection } from '@nats-io/transport-node';
import { HeraldError, TransportUnavailableError, type Transport } from 'herald';
import { broker, canStartServers, channel, isolated, makeTransport, natsSkip, outbound, privateBroker, rawConnection, unique, waitUntil, type Broker } from './nats-broker.js';

const title = natsSkip ? `nats transport: publishing (skipped: ${natsSkip})` : 'nats transport: publishing';

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

  /** Answers publishes like a stream would, holding answers until `hold` are pending (or a short pause). */
  function fakeStream(subject: string, hold: number, answer: (m: Msg, seq: number) => string = (_m, seq) => JSON.stringify({ stream: 'FAKE', seq })) {
    const stats = { pending: 0, peak: 0, ids: [] as string[] };
    let held: Msg[] = [];
    let seq = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      const batch = held;
      held = [];
      for (const m of batch) {
        stats.pending--;
        m.respond(answer(m, ++seq));
      }
    };
    nc.subscribe(subject, {
      callback: (_err, m) => {
        stats.ids.push(m.headers?.get('Nats-Msg-Id') ?? '');
        stats.pending++;
        stats.peak = Math.max(stats.peak, stats.pending);
        held.push(m);
        if (timer) clearTimeout(timer);
        if (held.length >= hold) flush();
        else timer = setTimeout(flush, 150);
      },
    });
    return stats;
  }

  it('never has more than maxInFlight publishes awaiting their PubAck, and fills the window', async () => {
    const names = isolated(b.url);
    const t = makeTransport(b.url, { ...names, maxInFlight: 8 });
    open.push(t);
    const ch = channel(unique('win'), 'win.events');
    const stats = fakeStream(`${names.subjectPrefix}.win.events`, 8);
    await nc.flush();
    const batch = Array.from({ length: 100 }, (_, n) => outbound(ch, { n }));
    // Two concurrent calls share one window.
    await Promise.all([t.publish(batch.slice(0, 50)), t.publish(batch.slice(50))]);
    expect(stats.peak).toBe(8);
    expect(stats.ids).toHaveLength(100);
    // Each call's messages leave in call order.
    const first = stats.ids.filter((id) => batch.slice(0, 50).some((m) => m.id === id));
    expect(first).toEqual(batch.slice(0, 50).map((m) => m.id));
    const health = await t.health();
    expect(health.details.publish).toMatchObject({ inFlight: 0, maxInFlight: 8, highWater: 8 });
  });

  it('a refused message fails the call with its index after the rest settled; a duplicate PubAck is success', async () => {
    const names = isolated(b.url);
    const t = makeTransport(b.url, names);
    open.push(t);
    const ch = channel(unique('ref'), 'ref.events');
    const batch = Array.from({ length: 6 }, (_, n) => outbound(ch, { n }));
    const stats = fakeStream(`${names.subjectPrefix}.ref.events`, 6, (m, seq) => {
      const id = m.headers?.get('Nats-Msg-Id');
      if (id === batch[3]!.id) return JSON.stringify({ error: { code: 400, err_code: 10999, description: 'refused by test' } });
      return JSON.stringify({ stream: 'FAKE', seq, duplicate: id === batch[1]!.id });
    });
    await nc.flush();
    const err = await t.publish(batch).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(HeraldError);
    expect(err).toMatchObject({ code: 'PUBLISH_FAILED', retriable: false, details: { index: 3, id: batch[3]!.id } });
    expect(stats.ids).toHaveLength(6);
    expect(stats.pending).toBe(0);
  });

  it('publishing to a subject no stream captures is a retriable error that says so', async () => {
    const t = makeTransport(b.url, { publishTimeoutMs: 2000 });
    open.push(t);
    const err = await t.publish([outbound(channel(unique('none'), 'not.provisioned'), { n: 1 })]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransportUnavailableError);
    expect((err as Error).message).toMatch(/provisioned/);
  });

  // Needs a server of its own to kill; registered only where one can be started.
  if (canStartServers) it('fails fast with TransportUnavailableError while the server is down, and works again after it returns', async () => {
    const own = await privateBroker();
    const t = makeTransport(own.url, { reconnect: { waitMs: 100, jitterMs: 0 } });
    try {
      const ch = channel(unique('down'), 'down.events');
      await t.provision([ch]);
      await t.publish([outbound(ch, { n: 1 })]);
      await own.server!.kill();
      // Once the client has noticed, publishing fails at once instead of waiting for a PubAck timeout.
      await waitUntil(async () => !(await t.health()).connected, 'the client to see the disconnect');
      const err = await t.publish([outbound(ch, { n: 2 })]).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(TransportUnavailableError);
      expect((err as TransportUnavailableError).retriable).toBe(true);
      await own.server!.restart();
      let ok = false;
      for (let i = 0; i < 100 && !ok; i++) {
        ok = await t.publish([outbound(ch, { n: 3 })]).then(
          () => true,
          () => new Promise<boolean>((r) => setTimeout(() => r(false), 100)),
        );
      }
      expect(ok).toBe(true);
      expect((await t.health()).connected).toBe(true);
    } finally {
      await t.close();
      await own.stop();
    }
  });
});
