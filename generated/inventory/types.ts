// Generated from contracts/inventory.asyncapi.yaml. Do not edit.

export interface InventoryReleased {
  'reservationId': string;
  'productId': string;
  'warehouseId'?: string;
  'orderId': string;
  'quantity': number;
  'reason': InventoryReleasedReason;
  'releasedAt': string;
}

export type InventoryReleasedReason = "order_cancelled" | "payment_failed" | "expired" | "manual";

export interface InventoryReserved {
  'reservationId': string;
  'productId': string;
  'warehouseId'?: string;
  'orderId': string;
  'quantity': number;
  'expiresAt': string;
  'reservedAt': string;
}

export interface InventoryStockLow {
  'productId': string;
  'vendorId'?: string;
  'warehouseId'?: string;
  'sku'?: string;
  'available': number;
  'threshold': number;
  'detectedAt': string;
}

export interface InventoryUpdated {
  'productId': string;
  'warehouseId'?: string;
  'sku'?: string;
  'quantity': number;
  'available': number;
  'previousQuantity'?: number;
  'reason': InventoryUpdatedReason;
  'updatedAt': string;
}

export type InventoryUpdatedReason = "restock" | "sale" | "return" | "adjustment" | "damage" | "count_correction";
