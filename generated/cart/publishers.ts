// Generated from contracts/cart.asyncapi.yaml. Do not edit.

import type { PublishOptions, PublishReceipt, Publisher } from 'herald';
import type { CartEvents } from './index.js';
import type * as T from './types.js';

export interface CartPublishers {
  /** Publish cart.abandoned (v1). */
  cartAbandoned(data: T.CartAbandoned, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish cart.item_added (v1). */
  cartItemAdded(data: T.CartItemAdded, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish cart.item_removed (v1). */
  cartItemRemoved(data: T.CartItemRemoved, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish cart.updated (v1). */
  cartUpdated(data: T.CartUpdated, options?: PublishOptions): Promise<PublishReceipt>;
}

export function cartPublishers(bus: Publisher<CartEvents>): CartPublishers {
  return {
    cartAbandoned: (data, options) => bus.publish('cart.abandoned', data, options),
    cartItemAdded: (data, options) => bus.publish('cart.item_added', data, options),
    cartItemRemoved: (data, options) => bus.publish('cart.item_removed', data, options),
    cartUpdated: (data, options) => bus.publish('cart.updated', data, options),
  };
}
