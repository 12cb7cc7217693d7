// Generated from contracts/inventory.asyncapi.yaml. Do not edit.

import type { PublishOptions, PublishReceipt, Publisher } from 'herald';
import type { InventoryEvents } from './index.js';
import type * as T from './types.js';

export interface InventoryPublishers {
  /** Publish inventory.released (v1). */
  inventoryReleased(data: T.InventoryReleased, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish inventory.reserved (v1). */
  inventoryReserved(data: T.InventoryReserved, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish inventory.stock_low (v1). */
  inventoryStockLow(data: T.InventoryStockLow, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish inventory.updated (v1). */
  inventoryUpdated(data: T.InventoryUpdated, options?: PublishOptions): Promise<PublishReceipt>;
}

export function inventoryPublishers(bus: Publisher<InventoryEvents>): InventoryPublishers {
  return {
    inventoryReleased: (data, options) => bus.publish('inventory.released', data, options),
    inventoryReserved: (data, options) => bus.publish('inventory.reserved', data, options),
    inventoryStockLow: (data, options) => bus.publish('inventory.stock_low', data, options),
    inventoryUpdated: (data, options) => bus.publish('inventory.updated', data, options),
  };
}
