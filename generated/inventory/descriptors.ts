// Generated from contracts/inventory.asyncapi.yaml. Do not edit.

import type { ChannelDescriptor, EventDescriptor } from 'herald';
import type * as T from './types.js';
import * as V from './validators.js';

const inventoryReleasedChannel: ChannelDescriptor = {
  id: 'inventoryReleased',
  address: 'inventory.released',
  subject: 'inventory.released',
  topic: 'inventory.released',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
};

const inventoryReservedChannel: ChannelDescriptor = {
  id: 'inventoryReserved',
  address: 'inventory.reserved',
  subject: 'inventory.reserved',
  topic: 'inventory.reserved',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
};

const inventoryStockLowChannel: ChannelDescriptor = {
  id: 'inventoryStockLow',
  address: 'inventory.stock_low',
  subject: 'inventory.stock__low',
  topic: 'inventory.stock_low',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'notification-service-group',
  },
};

const inventoryUpdatedChannel: ChannelDescriptor = {
  id: 'inventoryUpdated',
  address: 'inventory.updated',
  subject: 'inventory.updated',
  topic: 'inventory.updated',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'search-sync-group',
  },
};

export const inventoryReleased: EventDescriptor<T.InventoryReleased> = {
  type: 'inventory.released',
  version: 1,
  domain: 'inventory',
  messageId: 'InventoryReleased',
  channel: inventoryReleasedChannel,
  aggregate: {
    type: 'inventory',
    idPointer: '/productId',
  },
  partitionKey: '/productId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:inventory:inventory.released:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateInventoryReleasedV1Publish,
    consume: V.validateInventoryReleasedV1Consume,
  },
  source: {
    file: 'inventory.asyncapi.yaml',
    pointer: '/components/messages/InventoryReleased',
  },
  schema: {
    type: 'object',
    required: ['reservationId', 'productId', 'orderId', 'quantity', 'reason', 'releasedAt'],
    properties: {
      reservationId: {
        type: 'string',
        format: 'uuid',
      },
      productId: {
        type: 'string',
        format: 'uuid',
      },
      warehouseId: {
        type: 'string',
        format: 'uuid',
      },
      orderId: {
        type: 'string',
        format: 'uuid',
      },
      quantity: {
        type: 'integer',
        minimum: 1,
        maximum: 10000,
      },
      reason: {
        type: 'string',
        enum: ['order_cancelled', 'payment_failed', 'expired', 'manual'],
      },
      releasedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
  },
};

export const inventoryReserved: EventDescriptor<T.InventoryReserved> = {
  type: 'inventory.reserved',
  version: 1,
  domain: 'inventory',
  messageId: 'InventoryReserved',
  channel: inventoryReservedChannel,
  aggregate: {
    type: 'inventory',
    idPointer: '/productId',
  },
  partitionKey: '/productId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:inventory:inventory.reserved:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateInventoryReservedV1Publish,
    consume: V.validateInventoryReservedV1Consume,
  },
  source: {
    file: 'inventory.asyncapi.yaml',
    pointer: '/components/messages/InventoryReserved',
  },
  schema: {
    type: 'object',
    required: ['reservationId', 'productId', 'orderId', 'quantity', 'expiresAt', 'reservedAt'],
    properties: {
      reservationId: {
        type: 'string',
        format: 'uuid',
      },
      productId: {
        type: 'string',
        format: 'uuid',
      },
      warehouseId: {
        type: 'string',
        format: 'uuid',
      },
      orderId: {
        type: 'string',
        format: 'uuid',
      },
      quantity: {
        type: 'integer',
        minimum: 1,
        maximum: 10000,
      },
      expiresAt: {
        description: 'When the reservation lapses unless the payment succeeds first.',
        type: 'string',
        format: 'date-time',
      },
      reservedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
  },
};

export const inventoryStockLow: EventDescriptor<T.InventoryStockLow> = {
  type: 'inventory.stock_low',
  version: 1,
  domain: 'inventory',
  messageId: 'InventoryStockLow',
  channel: inventoryStockLowChannel,
  aggregate: {
    type: 'inventory',
    idPointer: '/productId',
  },
  partitionKey: '/productId',
  priority: 'high',
  contentType: 'application/json',
  dataSchema: 'urn:herald:inventory:inventory.stock_low:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateInventoryStockLowV1Publish,
    consume: V.validateInventoryStockLowV1Consume,
  },
  source: {
    file: 'inventory.asyncapi.yaml',
    pointer: '/components/messages/InventoryStockLow',
  },
  schema: {
    type: 'object',
    required: ['productId', 'available', 'threshold', 'detectedAt'],
    properties: {
      productId: {
        type: 'string',
        format: 'uuid',
      },
      vendorId: {
        type: 'string',
        format: 'uuid',
      },
      warehouseId: {
        type: 'string',
        format: 'uuid',
      },
      sku: {
        type: 'string',
        pattern: '^[A-Za-z0-9._-]{1,64}$',
      },
      available: {
        type: 'integer',
        minimum: 0,
      },
      threshold: {
        type: 'integer',
        minimum: 0,
      },
      detectedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
  },
};

export const inventoryUpdated: EventDescriptor<T.InventoryUpdated> = {
  type: 'inventory.updated',
  version: 1,
  domain: 'inventory',
  messageId: 'InventoryUpdated',
  channel: inventoryUpdatedChannel,
  aggregate: {
    type: 'inventory',
    idPointer: '/productId',
  },
  partitionKey: '/productId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:inventory:inventory.updated:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateInventoryUpdatedV1Publish,
    consume: V.validateInventoryUpdatedV1Consume,
  },
  source: {
    file: 'inventory.asyncapi.yaml',
    pointer: '/components/messages/InventoryUpdated',
  },
  schema: {
    type: 'object',
    required: ['productId', 'quantity', 'available', 'reason', 'updatedAt'],
    properties: {
      productId: {
        type: 'string',
        format: 'uuid',
      },
      warehouseId: {
        description: 'Absent when the vendor keeps a single stock.',
        type: 'string',
        format: 'uuid',
      },
      sku: {
        type: 'string',
        pattern: '^[A-Za-z0-9._-]{1,64}$',
      },
      quantity: {
        description: 'Units on hand.',
        type: 'integer',
        minimum: 0,
      },
      available: {
        description: 'Units on hand that are not reserved.',
        type: 'integer',
        minimum: 0,
      },
      previousQuantity: {
        type: 'integer',
        minimum: 0,
      },
      reason: {
        type: 'string',
        enum: ['restock', 'sale', 'return', 'adjustment', 'damage', 'count_correction'],
      },
      updatedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
  },
};

export const descriptors: readonly EventDescriptor[] = [
  inventoryReleased,
  inventoryReserved,
  inventoryStockLow,
  inventoryUpdated,
];
