// Generated from shared-channel/. Do not edit.

import { defineContracts } from 'herald';
import { descriptors as paymentsDescriptors } from './payments/descriptors.js';
import type { PaymentsEvents, PaymentsUpcasters } from './payments/index.js';

export * as payments from './payments/index.js';

/** Every event of every contract: the type parameter of a bus that carries them all. */
export interface HeraldEvents
  extends PaymentsEvents {}

export interface HeraldUpcasters
  extends PaymentsUpcasters {}

export const contracts = defineContracts<HeraldEvents, HeraldUpcasters>([
  ...paymentsDescriptors,
]);
