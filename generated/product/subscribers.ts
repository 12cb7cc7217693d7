// Generated from contracts/product.asyncapi.yaml. Do not edit.

import type { Handler, HandlerMap, SubscribeOptions, Subscriber, Subscription } from 'herald';
import type { ProductEvents } from './index.js';

export type ProductHandlers = HandlerMap<ProductEvents>;

export interface ProductSubscribers {
  /** Subscribe to product.created. */
  onProductCreated(handler: Handler<ProductEvents, 'product.created'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to product.deleted. */
  onProductDeleted(handler: Handler<ProductEvents, 'product.deleted'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to product.price_changed. */
  onProductPriceChanged(handler: Handler<ProductEvents, 'product.price_changed'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to product.updated. */
  onProductUpdated(handler: Handler<ProductEvents, 'product.updated'>, options: SubscribeOptions): Promise<Subscription>;
}

export function productSubscribers(bus: Subscriber<ProductEvents>): ProductSubscribers {
  return {
    onProductCreated: (handler, options) => bus.subscribe('product.created', handler, options),
    onProductDeleted: (handler, options) => bus.subscribe('product.deleted', handler, options),
    onProductPriceChanged: (handler, options) => bus.subscribe('product.price_changed', handler, options),
    onProductUpdated: (handler, options) => bus.subscribe('product.updated', handler, options),
  };
}
