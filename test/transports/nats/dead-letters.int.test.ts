import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeadLetterRecord, InboundMessage, Transport } from 'herald';
import { DEAD_LETTER_HEADER } from 'herald/nats';
import { jetstreamManager } from '@nats-io/jetstream';
import { broker, channel, isolated, json, makeTransport, natsSkip, outbound, rawConnection, spec, unique, waitUntil, type Broker } from './nats-broker.js';

const title = natsSkip ? `nats transport: dead letters (skipped: ${natsSkip})` : 'nats transport: dead letters';

function record(over: Partial<DeadLetterRecord> & { group: string; channelId: string; destination: string }, body = new TextEncoder().encode('{"n":1}')): DeadLetterRecord {
  const at = over.deadLetteredAt ?? new Date().toISOString();
  return {
    id: over.id ?? unique('dl'),
    reason: over.reason ?? 'handler-failed',
    eventId: over.eventId ?? unique('ev'),
    eventType: over.eventType ?? 'sample.created',
    group: over.group,
    original: { channelId: over.channelId, destination: over.destination, headers: { 'ce-id': 'x', 'ce-note': 'caf%C3%A9' }, body, key: 'k1', position: { stream: 'S', sequence: 7 } },
    attempts: over.attempts ?? 4,
    firstFailureAt: at,
    lastFailureAt: at,
    deadLetteredAt: at,
    error: over.error ?? { name: 'Error', message: 'boom — ünïcode', stack: 'Error: boom\n    at handler (file.ts:1:1)' },
  };
}

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

  it('put / get / list with filters / counts / purge', async () => {
    const t = transport();
    const dl = t.deadLetters;
    const base = { channelId: 'orders-created', destination: 'orders.created' };
    const r1 = record({ ...base, group: 'billing', reason: 'handler-failed', deadLetteredAt: '2030-01-01T00:00:00.000Z' });
    const r2 = record({ ...base, group: 'billing', reason: 'decode-failed', eventType: 'sample.updated', deadLetteredAt: '2030-01-02T00:00:00.000Z' });
    const r3 = record({ ...base, group: 'audit.v2 / eu', reason: 'handler-failed', deadLetteredAt: '2030-01-03T00:00:00.000Z' }, new Uint8Array([0xff, 0x00, 0x01]));
    for (const r of [r1, r2, r3]) await dl.put(r);
    await dl.put(r1); // the same record again is stored once

    expect(await dl.get(r3.id)).toEqual(r3);
    expect(await dl.get('nope')).toBeUndefined();
    expect((await dl.list()).map((r) => r.id)).toEqual([r1.id, r2.id, r3.id]);
    expect((await dl.list({ group: 'billing' })).map((r) => r.id)).toEqual([r1.id, r2.id]);
    expect((await dl.list({ group: 'audit.v2 / eu' })).map((r) => r.id)).toEqual([r3.id]);
    expect((await dl.list({ reason: 'handler-failed' })).map((r) => r.id)).toEqual([r1.id, r3.id]);
    expect((await dl.list({ type: 'sample.updated' })).map((r) => r.id)).toEqual([r2.id]);
    expect((await dl.list({ since: '2030-01-02T00:00:00.000Z' })).map((r) => r.id)).toEqual([r2.id, r3.id]);
    expect((await dl.list({ until: '2030-01-01T12:00:00.000Z' })).map((r) => r.id)).toEqual([r1.id]);
    expect((await dl.list({ limit: 2 })).map((r) => r.id)).toEqual([r1.id, r2.id]);
    expect(await dl.counts()).toEqual({ 'billing/handler-failed': 1, 'billing/decode-failed': 1, 'audit.v2 / eu/handler-failed': 1 });

    expect(await dl.purge({ ids: [r2.id, 'nope'] })).toBe(1);
    expect(await dl.purge({ group: 'billing', type: 'sample.other' })).toBe(0);
    expect(await dl.purge({ group: 'billing' })).toBe(1);
    expect((await dl.list()).map((r) => r.id)).toEqual([r3.id]);
    expect(await dl.purge()).toBe(1);
    expect(await dl.counts()).toEqual({});
  });

  it('keeps the original body byte for byte and the record metadata in one header', async () => {
    const t = transport();
    const r = record({ group: 'g', channelId: 'c', destination: 'c.x' }, new TextEncoder().encode('{"text":"日本語"}'));
    await t.deadLetters.put(r);
    const [stored] = await t.deadLetters.list();
    expect(new TextDecoder().decode(stored!.original.body)).toBe('{"text":"日本語"}');
    expect(stored!.error.message).toBe('boom — ünïcode');
    expect(DEAD_LETTER_HEADER).toBe('Herald-Dead-Letter');
  });

  it('replay publishes the original headers and body to the original destination with a fresh Nats-Msg-Id', async () => {
    const t = transport();
    const ch = channel(unique('rp'), 'replay.events');
    await t.provision([ch]);
    const sent = outbound(ch, { n: 42 });
    await t.publish([sent]);
    const got: InboundMessage[] = [];
    await t.subscribe(spec(ch, 'g'), async (m) => {
      got.push(m);
      await m.ack();
    });
    await waitUntil(() => got.length === 1, 'the original delivery');
    const first = got[0]!;
    const r = record({ group: 'g', channelId: ch.id, destination: first.destination, eventId: sent.id });
    r.original = { ...r.original, headers: first.headers, body: first.body };
    await t.deadLetters.put(r);
    // The original Nats-Msg-Id is still inside the dedup window: a naive re-publish would vanish.
    await t.replay(r);
    await waitUntil(() => got.length === 2, 'the replayed delivery');
    const again = got[1]!;
    expect(json(again.body)).toEqual({ n: 42 });
    expect(again.headers['ce-id']).toBe(sent.id);
    expect(again.headers['Nats-Msg-Id']).toBe(`${sent.id}:replay:${r.id}`);
    expect(again.attempt).toBe(1);
    expect(again.position.sequence).toBe(2);
    // Replaying the same record again inside the window is absorbed by de-duplication.
    await t.replay(r);
    await t.publish([outbound(ch, { n: 43 })]);
    await waitUntil(() => got.length === 3, 'the marker event');
    expect(json(got[2]!.body)).toEqual({ n: 43 });
  });

  it('a message that exhausts max_deliver is dead-lettered from the MAX_DELIVERIES advisory', async () => {
    const t = transport();
    const ch = channel(unique('md'), 'maxdeliver.events');
    await t.provision([ch]);
    const attempts: number[] = [];
    // The handler never settles: as if the process handling it kept dying.
    const sub = await t.subscribe(spec(ch, 'g', { maxDeliver: 2, ackWaitMs: 1000 }), async (m) => {
      attempts.push(m.attempt);
      await new Promise(() => {});
    });
    const sent = outbound(ch, { n: 7 });
    await t.publish([sent]);
    await waitUntil(async () => (await t.deadLetters.list({ group: 'g', reason: 'max-deliveries' })).length === 1, 'the max-deliveries dead letter');
    const [dead] = await t.deadLetters.list({ group: 'g' });
    expect(dead).toMatchObject({ reason: 'max-deliveries', eventId: sent.id, eventType: 'sample.created', group: 'g', attempts: 2, error: { name: 'MaxDeliveriesExceeded' } });
    expect(dead!.original.channelId).toBe(ch.id);
    expect(dead!.original.destination).toBe('maxdeliver.events');
    expect(dead!.original.position).toMatchObject({ sequence: 1 });
    expect(json(dead!.original.body)).toEqual({ n: 7 });
    expect(dead!.original.headers['ce-id']).toBe(sent.id);
    expect(attempts).toEqual([1, 2]);
    const h = await t.health();
    expect((h.details.consumers as Record<string, { ackPending: number; pending: number }>)[`g/${ch.id}`]).toMatchObject({ ackPending: 0, pending: 0 });
    await sub.close(50);
  });

  it('dead letters are plain JetStream messages any NATS client can read', async () => {
    const id = unique('T');
    const t = transport(isolated(b.url, id));
    const r = record({ group: 'ops', channelId: 'c', destination: 'c.x' });
    await t.deadLetters.put(r);
    const nc = await rawConnection(b.url);
    try {
      const jsm = await jetstreamManager(nc);
      const msg = await jsm.streams.getMessage(`${id}_DLQ`, { last_by_subj: `${id}.dlq.ops.c.handler-failed.${r.id}` });
      expect(msg!.data).toEqual(r.original.body);
      expect(msg).not.toBeNull();
      expect(JSON.parse(msg!.header.get(DEAD_LETTER_HEADER))).toMatchObject({ id: r.id, group: 'ops', reason: 'handler-failed' });
    } finally {
      await nc.close();
    }
  });
});
