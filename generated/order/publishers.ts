// Generated from contracts/order.asyncapi.yaml. Do not edit.

import type { PublishOptions, PublishReceipt, Publisher } from 'herald';
import type { OrderEvents } from './index.js';
import type * as T from './types.js';

export interface OrderPublishers {
  /** Publish order.cancelled (v1). */
  orderCancelled(data: T.OrderCancelled, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish order.confirmed (v1). */
  orderConfirmed(data: T.OrderConfirmed, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish order.created (v2). */
  orderCreated(data: T.OrderCreated, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish order.delivered (v1). */
  orderDelivered(data: T.OrderDelivered, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish order.shipped (v1). */
  orderShipped(data: T.OrderShipped, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish order.status_changed (v1). */
  orderStatusChanged(data: T.OrderStatusChanged, options?: PublishOptions): Promise<PublishReceipt>;
}

export function orderPublishers(bus: Publisher<OrderEvents>): OrderPublishers {
  return {
    orderCancelled: (data, options) => bus.publish('order.cancelled', data, options),
    orderConfirmed: (data, options) => bus.publish('order.confirmed', data, options),
    orderCreated: (data, options) => bus.publish('order.created', data, options),
    orderDelivered: (data, options) => bus.publish('order.delivered', data, options),
    orderShipped: (data, options) => bus.publish('order.shipped', data, options),
    orderStatusChanged: (data, options) => bus.publish('order.status_changed', data, options),
  };
}
