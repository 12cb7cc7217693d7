// Synthetic AsyncAPI 3 contracts of any size, for generation-time benchmarks: `messages`
// events, each on its own channel with a send and a receive operation, a payload schema
// of its own (ten properties with formats, bounds, an enum and a nested object) and the
// x-herald extensions our contracts use. Deterministic: the same size gives the same text.

import { stringify } from 'yaml';

const RESOURCES = ['order', 'invoice', 'shipment', 'ticket', 'booking', 'device', 'account', 'review', 'coupon', 'payout'];
const ACTIONS = ['created', 'updated', 'deleted', 'approved', 'rejected', 'archived', 'restored', 'expired'];

function eventName(i: number): { type: string; id: string; pascal: string } {
  const resource = RESOURCES[i % RESOURCES.length]!;
  const action = ACTIONS[Math.floor(i / RESOURCES.length) % ACTIONS.length]!;
  const n = Math.floor(i / (RESOURCES.length * ACTIONS.length));
  const type = `${resource}${n || ''}.${action}`;
  const pascal = `${resource[0]!.toUpperCase()}${resource.slice(1)}${n || ''}${action[0]!.toUpperCase()}${action.slice(1)}`;
  return { type, id: pascal[0]!.toLowerCase() + pascal.slice(1), pascal };
}

function payloadSchema(i: number): Record<string, unknown> {
  return {
    type: 'object',
    required: ['id', 'status', 'occurredAt', 'amount'],
    properties: {
      id: { type: 'string', format: 'uuid' },
      status: { type: 'string', enum: ['open', 'pending', 'closed'] },
      occurredAt: { type: 'string', format: 'date-time' },
      amount: { type: 'number', minimum: 0, maximum: 1_000_000 },
      quantity: { type: 'integer', minimum: 1, maximum: 10_000 },
      email: { type: 'string', format: 'email', maxLength: 254, 'x-herald-sensitive': true },
      note: { type: 'string', maxLength: 500 },
      tags: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 32 }, maxItems: 10 },
      [`field${i}`]: { type: 'boolean' },
      address: {
        type: 'object',
        required: ['city'],
        properties: { city: { type: 'string', minLength: 1 }, postcode: { type: 'string', pattern: '^[0-9A-Z -]{3,10}$' } },
      },
    },
  };
}

/** The YAML text of one AsyncAPI 3.0 document with `messages` events. */
export function syntheticContract(messages: number): string {
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const componentMessages: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {};
  for (let i = 0; i < messages; i++) {
    const { type, id, pascal } = eventName(i);
    channels[id] = {
      address: type,
      messages: { [pascal]: { $ref: `#/components/messages/${pascal}` } },
      bindings: { kafka: { topic: type, partitions: 3, replicas: 1, bindingVersion: '0.5.0' } },
    };
    operations[`publish${pascal}`] = {
      action: 'send',
      channel: { $ref: `#/channels/${id}` },
      messages: [{ $ref: `#/channels/${id}/messages/${pascal}` }],
    };
    operations[`consume${pascal}`] = {
      action: 'receive',
      channel: { $ref: `#/channels/${id}` },
      messages: [{ $ref: `#/channels/${id}/messages/${pascal}` }],
      bindings: { nats: { queue: `${id}-workers`, bindingVersion: '0.1.0' } },
    };
    componentMessages[pascal] = {
      name: type,
      title: `${pascal} event`,
      contentType: 'application/json',
      payload: { $ref: `#/components/schemas/${pascal}Payload` },
      'x-herald-version': 1,
      'x-herald-aggregate': { type: type.split('.')[0], id: '$message.payload#/id' },
      'x-herald-partition-key': '$message.payload#/id',
    };
    schemas[`${pascal}Payload`] = payloadSchema(i);
  }
  return stringify({
    asyncapi: '3.0.0',
    info: { title: `Synthetic contract with ${messages} messages`, version: '1.0.0' },
    defaultContentType: 'application/json',
    channels,
    operations,
    components: { messages: componentMessages, schemas },
  });
}
