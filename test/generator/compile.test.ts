// Every valid fixture's output compiles under the repo's strict compiler options, and the
// generated API rejects misuse at compile time (each @ts-expect-error must be an error,
// or tsc reports it as unused).

import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureOutput, removeDir, tempDir, typecheck, VALID_FIXTURES, writeFiles } from './helpers.js';

let dir: string;
beforeAll(async () => {
  dir = await tempDir('compile');
});
afterAll(async () => {
  await removeDir(dir);
});

const SHOP_USAGE = `
import type { Publisher, Subscriber } from 'herald';
import { contracts, shop, type HeraldEvents, type HeraldUpcasters } from './index.js';

declare const bus: Publisher<HeraldEvents> & Subscriber<HeraldEvents>;
const customer = { id: 'c', name: 'Ada', email: 'ada@example.com' };
const money = { amount: 100, currency: 'EUR' };
const order: shop.OrderCreated = { orderId: 'o', type: 'online', status: 'pending', customer, items: [{ sku: 'A', name: 'a', quantity: 1, unitPrice: money }], total: money, placedAt: '2024-05-01T10:00:00Z' };

void bus.publish('order.created', order);
// @ts-expect-error wrong payload: status is an enum
void bus.publish('order.created', { ...order, status: 'lost' });
// @ts-expect-error missing required field
void bus.publish('order.shipped', { orderId: 'o', carrier: 'dhl', location: { lat: 1, long: 2 }, from: { line1: 'x', city: 'y', country: 'DE' } });
// @ts-expect-error unknown event name
void bus.publish('order.vanished', order);
// @ts-expect-error the v1 payload is not the latest
void bus.publish('order.created', { orderId: 'o', total: 1 });

const publishers = shop.shopPublishers(bus);
void publishers.orderCreated(order, { parameters: { storeId: 'berlin-1' } });
// @ts-expect-error wrong payload through the generated publisher
void publishers.orderCreated({ ...order, total: 12 });
// @ts-expect-error missing required field through the generated publisher
void publishers.deliveryWindowBooked({ orderId: 'o' });
// @ts-expect-error unknown event through the generated publishers
void publishers.orderVanished(order);

void shop.shopSubscribers(bus).onOrderCreated(async (event) => {
  const status: 'pending' | 'confirmed' = event.data.status;
  const version: number = event.dataVersion;
  void status;
  void version;
}, { group: 'billing' });
// @ts-expect-error unknown event through subscribe
void bus.subscribe('order.vanished', () => undefined, { group: 'g' });

const handlers: shop.ShopHandlers = {
  'order.shipped': (event) => {
    const where: { lat: number; long: number } = event.data.location;
    const from: string = event.data.from.city;
    void where;
    void from;
  },
};
void handlers;

// Wire names stay as written.
const shipped: shop.OrderShipped = { orderId: 'o', carrier: 'ups', location: { lat: 0, long: 0 }, from: { line1: 'a', city: 'b', country: 'DE' }, shippedOn: '2024-05-02', default: false };
const dates: [string, string] = [shipped.shippedOn, order.placedAt];
void dates;

// One upcaster per older version, typed from version to version.
const upcasters: HeraldUpcasters = {
  'order.created': { 1: (v1: shop.OrderCreatedV1): shop.OrderCreatedV2 => ({ ...order, orderId: v1.orderId }) },
};
void upcasters;
// @ts-expect-error an upcaster must produce the next version
const badUpcasters: HeraldUpcasters = { 'order.created': { 1: (v1: shop.OrderCreatedV1) => v1 } };
void badUpcasters;
void contracts.events.length;
`;

describe('generated code compiles', () => {
  it(`fixtures ${VALID_FIXTURES.join(', ')} and a usage file full of @ts-expect-error misuse type-check with tsc --strict`, async () => {
    for (const fixture of VALID_FIXTURES) await writeFiles(path.join(dir, fixture), (await fixtureOutput(fixture)).files);
    await writeFile(path.join(dir, 'shop', 'usage.ts'), SHOP_USAGE);
    const result = await typecheck(dir);
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  }, 120_000);
});
