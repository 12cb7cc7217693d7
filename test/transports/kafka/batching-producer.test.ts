// The publish batcher against a fake kafkajs producer: calls made together share one
// request, order is kept, one request at a time, timeouts and refused requests are isolated.

import { describe, expect, it } from 'vitest';
import type { Producer, ProducerBatch, RecordMetadata } from 'kafkajs';
import { BatchingProducer, type ProducerRecord } from '../../../runtime/transports/kafka/batching-producer.js';

type Send = (batch: ProducerBatch) => Promise<RecordMetadata[]>;

function fakeProducer(send: Send): { producer: Producer; batches: ProducerBatch[] } {
  const batches: ProducerBatch[] = [];
  const producer = {
    sendBatch: (b: ProducerBatch) => {
      batches.push(b);
      return send(b);
    },
  } as unknown as Producer;
  return { producer, batches };
}

const opts = { lingerMs: 0, maxBatchMessages: 100, maxBatchBytes: 1 << 20, compression: 'gzip' as const, publishTimeoutMs: 1000 };
const rec = (n: number, topic = 't'): ProducerRecord => ({ topic, key: `k${n}`, value: new TextEncoder().encode(String(n)), headers: { ce_id: String(n) } });
const values = (b: ProducerBatch) => b.topicMessages!.flatMap((tm) => tm.messages.map((m) => `${tm.topic}:${String(m.value)}`));

describe('BatchingProducer', () => {
  it('sends calls made in the same tick as one request, in call order, acks=all', async () => {
    const { producer, batches } = fakeProducer(async () => []);
    const b = new BatchingProducer(producer, opts);
    await Promise.all([b.send([rec(1), rec(2)]), b.send([rec(3, 'u')]), b.send([rec(4)])]);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.acks).toBe(-1);
    expect(values(batches[0]!)).toEqual(['t:1', 't:2', 't:4', 'u:3']);
    expect(b.stats).toEqual({ requests: 1, records: 4, pending: 0 });
  });

  it('keeps one request in flight; calls made meanwhile form the next batch', async () => {
    let release!: () => void;
    const first = new Promise<RecordMetadata[]>((r) => (release = () => r([])));
    let calls = 0;
    const { producer, batches } = fakeProducer(() => (calls++ === 0 ? first : Promise.resolve([])));
    const b = new BatchingProducer(producer, opts);
    const p1 = b.send([rec(1)]);
    await new Promise((r) => setImmediate(r));
    const rest = [b.send([rec(2)]), b.send([rec(3)])];
    await new Promise((r) => setImmediate(r));
    expect(batches).toHaveLength(1);
    release();
    await Promise.all([p1, ...rest]);
    expect(batches.map(values)).toEqual([['t:1'], ['t:2', 't:3']]);
  });

  it('splits at the batch limits', async () => {
    const { producer, batches } = fakeProducer(async () => []);
    const b = new BatchingProducer(producer, { ...opts, maxBatchMessages: 2 });
    await Promise.all([1, 2, 3, 4, 5].map((n) => b.send([rec(n)])));
    expect(batches.map(values)).toEqual([['t:1', 't:2'], ['t:3', 't:4'], ['t:5']]);
  });

  it('rejects with a retriable error when the broker does not answer in time', async () => {
    const { producer } = fakeProducer(() => new Promise(() => undefined));
    const b = new BatchingProducer(producer, { ...opts, publishTimeoutMs: 50 });
    await expect(b.send([rec(1)])).rejects.toMatchObject({ code: 'TRANSPORT_UNAVAILABLE', retriable: true });
  });

  it('a refused request fails only the call that caused it', async () => {
    const refuse = Object.assign(new Error('too large'), { name: 'KafkaJSProtocolError', type: 'MESSAGE_TOO_LARGE', retriable: false });
    const { producer } = fakeProducer(async (batch) => {
      if (values(batch).includes('t:2')) throw refuse;
      return [];
    });
    const b = new BatchingProducer(producer, opts);
    const results = await Promise.allSettled([b.send([rec(1)]), b.send([rec(2)]), b.send([rec(3)])]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toMatchObject({ code: 'PUBLISH_FAILED', retriable: false, details: { brokerError: 'MESSAGE_TOO_LARGE' } });
  });

  it('close waits for queued calls and refuses new ones', async () => {
    const { producer } = fakeProducer(async () => []);
    const b = new BatchingProducer(producer, opts);
    const queued = b.send([rec(1)]);
    await b.close();
    await expect(queued).resolves.toBeUndefined();
    await expect(b.send([rec(2)])).rejects.toMatchObject({ code: 'TRANSPORT_CLOSED' });
  });
});
