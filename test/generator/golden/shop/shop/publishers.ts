// Generated from shop/shop.asyncapi.yaml. Do not edit.

import type { PublishOptions, PublishReceipt, Publisher } from 'herald';
import type { ShopEvents } from './index.js';
import type * as T from './types.js';

export interface ShopPublishers {
  /** Publish delivery.window_booked (v1). */
  deliveryWindowBooked(data: T.DeliveryWindowBooked, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish order.created (v2). */
  orderCreated(data: T.OrderCreated, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish order.shipped (v1). */
  orderShipped(data: T.OrderShipped, options?: PublishOptions): Promise<PublishReceipt>;
}

export function shopPublishers(bus: Publisher<ShopEvents>): ShopPublishers {
  return {
    deliveryWindowBooked: (data, options) => bus.publish('delivery.window_booked', data, options),
    orderCreated: (data, options) => bus.publish('order.created', data, options),
    orderShipped: (data, options) => bus.publish('order.shipped', data, options),
  };
}
