// Generated from contracts/order.asyncapi.yaml. Do not edit.

import type { Handler, HandlerMap, SubscribeOptions, Subscriber, Subscription } from 'herald';
import type { OrderEvents } from './index.js';

export type OrderHandlers = HandlerMap<OrderEvents>;

export interface OrderSubscribers {
  /** Subscribe to order.cancelled. */
  onOrderCancelled(handler: Handler<OrderEvents, 'order.cancelled'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to order.confirmed. */
  onOrderConfirmed(handler: Handler<OrderEvents, 'order.confirmed'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to order.created. */
  onOrderCreated(handler: Handler<OrderEvents, 'order.created'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to order.delivered. */
  onOrderDelivered(handler: Handler<OrderEvents, 'order.delivered'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to order.shipped. */
  onOrderShipped(handler: Handler<OrderEvents, 'order.shipped'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to order.status_changed. */
  onOrderStatusChanged(handler: Handler<OrderEvents, 'order.status_changed'>, options: SubscribeOptions): Promise<Subscription>;
}

export function orderSubscribers(bus: Subscriber<OrderEvents>): OrderSubscribers {
  return {
    onOrderCancelled: (handler, options) => bus.subscribe('order.cancelled', handler, options),
    onOrderConfirmed: (handler, options) => bus.subscribe('order.confirmed', handler, options),
    onOrderCreated: (handler, options) => bus.subscribe('order.created', handler, options),
    onOrderDelivered: (handler, options) => bus.subscribe('order.delivered', handler, options),
    onOrderShipped: (handler, options) => bus.subscribe('order.shipped', handler, options),
    onOrderStatusChanged: (handler, options) => bus.subscribe('order.status_changed', handler, options),
  };
}
