// Generated from contracts/inventory.asyncapi.yaml. Do not edit.

import { defineContracts, type EventShape } from 'herald';
import { descriptors } from './descriptors.js';
import type * as T from './types.js';

export * from './descriptors.js';
export * from './publishers.js';
export * from './subscribers.js';
export * from './types.js';

export interface InventoryEvents {
  'inventory.released': EventShape<T.InventoryReleased, { 1: T.InventoryReleased }>;
  'inventory.reserved': EventShape<T.InventoryReserved, { 1: T.InventoryReserved }>;
  'inventory.stock_low': EventShape<T.InventoryStockLow, { 1: T.InventoryStockLow }>;
  'inventory.updated': EventShape<T.InventoryUpdated, { 1: T.InventoryUpdated }>;
}

/** Each older version upcasts to the next one; the bus chains them up to the latest. */
export type InventoryUpcasters = Record<never, never>;

export const inventoryContracts = defineContracts<InventoryEvents, InventoryUpcasters>(descriptors);
