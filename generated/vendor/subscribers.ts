// Generated from contracts/vendor.asyncapi.yaml. Do not edit.

import type { Handler, HandlerMap, SubscribeOptions, Subscriber, Subscription } from 'herald';
import type { VendorEvents } from './index.js';

export type VendorHandlers = HandlerMap<VendorEvents>;

export interface VendorSubscribers {
  /** Subscribe to vendor.created. */
  onVendorCreated(handler: Handler<VendorEvents, 'vendor.created'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to vendor.deleted. */
  onVendorDeleted(handler: Handler<VendorEvents, 'vendor.deleted'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to vendor.status.changed. */
  onVendorStatusChanged(handler: Handler<VendorEvents, 'vendor.status.changed'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to vendor.updated. */
  onVendorUpdated(handler: Handler<VendorEvents, 'vendor.updated'>, options: SubscribeOptions): Promise<Subscription>;
}

export function vendorSubscribers(bus: Subscriber<VendorEvents>): VendorSubscribers {
  return {
    onVendorCreated: (handler, options) => bus.subscribe('vendor.created', handler, options),
    onVendorDeleted: (handler, options) => bus.subscribe('vendor.deleted', handler, options),
    onVendorStatusChanged: (handler, options) => bus.subscribe('vendor.status.changed', handler, options),
    onVendorUpdated: (handler, options) => bus.subscribe('vendor.updated', handler, options),
  };
}
