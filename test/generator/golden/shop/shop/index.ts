// Generated from shop/shop.asyncapi.yaml. Do not edit.

import { defineContracts, type EventShape } from 'herald';
import { descriptors } from './descriptors.js';
import type * as T from './types.js';

export * from './descriptors.js';
export * from './publishers.js';
export * from './subscribers.js';
export * from './types.js';

export interface ShopEvents {
  'delivery.window_booked': EventShape<T.DeliveryWindowBooked, { 1: T.DeliveryWindowBooked }>;
  'order.created': EventShape<T.OrderCreatedV2, { 1: T.OrderCreatedV1; 2: T.OrderCreatedV2 }>;
  'order.shipped': EventShape<T.OrderShipped, { 1: T.OrderShipped }>;
}

/** Each older version upcasts to the next one; the bus chains them up to the latest. */
export interface ShopUpcasters {
  'order.created': {
    1: (data: T.OrderCreatedV1) => T.OrderCreatedV2;
  };
}

export const shopContracts = defineContracts<ShopEvents, ShopUpcasters>(descriptors);
