// Generated from contracts/location.asyncapi.yaml. Do not edit.

import { defineContracts, type EventShape } from 'herald';
import { descriptors } from './descriptors.js';
import type * as T from './types.js';

export * from './descriptors.js';
export * from './publishers.js';
export * from './subscribers.js';
export * from './types.js';

export interface LocationEvents {
  'user.location.updated': EventShape<T.UserLocationUpdated, { 1: T.UserLocationUpdated }>;
  'vendor.location.updated': EventShape<T.VendorLocationUpdated, { 1: T.VendorLocationUpdated }>;
}

/** Each older version upcasts to the next one; the bus chains them up to the latest. */
export type LocationUpcasters = Record<never, never>;

export const locationContracts = defineContracts<LocationEvents, LocationUpcasters>(descriptors);
