// The IR built from the fixtures: plain serialisable data with source refs, channel
// names for awkward addresses, bindings, discriminators, request/reply, sensitive fields.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIr } from '../../generator/pipeline.js';
import type { Ir } from '../../generator/model/ir.js';
import { FIXTURES } from './helpers.js';

const cache = new Map<string, Promise<{ ir: Ir; diagnostics: unknown[] }>>();
function ir(fixture: string) {
  let p = cache.get(fixture);
  if (!p) cache.set(fixture, (p = buildIr({ contractsDir: path.join(FIXTURES, fixture) })));
  return p;
}

describe('IR', () => {
  it('is plain data that survives JSON and points back at its sources', async () => {
    const { ir: shop, diagnostics } = await ir('shop');
    expect(diagnostics).toEqual([]);
    expect(JSON.parse(JSON.stringify(shop))).toEqual(shop);
    const v2 = shop.documents[0]!.messages.find((m) => m.type === 'order.created' && m.version === 2)!;
    expect(v2.source).toEqual({ file: 'shop.asyncapi.yaml', pointer: '/components/messages/OrderCreatedV2', line: 84, column: 7 });
    expect(v2).toMatchObject({ priority: 'high', partitionKey: '/customer/id', aggregate: { type: 'order', idPointer: '/orderId' }, correlationId: { location: '$message.header#/correlationId' } });
    expect(v2.sensitive).toEqual(['/customer/email', '/shippingAddress/line1', '/shippingAddress/line2']);
    expect(v2.kafka?.key).toEqual({ type: 'string', format: 'uuid' });
    expect(JSON.stringify(v2.payload)).not.toContain('x-parser');
  });

  it('maps bindings and parameters of channels', async () => {
    const { ir: shop } = await ir('shop');
    const orders = shop.documents[0]!.channels.find((c) => c.id === 'storeOrders')!;
    expect(orders).toMatchObject({ address: 'shop/{storeId}/orders', subject: 'shop.{storeId}.orders', topic: 'shop.orders', kafka: { topic: 'shop.orders', partitions: 6, replicas: 3, config: { 'retention.ms': '604800000', 'cleanup.policy': 'delete' } } });
    expect(orders.parameters).toEqual([{ name: 'storeId', description: 'Store slug.' }]);
  });

  it('derives subjects for "/", URL and null addresses from the channel id', async () => {
    const { ir: iot } = await ir('iot');
    const byId = new Map(iot.documents[0]!.channels.map((c) => [c.id, c]));
    expect(byId.get('root')).toMatchObject({ address: '/', subject: 'root', topic: 'root' });
    expect(byId.get('websocket')).toMatchObject({ address: 'wss://telemetry.example.com/stream', subject: 'websocket' });
    expect(byId.get('devices')).toMatchObject({ subject: 'devices.{deviceId}.config', topic: 'devices.config' });
    const { ir: pricing } = await ir('request-reply');
    expect(pricing.documents[0]!.channels.find((c) => c.id === 'quoteReplies')).toMatchObject({ address: null, subject: 'quoteReplies' });
  });

  it('falls back to message ids and version 1 for generic documents, and unwraps multi-format schemas', async () => {
    const { ir: iot } = await ir('iot');
    const messages = iot.documents[0]!.messages;
    expect(messages.map((m) => `${m.type}@${m.version}`).sort()).toEqual(['configChanged@1', 'heartbeat@1', 'reading@1']);
    expect(messages.find((m) => m.type === 'reading')!.payload).toMatchObject({ type: 'object', required: ['deviceId', 'value'] });
    expect(messages.every((m) => m.priority === 'normal' && !m.retired && m.contentType === 'application/json')).toBe(true);
  });

  it('records request/reply operations and NATS queues', async () => {
    const { ir: pricing } = await ir('request-reply');
    const doc = pricing.documents[0]!;
    expect(doc.operations.find((o) => o.id === 'requestQuote')).toMatchObject({
      action: 'send',
      channelId: 'quoteRequests',
      messages: ['quoteRequested'],
      reply: { channelId: 'quoteReplies', address: '$message.header#/replyTo', messages: ['quoteIssued'] },
    });
    expect(doc.operations.find((o) => o.id === 'answerQuotes')).toMatchObject({ action: 'receive', nats: { queue: 'pricing-workers' } });
    expect(doc.channels.find((c) => c.id === 'quoteRequests')!.nats).toEqual({ queue: 'pricing-workers' });
  });

  it('records the payload discriminator of messages sharing a channel, and none on single-event channels', async () => {
    const { ir: payments } = await ir('shared-channel');
    const d = Object.fromEntries(payments.documents[0]!.messages.map((m) => [m.type, m.discriminator]));
    expect(d).toEqual({
      'payment.initiated': { property: 'kind', value: 'initiated' },
      'payment.succeeded': { property: 'kind', value: 'succeeded' },
      'payment.refund_failed': { property: 'kind', value: 'refund_failed' },
    });
    const { ir: shop } = await ir('shop');
    expect(shop.documents[0]!.messages.find((m) => m.type === 'delivery.window_booked')!.discriminator).toBeUndefined();
  });
});
