// order.created v1 → v2 through the real upcaster: a producer still on the v1 contract,
// a consumer on the current one.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createBus, defineContracts, MemoryBroker, memoryTransport, silentLogger, type EventEnvelope } from 'herald';
import { arbitraryFor } from 'herald/testing';
import { contracts, order } from '../../generated/index.js';
import { waitFor } from '../../runtime/testing/wait.js';
import { upcasters } from './upcasters.js';

const address: order.Address = { line1: '1 Harbour Rd', city: 'Lisbon', country: 'PT' };
// What a service built before v2 still runs: only the v1 descriptor of order.created.
const legacy = defineContracts<{ 'order.created': { payload: order.OrderCreatedV1; versions: { 1: order.OrderCreatedV1 } } }>([order.orderCreatedV1]);

describe('order.created upcaster', () => {
  it('turns every valid v1 event into a valid v2 event the consumer receives', async () => {
    const broker = new MemoryBroker();
    const producer = createBus({ contracts: legacy, transport: memoryTransport({ broker }), source: 'old-checkout', logger: silentLogger });
    const lookups: string[] = [];
    const consumer = createBus({
      contracts,
      transport: memoryTransport({ broker }),
      source: 'fulfilment',
      logger: silentLogger,
      upcasters: upcasters((userId) => {
        lookups.push(userId);
        return address;
      }),
    });
    const got = new Map<string, EventEnvelope<order.OrderCreated>>();
    await consumer.subscribe('order.created', (e) => void got.set(e.data.orderId, e), { group: 'fulfilment' });
    const samples = fc.sample(arbitraryFor(legacy, 'order.created'), { numRuns: 25, seed: 11 });
    const unique = [...new Map(samples.map((s) => [s.orderId, s])).values()];
    for (const v1 of unique) await producer.publish('order.created', v1);
    await waitFor(() => got.size === unique.length, 10_000, 'every upcast event');
    for (const v1 of unique) {
      const e = got.get(v1.orderId)!;
      expect(e.dataVersion).toBe(2);
      expect(e.data).toEqual({
        orderId: v1.orderId,
        userId: v1.userId,
        items: v1.items,
        totals: { subtotal: v1.totalAmount, tax: { amount: 0, currency: v1.totalAmount.currency }, shipping: { amount: 0, currency: v1.totalAmount.currency }, total: v1.totalAmount },
        shippingAddress: address,
        createdAt: v1.createdAt,
      });
    }
    expect(lookups.sort()).toEqual(unique.map((s) => s.userId).sort());
    expect(await consumer.deadLetters.list()).toEqual([]);
    await Promise.all([producer.close(), consumer.close()]);
  });
});
