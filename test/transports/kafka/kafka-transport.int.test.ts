// The Kafka transport against a real broker (the harness's own single-node KRaft Kafka,
// or KAFKA_BROKERS): provisioning, the wire format, batching, groups, ordering, retry
// topics, commits, dead letters, health, a broker restart, and CloudEvents interop.

import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel, type IHeaders } from 'kafkajs';
import { CloudEvent, Kafka as CloudEventsKafka, type KafkaMessage } from 'cloudevents';
import { kafkaTransport, type KafkaTransport, type KafkaTransportOptions } from 'herald/kafka';
import { kafkaHeaderCodec } from '../../../runtime/core/codec.js';
import type { ChannelDescriptor } from '../../../runtime/core/contract.js';
import { toAttributes, uuidv7, formatTime } from '../../../runtime/core/envelope.js';
import type { DeadLetterRecord, InboundMessage, OutboundMessage, SubscriptionSpec } from '../../../runtime/core/transport.js';
import { waitFor } from '../../../runtime/testing/wait.js';
import { sampleContracts, type SampleEvents } from '../../../runtime/testing/sample-contracts.js';
import { createBus } from '../../../runtime/bus/bus.js';
import { silentLogger } from '../../../runtime/bus/logger.js';
import { kafkaForTests } from '../../harness/kafka-broker.js';

const broker = await kafkaForTests();
const transports: KafkaTransport[] = [];
afterAll(async () => {
  await Promise.allSettled(transports.map((t) => t.close()));
  await broker.stop();
});

const brokers = broker.available ? broker.brokers : [];
const title = broker.available ? 'kafka transport' : `kafka transport (skipped: ${broker.reason})`;
let seq = 0;
const unique = (name: string) => `ht${Date.now().toString(36)}${(seq++).toString(36)}-${name}`;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

function open(extra: Partial<KafkaTransportOptions> = {}): KafkaTransport {
  const t = kafkaTransport({ brokers, clientId: 'herald-test', sessionTimeoutMs: 6000, heartbeatIntervalMs: 500, rebalanceTimeoutMs: 10_000, publishTimeoutMs: 5000, ...extra });
  transports.push(t);
  return t;
}

function channel(name: string, kafka: ChannelDescriptor['kafka'] = { partitions: 4, replicas: 1 }): ChannelDescriptor {
  const id = unique(name);
  return { id, address: id, subject: id, topic: id, parameters: [], kafka };
}

function message(ch: ChannelDescriptor, n: number, key: string = `k${n % 5}`, extra: Record<string, string> = {}): OutboundMessage {
  const id = uuidv7();
  const headers = kafkaHeaderCodec.encode(
    toAttributes({
      id,
      type: 'test.happened',
      source: 'kafka-test',
      specVersion: '1.0',
      time: formatTime(),
      dataContentType: 'application/json',
      dataVersion: 1,
      correlationId: id,
      partitionKey: key,
      metadata: extra,
    }),
  );
  return { id, channelId: ch.id, subject: ch.subject, topic: ch.topic, key, headers, body: encoder.encode(JSON.stringify({ n, key, text: `héllo ${n} ✓` })) };
}

function spec(group: string, ch: ChannelDescriptor, extra: Partial<SubscriptionSpec> = {}): SubscriptionSpec {
  return { group, channel: ch, ordered: false, concurrency: 1, maxDeliver: 10, ackWaitMs: 30_000, ...extra };
}

const nOf = (m: InboundMessage) => (JSON.parse(decoder.decode(m.body)) as { n: number }).n;

function rawKafka() {
  return new Kafka({ clientId: 'herald-test-raw', brokers, logLevel: logLevel.NOTHING });
}

