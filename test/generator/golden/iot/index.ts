// Generated from iot/. Do not edit.

import { defineContracts } from 'herald';
import { descriptors as telemetryDescriptors } from './telemetry/descriptors.js';
import type { TelemetryEvents, TelemetryUpcasters } from './telemetry/index.js';

export * as telemetry from './telemetry/index.js';

/** Every event of every contract: the type parameter of a bus that carries them all. */
export interface HeraldEvents
  extends TelemetryEvents {}

export interface HeraldUpcasters
  extends TelemetryUpcasters {}

export const contracts = defineContracts<HeraldEvents, HeraldUpcasters>([
  ...telemetryDescriptors,
]);
