// Generated from contracts/location.asyncapi.yaml. Do not edit.

import type { Handler, HandlerMap, SubscribeOptions, Subscriber, Subscription } from 'herald';
import type { LocationEvents } from './index.js';

export type LocationHandlers = HandlerMap<LocationEvents>;

export interface LocationSubscribers {
  /** Subscribe to user.location.updated. */
  onUserLocationUpdated(handler: Handler<LocationEvents, 'user.location.updated'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to vendor.location.updated. */
  onVendorLocationUpdated(handler: Handler<LocationEvents, 'vendor.location.updated'>, options: SubscribeOptions): Promise<Subscription>;
}

export function locationSubscribers(bus: Subscriber<LocationEvents>): LocationSubscribers {
  return {
    onUserLocationUpdated: (handler, options) => bus.subscribe('user.location.updated', handler, options),
    onVendorLocationUpdated: (handler, options) => bus.subscribe('vendor.location.updated', handler, options),
  };
}
