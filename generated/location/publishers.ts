// Generated from contracts/location.asyncapi.yaml. Do not edit.

import type { PublishOptions, PublishReceipt, Publisher } from 'herald';
import type { LocationEvents } from './index.js';
import type * as T from './types.js';

export interface LocationPublishers {
  /** Publish user.location.updated (v1). */
  userLocationUpdated(data: T.UserLocationUpdated, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish vendor.location.updated (v1). */
  vendorLocationUpdated(data: T.VendorLocationUpdated, options?: PublishOptions): Promise<PublishReceipt>;
}

export function locationPublishers(bus: Publisher<LocationEvents>): LocationPublishers {
  return {
    userLocationUpdated: (data, options) => bus.publish('user.location.updated', data, options),
    vendorLocationUpdated: (data, options) => bus.publish('vendor.location.updated', data, options),
  };
}