describe.skipIf(!broker.available)(title, () => {
  it('provisions topics from the channel bindings, idempotently, with a compacted DLQ', async () => {
    const t = open();
    const ch = channel('prov', { partitions: 5, replicas: 1, config: { 'retention.ms': '3600000' } });
    await t.provision([ch]);
    await t.provision([ch]);
    const admin = rawKafka().admin();
    await admin.connect();
    try {
      const meta = await admin.fetchTopicMetadata({ topics: [ch.topic, `${ch.topic}.dlq`] });
      expect(meta.topics.find((x) => x.name === ch.topic)?.partitions).toHaveLength(5);
      expect(meta.topics.find((x) => x.name === `${ch.topic}.dlq`)?.partitions).toHaveLength(1);
      const configs = await admin.describeConfigs({
        resources: [
          { type: 2, name: `${ch.topic}.dlq`, configNames: ['cleanup.policy'] },
          { type: 2, name: ch.topic, configNames: ['retention.ms'] },
        ],
        includeSynonyms: false,
      });
      const value = (topic: string, name: string) => configs.resources.find((r) => r.resourceName === topic)?.configEntries.find((e) => e.configName === name)?.configValue;
      expect(value(`${ch.topic}.dlq`, 'cleanup.policy')).toBe('compact');
      expect(value(ch.topic, 'retention.ms')).toBe('3600000');
    } finally {
      await admin.disconnect();
    }
  });

  it('reports drift when a topic has fewer partitions than its contract, and caps replicas at the broker count', async () => {
    const t = open();
    const small = channel('drift', { partitions: 2 });
    await t.provision([small]);
    const grown: ChannelDescriptor = { ...small, kafka: { partitions: 6 } };
    const err = await open().provision([grown]).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'PROVISION_DRIFT', details: { drift: [{ topic: small.topic, expectedPartitions: 6, actualPartitions: 2 }] } });
    expect((err as Error).message).toContain(small.topic);

    const wide = channel('replicas', { partitions: 1, replicas: 3 });
    await t.provision([wide]);
    expect((await t.health()).details.provisioning).toEqual(expect.arrayContaining([expect.stringContaining(`${wide.topic}: 3 replicas asked, 1 created`)]));
  });

  it('refuses to publish to a missing topic when topic creation is off', async () => {
    const t = open({ createTopics: false });
    const ch = channel('nocreate');
    await expect(t.publish([message(ch, 1)])).rejects.toMatchObject({ code: 'PROVISION_DRIFT', details: { missing: [ch.topic] } });
  });

  it('publish → subscribe: headers, body, key and record metadata intact', async () => {
    const t = open();
    const ch = channel('wire');
    await t.provision([ch]);
    const sent = Array.from({ length: 10 }, (_, i) => message(ch, i, `key-${i % 3}`, { tenant: 'acme' }));
    const before = Date.now();
    await t.publish(sent);
    const got: InboundMessage[] = [];
    const sub = await t.subscribe(spec(unique('g'), ch), async (m) => {
      got.push(m);
      await m.ack();
    });
    await waitFor(() => got.length >= sent.length, 20_000, 'all messages');
    await sub.close();
    for (const s of sent) {
      const m = got.find((g) => g.headers.ce_id === s.id)!;
      expect(m.headers).toEqual(s.headers);
      expect(decoder.decode(m.body)).toBe(decoder.decode(s.body));
      expect(m.key).toBe(s.key);
      expect(m.attempt).toBe(1);
      expect(m.destination).toBe(ch.topic);
      expect(m.channelId).toBe(ch.id);
      expect(m.position.partition).toBeGreaterThanOrEqual(0);
      expect(Number(m.position.offset)).toBeGreaterThanOrEqual(0);
      expect(m.publishedAt).toBeGreaterThanOrEqual(before - 1000);
    }
    // Same key, same partition.
    const partitionsOf = (key: string) => new Set(got.filter((m) => m.key === key).map((m) => m.position.partition));
    for (const key of ['key-0', 'key-1', 'key-2']) expect(partitionsOf(key).size).toBe(1);
  });

  it('batches concurrent publish calls into few produce requests', async () => {
    const t = open();
    const ch = channel('batch');
    await t.provision([ch]);
    await t.publish([message(ch, -1)]);
    const before = t.publishStats();
    await Promise.all(Array.from({ length: 200 }, (_, i) => t.publish([message(ch, i)])));
    const after = t.publishStats();
    expect(after.records - before.records).toBe(200);
    // Calls made in the same tick share a request; the in-flight one gathers the rest.
    expect(after.requests - before.requests).toBeLessThanOrEqual(3);
    expect(after.pending).toBe(0);
  });

  it('consumer groups: every group gets everything; instances of one group share the partitions', async () => {
    const ch = channel('groups', { partitions: 4 });
    const pub = open();
    await pub.provision([ch]);
    const g1 = unique('g1');
    const g2 = unique('g2');
    const seen: Record<string, Set<number>> = { a: new Set(), b: new Set(), other: new Set() };
    const handler = (name: string) => async (m: InboundMessage) => {
      seen[name]!.add(nOf(m));
      await m.ack();
    };
    const a = await open().subscribe(spec(g1, ch), handler('a'));
    const b = await open().subscribe(spec(g1, ch), handler('b'));
    const other = await open().subscribe(spec(g2, ch), handler('other'));
    const N = 80;
    await pub.publish(Array.from({ length: N }, (_, i) => message(ch, i, `key-${i}`)));
    await waitFor(() => new Set([...seen.a!, ...seen.b!]).size === N && seen.other!.size === N, 30_000, 'both groups');
    expect(seen.a!.size).toBeGreaterThan(0);
    expect(seen.b!.size).toBeGreaterThan(0);
    await Promise.all([a.close(), b.close(), other.close()]);
  });

  it('ordered subscriptions keep per-key order while keys run concurrently', async () => {
    const t = open();
    const ch = channel('order', { partitions: 2 });
    await t.provision([ch]);
    const keys = ['a', 'b', 'c', 'd', 'e', 'f'];
    const perKey = 15;
    const msgs = [];
    for (let i = 0; i < perKey; i++) for (const k of keys) msgs.push(message(ch, i, k));
    await t.publish(msgs);
    const order = new Map<string, number[]>();
    const running = new Set<string>();
    let overlapSameKey = false;
    let peak = 0;
    let active = 0;
    const sub = await t.subscribe(spec(unique('g'), ch, { ordered: true, concurrency: 6 }), async (m) => {
      if (running.has(m.key!)) overlapSameKey = true;
      running.add(m.key!);
      peak = Math.max(peak, ++active);
      await new Promise((r) => setTimeout(r, 2 + Math.random() * 8));
      order.set(m.key!, [...(order.get(m.key!) ?? []), nOf(m)]);
      running.delete(m.key!);
      active--;
      await m.ack();
    });
    await waitFor(() => keys.every((k) => (order.get(k)?.length ?? 0) >= perKey), 30_000, 'every key');
    await sub.close();
    expect(overlapSameKey).toBe(false);
    expect(peak).toBeGreaterThan(1);
    for (const k of keys) expect(order.get(k)).toEqual(Array.from({ length: perKey }, (_, i) => i));
  });

  it('retry(delay) redelivers through the retry topic with attempt + 1 and the original record, without blocking other keys', async () => {
    const t = open();
    const ch = channel('retry', { partitions: 1 });
    await t.provision([ch]);
    const slow = message(ch, 0, 'slow', { tenant: 'acme' });
    await t.publish([slow]);
    await t.publish(Array.from({ length: 5 }, (_, i) => message(ch, i + 1, 'fast')));
    const deliveries: { m: InboundMessage; at: number }[] = [];
    let retriedAt = 0;
    const DELAY = 1500;
    const group = unique('g');
    const sub = await t.subscribe(spec(group, ch), async (m) => {
      deliveries.push({ m, at: Date.now() });
      if (m.key === 'slow' && m.attempt === 1) {
        retriedAt = Date.now();
        await m.retry(DELAY);
      } else await m.ack();
    });
    await waitFor(() => deliveries.some((d) => d.m.key === 'slow' && d.m.attempt === 2), 30_000, 'the redelivery');
    await sub.close();
    const first = deliveries.find((d) => d.m.key === 'slow' && d.m.attempt === 1)!;
    const second = deliveries.find((d) => d.m.key === 'slow' && d.m.attempt === 2)!;
    // Other records of the same partition went on while the slow one waited.
    const fastDone = deliveries.filter((d) => d.m.key === 'fast');
    expect(fastDone).toHaveLength(5);
    expect(Math.max(...fastDone.map((d) => d.at))).toBeLessThanOrEqual(second.at);
    // Not before it was due.
    expect(second.at).toBeGreaterThanOrEqual(retriedAt + DELAY - 20);
    // The same record: headers (no transport headers), body, key, original position and time.
    expect(second.m.headers).toEqual(slow.headers);
    expect(second.m.body).toEqual(slow.body);
    expect(second.m.key).toBe('slow');
    expect(second.m.destination).toBe(ch.topic);
    expect(second.m.position).toEqual(first.m.position);
    expect(second.m.publishedAt).toBe(first.m.publishedAt);
  });

  it('a retry past maxDeliver becomes a max-deliveries dead letter', async () => {
    const t = open();
    const ch = channel('maxdeliver', { partitions: 1 });
    await t.provision([ch]);
    const sent = message(ch, 7, 'x');
    await t.publish([sent]);
    const group = unique('g');
    const attempts: number[] = [];
    const sub = await t.subscribe(spec(group, ch, { maxDeliver: 3 }), async (m) => {
      attempts.push(m.attempt);
      await m.retry(0);
    });
    await waitFor(async () => (await t.deadLetters.list({ group })).length === 1, 30_000, 'the dead letter');
    await sub.close();
    expect(attempts).toEqual([1, 2, 3]);
    const [dead] = await t.deadLetters.list({ group });
    expect(dead).toMatchObject({ reason: 'max-deliveries', eventId: sent.id, eventType: 'test.happened', attempts: 3, original: { key: 'x', headers: sent.headers, destination: ch.topic } });
  });

  it('commits only settled records: acked and termed ones are not delivered again to the group', async () => {
    const t = open();
    const ch = channel('commit', { partitions: 2 });
    await t.provision([ch]);
    await t.publish(Array.from({ length: 20 }, (_, i) => message(ch, i)));
    const group = unique('g');
    const first: number[] = [];
    const sub = await t.subscribe(spec(group, ch, { concurrency: 4 }), async (m) => {
      first.push(nOf(m));
      await new Promise((r) => setTimeout(r, Math.random() * 10));
      if (nOf(m) % 2) await m.term('non-retryable');
      else await m.ack();
    });
    await waitFor(() => new Set(first).size === 20, 20_000, 'first pass');
    await sub.close();

    await t.publish([message(ch, 100)]);
    const again: number[] = [];
    const sub2 = await open().subscribe(spec(group, ch), async (m) => {
      again.push(nOf(m));
      await m.ack();
    });
    await waitFor(() => again.includes(100), 20_000, 'the new record');
    await sub2.close();
    expect(again).toEqual([100]);
  });

  it('records whose handler never settled are delivered again after a crash', async () => {
    const ch = channel('unsettled', { partitions: 1 });
    const t = open();
    await t.provision([ch]);
    await t.publish(Array.from({ length: 6 }, (_, i) => message(ch, i)));
    const group = unique('g');
    const firstRun: number[] = [];
    await t.subscribe(spec(group, ch, { concurrency: 6 }), async (m) => {
      firstRun.push(nOf(m));
      if (nOf(m) < 2) await m.ack();
      else await new Promise(() => undefined);
    });
    await waitFor(() => firstRun.length === 6, 20_000, 'first run');
    await t.abort();
    const heir: number[] = [];
    const sub = await open().subscribe(spec(group, ch), async (m) => {
      heir.push(nOf(m));
      await m.ack();
    });
    await waitFor(() => [2, 3, 4, 5].every((n) => heir.includes(n)), 30_000, 'the unsettled records');
    await sub.close();
    expect(heir).not.toContain(0);
    expect(heir).not.toContain(1);
  });

  it('a consumer process killed with SIGKILL mid-batch loses nothing: the group redelivers what it had not settled', { timeout: 90_000 }, async () => {
    const t = open();
    const ch = channel('sigkill', { partitions: 2 });
    await t.provision([ch]);
    const group = unique('g');
    await t.publish(Array.from({ length: 12 }, (_, i) => message(ch, i)));
    const fixture = fileURLToPath(new URL('./fixtures/doomed-consumer.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', fixture, brokers.join(','), JSON.stringify(ch), group, '3'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const delivered = new Set<number>();
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) if (line.startsWith('delivered ')) delivered.add(Number(line.slice(10)));
    });
    const exited = new Promise((r) => child.once('exit', r));
    try {
      await waitFor(() => delivered.size >= 6, 60_000, 'the doomed consumer to take a batch');
    } finally {
      child.kill('SIGKILL');
      await exited;
    }
    const heir: number[] = [];
    const sub = await t.subscribe(spec(group, ch, { concurrency: 4 }), async (m) => {
      heir.push(nOf(m));
      await m.ack();
    });
    // Everything the dead process had not acked comes back (acked ones may too: at-least-once).
    await waitFor(() => Array.from({ length: 9 }, (_, i) => i + 3).every((n) => heir.includes(n)), 60_000, 'the unsettled records');
    await sub.close();
  });

  it('dead-letter store: put, list with filters, get, counts, purge, replay — read back from Kafka by another process', async () => {
    const t = open();
    const ch = channel('dlq', { partitions: 1 });
    await t.provision([ch]);
    const group = unique('g');
    const originals = [message(ch, 1, 'a'), message(ch, 2, 'b'), message(ch, 3)];
    const binary = new Uint8Array([0, 255, 1, 254]);
    const record = (i: number, reason: DeadLetterRecord['reason'], at: string): DeadLetterRecord => ({
      id: uuidv7(),
      reason,
      eventId: originals[i]!.id,
      eventType: 'test.happened',
      group: i === 2 ? `${group}-other` : group,
      original: { channelId: ch.id, destination: ch.topic, headers: originals[i]!.headers, body: i === 2 ? binary : originals[i]!.body, key: originals[i]!.key, position: { partition: 0, offset: String(i) } },
      attempts: i + 1,
      firstFailureAt: at,
      lastFailureAt: at,
      deadLetteredAt: at,
      error: { name: 'Error', message: `failure ${i}`, stack: 'Error: failure\n    at test' },
    });
    const records = [record(0, 'handler-failed', '2026-01-01T00:00:01.000Z'), record(1, 'non-retryable', '2026-01-01T00:00:02.000Z'), record(2, 'decode-failed', '2026-01-01T00:00:03.000Z')];
    for (const r of records) await t.deadLetters.put(r);

    // A fresh transport reads them from the topic, bytes and all.
    const reader = open();
    const all = await reader.deadLetters.list({ since: '2026-01-01T00:00:00.000Z', until: '2026-01-01T00:00:09.000Z' });
    const mine = all.filter((r) => r.original.destination === ch.topic);
    expect(mine.map((r) => r.id)).toEqual(records.map((r) => r.id));
    expect(mine[2]!.original.body).toEqual(binary);
    expect(mine[0]).toEqual(records[0]);
    expect(await reader.deadLetters.list({ group })).toHaveLength(2);
    expect(await reader.deadLetters.list({ group, reason: 'non-retryable' })).toEqual([records[1]]);
    expect(await reader.deadLetters.list({ group, limit: 1 })).toEqual([records[0]]);
    expect(await reader.deadLetters.list({ type: 'test.happened', since: '2026-01-01T00:00:02.500Z', until: '2026-01-01T00:00:09.000Z' })).toHaveLength(1);
    expect(await reader.deadLetters.get(records[1]!.id)).toEqual(records[1]);
    expect(await reader.deadLetters.counts()).toMatchObject({ [`${group}/handler-failed`]: 1, [`${group}/non-retryable`]: 1, [`${group}-other/decode-failed`]: 1 });

    // Replay: the original headers, body and key back on the original topic.
    const got: InboundMessage[] = [];
    const sub = await t.subscribe(spec(unique('replay'), ch), async (m) => {
      got.push(m);
      await m.ack();
    });
    await reader.replay(records[1]!);
    await waitFor(() => got.length === 1, 20_000, 'the replayed record');
    await sub.close();
    expect(got[0]!.headers).toEqual(originals[1]!.headers);
    expect(got[0]!.headers.ce_id).toBe(originals[1]!.id);
    expect(got[0]!.body).toEqual(originals[1]!.body);
    expect(got[0]!.key).toBe('b');
    expect(got[0]!.attempt).toBe(1);

    // Purge writes tombstones: gone for every reader.
    expect(await reader.deadLetters.purge({ ids: [records[0]!.id, records[2]!.id] })).toBe(2);
    expect(await t.deadLetters.get(records[0]!.id)).toBeUndefined();
    expect((await open().deadLetters.list({ group })).map((r) => r.id)).toEqual([records[1]!.id]);
    expect(await reader.deadLetters.purge({ group })).toBe(1);
    expect(await t.deadLetters.list({ group })).toEqual([]);
  });

  it('health: connected, cluster, and consumer lag per group/channel', async () => {
    const t = open();
    const ch = channel('lag', { partitions: 2 });
    await t.provision([ch]);
    const group = unique('g');
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let started = 0;
    const sub = await t.subscribe(spec(group, ch, { concurrency: 1 }), async (m) => {
      started++;
      await gate;
      await m.ack();
    });
    await t.publish(Array.from({ length: 8 }, (_, i) => message(ch, i)));
    await waitFor(() => started > 0, 20_000, 'the first delivery');
    const held = await t.health();
    expect(held.connected).toBe(true);
    expect(held.details.cluster).toMatchObject({ brokers: brokers });
    expect(held.lag?.[`${group}/${ch.id}`]).toBe(8);
    release();
    await waitFor(async () => (await t.health()).lag?.[`${group}/${ch.id}`] === 0, 20_000, 'lag to drain');
    await sub.close();
    const down = kafkaTransport({ brokers: ['127.0.0.1:9'], connectionTimeoutMs: 200, retry: { retries: 0 } });
    const h = await down.health();
    expect(h.connected).toBe(false);
    await down.close();
  });

  it('maps an unreachable cluster to a retriable TransportUnavailableError', async () => {
    const down = kafkaTransport({ brokers: ['127.0.0.1:9'], connectionTimeoutMs: 200, retry: { retries: 1, initialRetryTimeMs: 50 } });
    const ch = channel('down');
    await expect(down.publish([message(ch, 1)])).rejects.toMatchObject({ name: 'TransportUnavailableError', code: 'TRANSPORT_UNAVAILABLE', retriable: true });
    await down.close();
    await expect(down.publish([message(ch, 1)])).rejects.toMatchObject({ code: 'TRANSPORT_CLOSED' });
  });

  it('the cloudevents SDK decodes our records (Kafka binding) and validates them', async () => {
    const t = open();
    const ch = channel('interop', { partitions: 1 });
    await t.provision([ch]);
    const id = uuidv7();
    const time = formatTime();
    const attrs = toAttributes({
      id,
      type: 'order.created',
      source: 'orders-service',
      specVersion: '1.0',
      time,
      dataContentType: 'application/json',
      dataSchema: 'urn:herald:order:order.created:v2',
      dataVersion: 2,
      correlationId: 'corr-1',
      causationId: 'cause-1',
      partitionKey: 'order-42',
      aggregate: { type: 'order', id: 'order-42', version: 3 },
      priority: 'high',
      actor: 'user-7',
      metadata: { tenant: 'acme' },
    });
    const data = { orderId: 'order-42', total: { amount: 1299, currency: 'EUR' }, note: 'naïve ✓' };
    await t.publish([{ id, channelId: ch.id, subject: ch.subject, topic: ch.topic, key: 'order-42', headers: kafkaHeaderCodec.encode(attrs), body: encoder.encode(JSON.stringify(data)) }]);

    const consumer = rawKafka().consumer({ groupId: unique('raw') });
    await consumer.connect();
    await consumer.subscribe({ topic: ch.topic, fromBeginning: true });
    let raw: { key: Buffer | null; value: Buffer | null; headers?: IHeaders; timestamp: string } | undefined;
    await consumer.run({ eachMessage: async ({ message: m }) => void (raw ??= m) });
    await waitFor(() => raw !== undefined, 20_000, 'the raw record');
    await consumer.disconnect();

    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(raw!.headers ?? {})) if (v !== undefined) headers[k] = v.toString();
    const record: KafkaMessage = { key: raw!.key!.toString(), value: raw!.value!, headers, body: raw!.value!, timestamp: raw!.timestamp };
    const event = CloudEventsKafka.toEvent(record) as CloudEvent<typeof data>;
    expect(event.validate()).toBe(true);
    expect(event.id).toBe(id);
    expect(event.type).toBe('order.created');
    expect(event.source).toBe('orders-service');
    expect(event.specversion).toBe('1.0');
    expect(event.time).toBe(time);
    expect(event.datacontenttype).toBe('application/json');
    expect(event.dataschema).toBe('urn:herald:order:order.created:v2');
    expect(event.subject).toBe('order-42');
    expect(event.data).toEqual(data);
    expect(event.partitionkey).toBe('order-42');
    expect(event).toMatchObject({ dataversion: '2', correlationid: 'corr-1', causationid: 'cause-1', aggregatetype: 'order', aggregateversion: '3', priority: 'high', actor: 'user-7', tenant: 'acme' });
  });

  const ownBroker = broker.available ? broker.handle : undefined;
  if (ownBroker) {
    it('broker restart mid-stream: every acknowledged publish is delivered', { timeout: 120_000 }, async () => {
      const t = open({ publishTimeoutMs: 3000 });
      const ch = channel('restart', { partitions: 3 });
      await t.provision([ch]);
      const got = new Set<number>();
      const sub = await t.subscribe(spec(unique('g'), ch, { concurrency: 4 }), async (m) => {
        got.add(nOf(m));
        await m.ack();
      });
      const acked: number[] = [];
      const publishOne = async (n: number) => {
        // What a caller without an outbox does: try again until the broker takes it.
        for (let tries = 0; tries < 60; tries++) {
          try {
            await t.publish([message(ch, n)]);
            acked.push(n);
            return;
          } catch (err) {
            expect((err as { retriable?: boolean }).retriable).toBe(true);
            await new Promise((r) => setTimeout(r, 250));
          }
        }
      };
      const stream = (async () => {
        for (let n = 0; n < 60; n++) {
          await publishOne(n);
          await new Promise((r) => setTimeout(r, 20));
        }
      })();
      await waitFor(() => got.size >= 10, 20_000, 'the stream to flow');
      await ownBroker.restart();
      await stream;
      expect(acked).toHaveLength(60);
      await waitFor(() => acked.every((n) => got.has(n)), 60_000, 'every acknowledged record');
      await sub.close();
    });

    it('publishing during an outage goes to the outbox and is delivered when the broker is back', { timeout: 120_000 }, async () => {
      const prefix = unique('outbox');
      const dir = await mkdtemp(join(tmpdir(), 'herald-outbox-'));
      const contracts = sampleContracts(prefix, { partitions: 2 });
      const pub = createBus<SampleEvents>({
        contracts,
        transport: open({ publishTimeoutMs: 1000, connectionTimeoutMs: 500, retry: { retries: 1 } }),
        source: 'outbox-test',
        logger: silentLogger,
        outbox: { dir },
        publishRetry: { attempts: 2, baseMs: 50, maxMs: 100 },
      });
      const sub = createBus<SampleEvents>({ contracts, transport: open(), source: 'outbox-sub', logger: silentLogger });
      try {
        const got = new Set<number>();
        await sub.subscribe('sample.created', (event) => void got.add(event.data.n), { group: `${prefix}-g` });
        for (let n = 0; n < 5; n++) expect((await pub.publish('sample.created', { n, key: `k${n}` })).deliveredTo).toBe('broker');
        await waitFor(() => got.size === 5, 30_000, 'events before the outage');
        await ownBroker.kill();
        const during = await Promise.all(Array.from({ length: 10 }, (_, i) => pub.publish('sample.created', { n: 5 + i, key: `k${i}` })));
        expect(during.every((r) => r.deliveredTo === 'outbox')).toBe(true);
        await ownBroker.restart();
        await pub.flush();
        await waitFor(() => got.size === 15, 60_000, 'the outbox events after the outage');
      } finally {
        await Promise.allSettled([pub.close(), sub.close()]);
        await rm(dir, { recursive: true, force: true });
      }
    });
  }
});
