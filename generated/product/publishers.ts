// Generated from contracts/product.asyncapi.yaml. Do not edit.

import type { PublishOptions, PublishReceipt, Publisher } from 'herald';
import type { ProductEvents } from './index.js';
import type * as T from './types.js';

export interface ProductPublishers {
  /** Publish product.created (v1). */
  productCreated(data: T.ProductCreated, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish product.deleted (v1). */
  productDeleted(data: T.ProductDeleted, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish product.price_changed (v1). */
  productPriceChanged(data: T.ProductPriceChanged, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish product.updated (v1). */
  productUpdated(data: T.ProductUpdated, options?: PublishOptions): Promise<PublishReceipt>;
}

export function productPublishers(bus: Publisher<ProductEvents>): ProductPublishers {
  return {
    productCreated: (data, options) => bus.publish('product.created', data, options),
    productDeleted: (data, options) => bus.publish('product.deleted', data, options),
    productPriceChanged: (data, options) => bus.publish('product.price_changed', data, options),
    productUpdated: (data, options) => bus.publish('product.updated', data, options),
  };
}
