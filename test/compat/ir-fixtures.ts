// Small hand-built IRs for the document rule tests: one document, channels with one message
// each unless a test says otherwise.

import type { Ir, IrChannel, IrDocument, IrMessage, IrOperation, JsonSchema } from '../../generator/model/ir.js';

export const PAYLOAD: JsonSchema = {
  type: 'object',
  required: ['orderId', 'total'],
  properties: {
    orderId: { type: 'string', format: 'uuid' },
    total: { type: 'integer', minimum: 0 },
    note: { type: 'string', maxLength: 200 },
  },
};

export function message(over: Partial<IrMessage> & { id: string; type: string }): IrMessage {
  return {
    version: 1,
    retired: false,
    channelId: over.id.charAt(0).toLowerCase() + over.id.slice(1),
    contentType: 'application/json',
    payload: structuredClone(PAYLOAD),
    sensitive: [],
    priority: 'normal',
    examples: [],
    source: { file: 'order.asyncapi.yaml', pointer: `/components/messages/${over.id}` },
    ...over,
  };
}

export function channel(over: Partial<IrChannel> & { id: string; address: string; messages: string[] }): IrChannel {
  return {
    subject: over.address,
    topic: over.address,
    parameters: [],
    source: { file: 'order.asyncapi.yaml', pointer: `/channels/${over.id}` },
    ...over,
  };
}

export function operation(over: Partial<IrOperation> & { id: string; channelId: string; messages: string[] }): IrOperation {
  return { action: 'send', source: { file: 'order.asyncapi.yaml', pointer: `/operations/${over.id}` }, ...over };
}

export function doc(over: Partial<IrDocument> = {}): IrDocument {
  return {
    file: 'order.asyncapi.yaml',
    domain: 'order',
    asyncapi: '3.0.0',
    title: 'Orders',
    version: '1.0.0',
    defaultContentType: 'application/json',
    servers: [{ id: 'nats', host: 'localhost:4222', protocol: 'nats' }],
    channels: [],
    operations: [],
    messages: [],
    ...over,
  };
}

/** The base contract: order.created v1 on channel orderCreated, published by publishOrderCreated and consumed by billing. */
export function baseIr(): Ir {
  return {
    documents: [
      doc({
        channels: [channel({ id: 'orderCreated', address: 'order.created', messages: ['OrderCreated'], kafka: { topic: 'order.created', partitions: 3, replicas: 1 } })],
        messages: [message({ id: 'OrderCreated', type: 'order.created', channelId: 'orderCreated' })],
        operations: [
          operation({ id: 'publishOrderCreated', channelId: 'orderCreated', messages: ['OrderCreated'] }),
          operation({ id: 'billingOnOrderCreated', action: 'receive', channelId: 'orderCreated', messages: ['OrderCreated'], nats: { queue: 'billing' } }),
        ],
      }),
    ],
  };
}

export function only(ir: Ir): IrDocument {
  return ir.documents[0]!;
}
