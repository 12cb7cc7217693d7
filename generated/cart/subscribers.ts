// Generated from contracts/cart.asyncapi.yaml. Do not edit.

import type { Handler, HandlerMap, SubscribeOptions, Subscriber, Subscription } from 'herald';
import type { CartEvents } from './index.js';

export type CartHandlers = HandlerMap<CartEvents>;

export interface CartSubscribers {
  /** Subscribe to cart.abandoned. */
  onCartAbandoned(handler: Handler<CartEvents, 'cart.abandoned'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to cart.item_added. */
  onCartItemAdded(handler: Handler<CartEvents, 'cart.item_added'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to cart.item_removed. */
  onCartItemRemoved(handler: Handler<CartEvents, 'cart.item_removed'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to cart.updated. */
  onCartUpdated(handler: Handler<CartEvents, 'cart.updated'>, options: SubscribeOptions): Promise<Subscription>;
}

export function cartSubscribers(bus: Subscriber<CartEvents>): CartSubscribers {
  return {
    onCartAbandoned: (handler, options) => bus.subscribe('cart.abandoned', handler, options),
    onCartItemAdded: (handler, options) => bus.subscribe('cart.item_added', handler, options),
    onCartItemRemoved: (handler, options) => bus.subscribe('cart.item_removed', handler, options),
    onCartUpdated: (handler, options) => bus.subscribe('cart.updated', handler, options),
  };
}
