// Generated from shop/. Do not edit.

import { defineContracts } from 'herald';
import { descriptors as shopDescriptors } from './shop/descriptors.js';
import type { ShopEvents, ShopUpcasters } from './shop/index.js';

export * as shop from './shop/index.js';

/** Every event of every contract: the type parameter of a bus that carries them all. */
export interface HeraldEvents
  extends ShopEvents {}

export interface HeraldUpcasters
  extends ShopUpcasters {}

export const contracts = defineContracts<HeraldEvents, HeraldUpcasters>([
  ...shopDescriptors,
]);
