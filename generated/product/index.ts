// Generated from contracts/product.asyncapi.yaml. Do not edit.

import { defineContracts, type EventShape } from 'herald';
import { descriptors } from './descriptors.js';
import type * as T from './types.js';

export * from './descriptors.js';
export * from './publishers.js';
export * from './subscribers.js';
export * from './types.js';

export interface ProductEvents {
  'product.created': EventShape<T.ProductCreated, { 1: T.ProductCreated }>;
  'product.deleted': EventShape<T.ProductDeleted, { 1: T.ProductDeleted }>;
  'product.price_changed': EventShape<T.ProductPriceChanged, { 1: T.ProductPriceChanged }>;
  'product.updated': EventShape<T.ProductUpdated, { 1: T.ProductUpdated }>;
}

/** Each older version upcasts to the next one; the bus chains them up to the latest. */
export type ProductUpcasters = Record<never, never>;

export const productContracts = defineContracts<ProductEvents, ProductUpcasters>(descriptors);
