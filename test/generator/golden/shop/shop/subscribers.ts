// Generated from shop/shop.asyncapi.yaml. Do not edit.

import type { Handler, HandlerMap, SubscribeOptions, Subscriber, Subscription } from 'herald';
import type { ShopEvents } from './index.js';

export type ShopHandlers = HandlerMap<ShopEvents>;

export interface ShopSubscribers {
  /** Subscribe to delivery.window_booked. */
  onDeliveryWindowBooked(handler: Handler<ShopEvents, 'delivery.window_booked'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to order.created. */
  onOrderCreated(handler: Handler<ShopEvents, 'order.created'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to order.shipped. */
  onOrderShipped(handler: Handler<ShopEvents, 'order.shipped'>, options: SubscribeOptions): Promise<Subscription>;
}

export function shopSubscribers(bus: Subscriber<ShopEvents>): ShopSubscribers {
  return {
    onDeliveryWindowBooked: (handler, options) => bus.subscribe('delivery.window_booked', handler, options),
    onOrderCreated: (handler, options) => bus.subscribe('order.created', handler, options),
    onOrderShipped: (handler, options) => bus.subscribe('order.shipped', handler, options),
  };
}
