// Generated from contracts/order.asyncapi.yaml. Do not edit.

import { defineContracts, type EventShape } from 'herald';
import { descriptors } from './descriptors.js';
import type * as T from './types.js';

export * from './descriptors.js';
export * from './publishers.js';
export * from './subscribers.js';
export * from './types.js';

export interface OrderEvents {
  'order.cancelled': EventShape<T.OrderCancelled, { 1: T.OrderCancelled }>;
  'order.confirmed': EventShape<T.OrderConfirmed, { 1: T.OrderConfirmed }>;
  'order.created': EventShape<T.OrderCreatedV2, { 1: T.OrderCreatedV1; 2: T.OrderCreatedV2 }>;
  'order.delivered': EventShape<T.OrderDelivered, { 1: T.OrderDelivered }>;
  'order.shipped': EventShape<T.OrderShipped, { 1: T.OrderShipped }>;
  'order.status_changed': EventShape<T.OrderStatusChanged, { 1: T.OrderStatusChanged }>;
}

/** Each older version upcasts to the next one; the bus chains them up to the latest. */
export interface OrderUpcasters {
  'order.created': {
    1: (data: T.OrderCreatedV1) => T.OrderCreatedV2;
  };
}

export const orderContracts = defineContracts<OrderEvents, OrderUpcasters>(descriptors);
