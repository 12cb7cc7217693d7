// Generated from contracts/vendor.asyncapi.yaml. Do not edit.

import { defineContracts, type EventShape } from 'herald';
import { descriptors } from './descriptors.js';
import type * as T from './types.js';

export * from './descriptors.js';
export * from './publishers.js';
export * from './subscribers.js';
export * from './types.js';

export interface VendorEvents {
  'vendor.created': EventShape<T.VendorCreated, { 1: T.VendorCreated }>;
  'vendor.deleted': EventShape<T.VendorDeleted, { 1: T.VendorDeleted }>;
  'vendor.status.changed': EventShape<T.VendorStatusChanged, { 1: T.VendorStatusChanged }>;
  'vendor.updated': EventShape<T.VendorUpdated, { 1: T.VendorUpdated }>;
}

/** Each older version upcasts to the next one; the bus chains them up to the latest. */
export type VendorUpcasters = Record<never, never>;

export const vendorContracts = defineContracts<VendorEvents, VendorUpcasters>(descriptors);
