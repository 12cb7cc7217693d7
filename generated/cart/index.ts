// Generated from contracts/cart.asyncapi.yaml. Do not edit.

import { defineContracts, type EventShape } from 'herald';
import { descriptors } from './descriptors.js';
import type * as T from './types.js';

export * from './descriptors.js';
export * from './publishers.js';
export * from './subscribers.js';
export * from './types.js';

export interface CartEvents {
  'cart.abandoned': EventShape<T.CartAbandoned, { 1: T.CartAbandoned }>;
  'cart.item_added': EventShape<T.CartItemAdded, { 1: T.CartItemAdded }>;
  'cart.item_removed': EventShape<T.CartItemRemoved, { 1: T.CartItemRemoved }>;
  'cart.updated': EventShape<T.CartUpdated, { 1: T.CartUpdated }>;
}

/** Each older version upcasts to the next one; the bus chains them up to the latest. */
export type CartUpcasters = Record<never, never>;

export const cartContracts = defineContracts<CartEvents, CartUpcasters>(descriptors);
