// Type tests against generated/ (checked by `npm run typecheck`; never executed):
// each @ts-expect-error must be a compile error, or tsc reports the directive as unused.

import type { Publisher, Subscriber } from 'herald';
import { order, vendor, type HeraldEvents } from '../../generated/index.js';

declare const bus: Publisher<HeraldEvents> & Subscriber<HeraldEvents>;
declare const created: vendor.VendorCreated;

// The whole-system publisher is accepted by every domain's wrappers.
const vendors = vendor.vendorPublishers(bus);
const orders = order.orderPublishers(bus);
const vendorEvents = vendor.vendorSubscribers(bus);

export async function typeTests(): Promise<void> {
  await bus.publish('vendor.created', created);
  await vendors.vendorCreated(created);

  // @ts-expect-error wrong payload type (name must be a string)
  await bus.publish('vendor.created', { ...created, name: 42 });
  // @ts-expect-error wrong payload type through the generated publisher
  await vendors.vendorCreated({ ...created, open: 'yes' });

  const { name: _name, ...withoutName } = created;
  // @ts-expect-error missing required field
  await bus.publish('vendor.created', withoutName);
  // @ts-expect-error missing required field through the generated publisher
  await vendors.vendorCreated(withoutName);

  // @ts-expect-error unknown event name
  await bus.publish('vendor.exploded', created);
  // @ts-expect-error unknown event through the generated publishers
  await vendors.vendorExploded(created);
  // @ts-expect-error unknown event through subscribe
  await bus.subscribe('vendor.exploded', () => undefined, { group: 'g' });

  // @ts-expect-error a vendor payload is not an order payload
  await orders.orderCreated(created);

  await vendorEvents.onVendorCreated((event) => {
    const name: string = event.data.name;
    void name;
  }, { group: 'search-sync' });
}
