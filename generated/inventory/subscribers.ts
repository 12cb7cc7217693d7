// Generated from contracts/inventory.asyncapi.yaml. Do not edit.

import type { Handler, HandlerMap, SubscribeOptions, Subscriber, Subscription } from 'herald';
import type { InventoryEvents } from './index.js';

export type InventoryHandlers = HandlerMap<InventoryEvents>;

export interface InventorySubscribers {
  /** Subscribe to inventory.released. */
  onInventoryReleased(handler: Handler<InventoryEvents, 'inventory.released'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to inventory.reserved. */
  onInventoryReserved(handler: Handler<InventoryEvents, 'inventory.reserved'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to inventory.stock_low. */
  onInventoryStockLow(handler: Handler<InventoryEvents, 'inventory.stock_low'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to inventory.updated. */
  onInventoryUpdated(handler: Handler<InventoryEvents, 'inventory.updated'>, options: SubscribeOptions): Promise<Subscription>;
}

export function inventorySubscribers(bus: Subscriber<InventoryEvents>): InventorySubscribers {
  return {
    onInventoryReleased: (handler, options) => bus.subscribe('inventory.released', handler, options),
    onInventoryReserved: (handler, options) => bus.subscribe('inventory.reserved', handler, options),
    onInventoryStockLow: (handler, options) => bus.subscribe('inventory.stock_low', handler, options),
    onInventoryUpdated: (handler, options) => bus.subscribe('inventory.updated', handler, options),
  };
}
