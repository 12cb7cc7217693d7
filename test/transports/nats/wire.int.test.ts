// The wire format from the outside: a plain NATS subscriber (no Herald) reads what the
// transport published, and the official CloudEvents SDK accepts it. The SDK's HTTP binding
// reads `ce-*` headers but does not percent-decode, so the values here are plain ASCII.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTP, type CloudEvent } from 'cloudevents';
import type { NatsConnection } from '@nats-io/transport-node';
import { natsHeaderCodec, type Transport } from 'herald';
import { encodeBody } from '../../../runtime/core/codec.js';
import { toAttributes } from '../../../runtime/core/envelope.js';
import { broker, channel, isolated, makeTransport, natsSkip, rawConnection, unique, type Broker } from './nats-broker.js';

const title = natsSkip ? `nats transport: wire format (skipped: ${natsSkip})` : 'nats transport: wire format';

describe.skipIf(!!natsSkip)(title, () => {
  let b: Broker;
  let nc: NatsConnection;
  let t: Transport;
  let names: ReturnType<typeof isolated>;

  beforeAll(async () => {
    b = await broker();
    nc = await rawConnection(b.url);
    names = isolated(b.url);
    t = makeTransport(b.url, names);
  });
  afterAll(async () => {
    await t?.close();
    await nc?.close();
    await b?.stop();
  });

  it('a plain NATS subscriber turns the message into a valid CloudEvent with the published payload', async () => {
    const ch = channel(unique('wire'), 'order.created');
    await t.provision([ch]);
    const payload = { orderId: '7d0c3c1e-9c1a-4d55-8f0e-1d2b3c4d5e6f', total: { amount: 1999, currency: 'EUR' }, items: [{ sku: 'A-1', qty: 2 }] };
    const id = '0190f3a2-7b4c-7def-8a12-3456789abcde';
    const headers = natsHeaderCodec.encode(
      toAttributes({
        id,
        type: 'order.created',
        source: 'orders-service',
        specVersion: '1.0',
        time: '2026-01-02T03:04:05.678Z',
        dataContentType: 'application/json',
        dataSchema: 'urn:herald:order:order.created:v2',
        dataVersion: 2,
        correlationId: 'corr-123',
        causationId: 'cause-456',
        partitionKey: payload.orderId,
        aggregate: { type: 'order', id: payload.orderId, version: 3 },
        priority: 'high',
        actor: 'user-42',
        metadata: {},
      }),
    );
    const raw = nc.subscribe(`${names.subjectPrefix}.order.created`, { max: 1 });
    await nc.flush();
    await t.publish([{ id, channelId: ch.id, subject: 'order.created', topic: ch.topic, headers, body: encodeBody(payload) }]);

    for await (const m of raw) {
      const h: Record<string, string> = {};
      for (const k of m.headers!.keys()) h[k.toLowerCase()] = m.headers!.get(k);
      expect(h['nats-msg-id']).toBe(id);
      const decoded = HTTP.toEvent({ headers: h, body: m.string() });
      if (Array.isArray(decoded)) throw new Error('expected one event');
      const event = decoded as CloudEvent<unknown>;
      expect(event.validate()).toBe(true);
      expect(event).toMatchObject({
        id,
        type: 'order.created',
        source: 'orders-service',
        specversion: '1.0',
        time: '2026-01-02T03:04:05.678Z',
        datacontenttype: 'application/json',
        dataschema: 'urn:herald:order:order.created:v2',
        subject: payload.orderId,
        dataversion: '2',
        correlationid: 'corr-123',
        causationid: 'cause-456',
        partitionkey: payload.orderId,
        aggregatetype: 'order',
        aggregateversion: '3',
        priority: 'high',
        actor: 'user-42',
      });
      expect(event.data).toEqual(payload);
    }
  });
});
