import { describe, expect, it } from 'vitest';
import { defineContracts, NonRetryableError, type EventShape } from 'herald';
import { createTestBus } from '../../runtime/testing/test-bus.js';
import { descriptor } from '../support/descriptors.js';

interface Order {
  orderId: string;
  items: Array<{ sku: string; qty: number }>;
}
type Events = {
  'order.placed': EventShape<Order, { 1: Order }>;
  'order.receipt_sent': EventShape<{ orderId: string }, { 1: { orderId: string } }>;
};
const contracts = defineContracts<Events>([
  descriptor({
    type: 'order.placed',
    schema: {
      type: 'object',
      required: ['orderId', 'items'],
      properties: { orderId: { type: 'string' }, items: { type: 'array', items: { type: 'object', required: ['sku', 'qty'], properties: { sku: { type: 'string' }, qty: { type: 'integer', minimum: 1 } } } } },
    },
  }),
  descriptor({ type: 'order.receipt_sent', schema: { type: 'object', required: ['orderId'], properties: { orderId: { type: 'string' } } } }),
]);

describe('createTestBus', () => {
  it('captures publishes and matches them partially', async () => {
    const bus = createTestBus({ contracts });
    await bus.subscribe('order.placed', (e) => bus.publish('order.receipt_sent', { orderId: e.data.orderId }), { group: 'mailer' });
    await bus.publish('order.placed', { orderId: 'o1', items: [{ sku: 'A', qty: 2 }] });
    await bus.settle();
    const placed = bus.expectPublished('order.placed', { items: [{ sku: 'A' }] });
    expect(bus.expectPublished('order.receipt_sent', { orderId: 'o1' }).causationId).toBe(placed.id);
    expect(() => bus.expectPublished('order.receipt_sent', { orderId: 'o2' })).toThrow(/published order.receipt_sent payloads:\n {2}\{"orderId":"o1"\}/);
    expect(bus.publishedOf('order.placed')).toHaveLength(1);
    await bus.close();
  });

  it('runs a whole retry schedule and dead-lettering without waiting', async () => {
    const bus = createTestBus({ contracts, retry: { retries: 3, baseMs: 60_000, maxMs: 600_000, jitter: 0 } });
    let calls = 0;
    await bus.subscribe('order.placed', () => {
      calls++;
      throw new Error('mail server down');
    }, { group: 'mailer' });
    await bus.publish('order.placed', { orderId: 'o1', items: [] });
    await bus.settle();
    expect(calls).toBe(1);
    await bus.advance(60_000);
    expect(calls).toBe(2);
    await bus.runAll();
    expect(calls).toBe(4);
    const [dead] = await bus.deadLetters.list();
    expect(dead).toMatchObject({ reason: 'handler-failed', attempts: 4 });
    expect(Date.parse(dead!.lastFailureAt) - Date.parse(dead!.firstFailureAt)).toBe(60_000 + 120_000 + 240_000);
    await bus.close();
  });

  it('routes NonRetryableError to the dead-letter queue at once', async () => {
    const bus = createTestBus({ contracts });
    await bus.subscribe('order.placed', () => {
      throw new NonRetryableError('bad order');
    }, { group: 'g' });
    await bus.publish('order.placed', { orderId: 'o1', items: [] });
    await bus.settle();
    expect(await bus.deadLetters.list({ reason: 'non-retryable' })).toHaveLength(1);
    await bus.close();
  });
});
