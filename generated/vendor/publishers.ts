// Generated from contracts/vendor.asyncapi.yaml. Do not edit.

import type { PublishOptions, PublishReceipt, Publisher } from 'herald';
import type { VendorEvents } from './index.js';
import type * as T from './types.js';

export interface VendorPublishers {
  /** Publish vendor.created (v1). */
  vendorCreated(data: T.VendorCreated, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish vendor.deleted (v1). */
  vendorDeleted(data: T.VendorDeleted, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish vendor.status.changed (v1). */
  vendorStatusChanged(data: T.VendorStatusChanged, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish vendor.updated (v1). */
  vendorUpdated(data: T.VendorUpdated, options?: PublishOptions): Promise<PublishReceipt>;
}

export function vendorPublishers(bus: Publisher<VendorEvents>): VendorPublishers {
  return {
    vendorCreated: (data, options) => bus.publish('vendor.created', data, options),
    vendorDeleted: (data, options) => bus.publish('vendor.deleted', data, options),
    vendorStatusChanged: (data, options) => bus.publish('vendor.status.changed', data, options),
    vendorUpdated: (data, options) => bus.publish('vendor.updated', data, options),
  };
}
