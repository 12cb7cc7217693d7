// Generated from request-reply/. Do not edit.

import { defineContracts } from 'herald';
import { descriptors as pricingDescriptors } from './pricing/descriptors.js';
import type { PricingEvents, PricingUpcasters } from './pricing/index.js';

export * as pricing from './pricing/index.js';

/** Every event of every contract: the type parameter of a bus that carries them all. */
export interface HeraldEvents
  extends PricingEvents {}

export interface HeraldUpcasters
  extends PricingUpcasters {}

export const contracts = defineContracts<HeraldEvents, HeraldUpcasters>([
  ...pricingDescriptors,
]);
