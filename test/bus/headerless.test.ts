// Messages from producers that send no CloudEvents headers are routed by the contract:
// a payload discriminator on a shared channel, or a channel that carries one event.

import { describe, expect, it } from 'vitest';
import { createBus, defineContracts, memoryTransport, silentLogger, type EventEnvelope, type EventShape, type OutboundMessage } from 'herald';
import { waitFor } from '../../runtime/testing/wait.js';
import { channel, descriptor } from '../support/descriptors.js';

type Card = { kind: 'card'; last4: string };
type Transfer = { kind: 'transfer'; iban: string };
type Events = {
  'payment.card': EventShape<Card, { 1: Card }>;
  'payment.transfer': EventShape<Transfer, { 1: Transfer }>;
  'audit.entry': EventShape<{ text: string }, { 1: { text: string } }>;
};

const shared = channel('payments');
const contracts = defineContracts<Events>([
  descriptor({ type: 'payment.card', channel: shared, discriminator: { property: 'kind', value: 'card' }, schema: { type: 'object', required: ['kind', 'last4'], properties: { kind: { const: 'card' }, last4: { type: 'string' } } } }),
  descriptor({ type: 'payment.transfer', channel: shared, discriminator: { property: 'kind', value: 'transfer' }, schema: { type: 'object', required: ['kind', 'iban'], properties: { kind: { const: 'transfer' }, iban: { type: 'string' } } } }),
  descriptor({ type: 'audit.entry', schema: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } } }),
]);

const raw = (channelId: string, body: unknown): OutboundMessage => ({
  id: 'x',
  channelId,
  subject: channelId,
  topic: channelId,
  headers: { 'content-type': 'application/json' },
  body: new TextEncoder().encode(JSON.stringify(body)),
});

describe('messages without CloudEvents headers', () => {
  it('are typed by the discriminator, or by a single-event channel, with a stable id', async () => {
    const transport = memoryTransport();
    const bus = createBus({ contracts, transport, source: 's', logger: silentLogger });
    const got: EventEnvelope[] = [];
    await bus.subscribe({ group: 'g', handlers: { 'payment.card': (e) => void got.push(e), 'payment.transfer': (e) => void got.push(e) } });
    await bus.subscribe('audit.entry', (e) => void got.push(e), { group: 'g' });
    await transport.publish([raw('payments', { kind: 'transfer', iban: 'DE02' }), raw('payments', { kind: 'card', last4: '4242' }), raw('audit.entry', { text: 'hi' })]);
    await waitFor(() => got.length === 3, 5000, 'three events');
    expect(got.map((e) => e.type).sort()).toEqual(['audit.entry', 'payment.card', 'payment.transfer']);
    const card = got.find((e) => e.type === 'payment.card')!;
    expect(card).toMatchObject({ source: 'urn:herald:headerless:payments', dataVersion: 1, data: { kind: 'card', last4: '4242' } });
    expect(card.id).toMatch(/^payments\/seq:\d+$/);
    await bus.close();
  });

  it('are dead-lettered when the contract cannot tell them apart', async () => {
    const transport = memoryTransport();
    const bus = createBus({ contracts, transport, source: 's', logger: silentLogger });
    await bus.subscribe({ group: 'g', handlers: { 'payment.card': () => {}, 'payment.transfer': () => {} } });
    await transport.publish([raw('payments', { kind: 'cash', amount: 5 })]);
    await waitFor(async () => (await bus.deadLetters.list()).length === 1, 5000, 'dead letter');
    const [dead] = await bus.deadLetters.list();
    expect(dead!.reason).toBe('decode-failed');
    expect(dead!.error.message).toMatch(/no CloudEvents headers and channel "payments" carries payment.card, payment.transfer: its payload matches no discriminator value/);
    await bus.close();
  });
});
