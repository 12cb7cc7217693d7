// Generated from iot/telemetry.asyncapi.yaml. Do not edit.

import { defineContracts, type EventShape } from 'herald';
import { descriptors } from './descriptors.js';
import type * as T from './types.js';

export * from './descriptors.js';
export * from './publishers.js';
export * from './subscribers.js';
export * from './types.js';

export interface TelemetryEvents {
  'configChanged': EventShape<T.ConfigChanged, { 1: T.ConfigChanged }>;
  'heartbeat': EventShape<T.Heartbeat, { 1: T.Heartbeat }>;
  'reading': EventShape<T.Reading, { 1: T.Reading }>;
}

/** Each older version upcasts to the next one; the bus chains them up to the latest. */
export type TelemetryUpcasters = Record<never, never>;

export const telemetryContracts = defineContracts<TelemetryEvents, TelemetryUpcasters>(descriptors);
