// The upcasters a service consuming every contract supplies: each older version of an
// event to the next one. order.created v1 had only a total and no shipping address, so
// the upcaster needs the customer's address book to produce a v2 payload.

import type { HeraldUpcasters, order } from '../../generated/index.js';

export type AddressLookup = (userId: string) => order.Address;

export function upcasters(lookupAddress: AddressLookup): HeraldUpcasters {
  return {
    'order.created': {
      1: (v1: order.OrderCreatedV1): order.OrderCreatedV2 => {
        const zero = { amount: 0, currency: v1.totalAmount.currency };
        return {
          orderId: v1.orderId,
          userId: v1.userId,
          items: v1.items,
          // v1 carried only the grand total: it becomes subtotal and total; v1 orders had no tax or shipping lines.
          totals: { subtotal: v1.totalAmount, tax: zero, shipping: zero, total: v1.totalAmount },
          shippingAddress: lookupAddress(v1.userId),
          createdAt: v1.createdAt,
        };
      },
    },
  };
}
