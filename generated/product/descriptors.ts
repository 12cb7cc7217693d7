// Generated from contracts/product.asyncapi.yaml. Do not edit.

import type { ChannelDescriptor, EventDescriptor } from 'herald';
import type * as T from './types.js';
import * as V from './validators.js';

const productCreatedChannel: ChannelDescriptor = {
  id: 'productCreated',
  address: 'product.created',
  subject: 'product.created',
  topic: 'product.created',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'search-sync-group',
  },
};

const productDeletedChannel: ChannelDescriptor = {
  id: 'productDeleted',
  address: 'product.deleted',
  subject: 'product.deleted',
  topic: 'product.deleted',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'search-sync-group',
  },
};

const productPriceChangedChannel: ChannelDescriptor = {
  id: 'productPriceChanged',
  address: 'product.price_changed',
  subject: 'product.price__changed',
  topic: 'product.price_changed',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'analytics-service-group',
  },
};

const productUpdatedChannel: ChannelDescriptor = {
  id: 'productUpdated',
  address: 'product.updated',
  subject: 'product.updated',
  topic: 'product.updated',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'search-sync-group',
  },
};

export const productCreated: EventDescriptor<T.ProductCreated> = {
  type: 'product.created',
  version: 1,
  domain: 'product',
  messageId: 'ProductCreated',
  channel: productCreatedChannel,
  aggregate: {
    type: 'product',
    idPointer: '/productId',
  },
  partitionKey: '/productId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:product:product.created:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateProductCreatedV1Publish,
    consume: V.validateProductCreatedV1Consume,
  },
  source: {
    file: 'product.asyncapi.yaml',
    pointer: '/components/messages/ProductCreated',
  },
  schema: {
    title: 'Product',
    description: 'A product\'s state.',
    type: 'object',
    required: [
      'productId',
      'vendorId',
      'sku',
      'name',
      'price',
      'status',
      'createdAt',
      'updatedAt',
    ],
    properties: {
      productId: {
        type: 'string',
        format: 'uuid',
      },
      vendorId: {
        type: 'string',
        format: 'uuid',
      },
      sku: {
        type: 'string',
        pattern: '^[A-Za-z0-9._-]{1,64}$',
      },
      name: {
        type: 'string',
        minLength: 1,
        maxLength: 200,
      },
      description: {
        type: 'string',
        maxLength: 5000,
      },
      price: {
        title: 'Money',
        description: 'An amount of money in the currency\'s minor unit (cents for EUR/USD, yen for JPY), never a float.',
        type: 'object',
        required: ['amount', 'currency'],
        properties: {
          amount: {
            description: 'Amount in minor units.',
            type: 'integer',
            minimum: 0,
            maximum: 1000000000000,
          },
          currency: {
            description: 'ISO 4217 alphabetic currency code.',
            type: 'string',
            pattern: '^[A-Z]{3}$',
          },
        },
      },
      status: {
        type: 'string',
        enum: ['draft', 'active', 'archived'],
      },
      category: {
        type: 'string',
        minLength: 1,
        maxLength: 100,
      },
      tags: {
        type: 'array',
        maxItems: 30,
        uniqueItems: true,
        items: {
          type: 'string',
          minLength: 1,
          maxLength: 50,
        },
      },
      images: {
        type: 'array',
        maxItems: 20,
        uniqueItems: true,
        items: {
          type: 'string',
          format: 'uri',
          maxLength: 2048,
        },
      },
      attributes: {
        title: 'Metadata',
        description: 'Free-form string annotations (source system, campaign, ...). Open on purpose: any key is allowed, values are short strings.',
        type: 'object',
        maxProperties: 50,
        additionalProperties: {
          type: 'string',
          maxLength: 500,
        },
      },
      createdAt: {
        type: 'string',
        format: 'date-time',
      },
      updatedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
  },
};

export const productDeleted: EventDescriptor<T.ProductDeleted> = {
  type: 'product.deleted',
  version: 1,
  domain: 'product',
  messageId: 'ProductDeleted',
  channel: productDeletedChannel,
  aggregate: {
    type: 'product',
    idPointer: '/productId',
  },
  partitionKey: '/productId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:product:product.deleted:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateProductDeletedV1Publish,
    consume: V.validateProductDeletedV1Consume,
  },
  source: {
    file: 'product.asyncapi.yaml',
    pointer: '/components/messages/ProductDeleted',
  },
  schema: {
    type: 'object',
    required: ['productId', 'vendorId', 'deletedAt'],
    properties: {
      productId: {
        type: 'string',
        format: 'uuid',
      },
      vendorId: {
        type: 'string',
        format: 'uuid',
      },
      sku: {
        type: 'string',
        pattern: '^[A-Za-z0-9._-]{1,64}$',
      },
      reason: {
        type: 'string',
        enum: ['discontinued', 'vendor_deleted', 'policy_violation', 'duplicate'],
      },
      deletedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
  },
};

export const productPriceChanged: EventDescriptor<T.ProductPriceChanged> = {
  type: 'product.price_changed',
  version: 1,
  domain: 'product',
  messageId: 'ProductPriceChanged',
  channel: productPriceChangedChannel,
  aggregate: {
    type: 'product',
    idPointer: '/productId',
  },
  partitionKey: '/productId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:product:product.price_changed:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateProductPriceChangedV1Publish,
    consume: V.validateProductPriceChangedV1Consume,
  },
  source: {
    file: 'product.asyncapi.yaml',
    pointer: '/components/messages/ProductPriceChanged',
  },
  schema: {
    type: 'object',
    required: ['productId', 'vendorId', 'previousPrice', 'price', 'changedAt'],
    properties: {
      productId: {
        type: 'string',
        format: 'uuid',
      },
      vendorId: {
        type: 'string',
        format: 'uuid',
      },
      previousPrice: {
        title: 'Money',
        description: 'An amount of money in the currency\'s minor unit (cents for EUR/USD, yen for JPY), never a float.',
        type: 'object',
        required: ['amount', 'currency'],
        properties: {
          amount: {
            description: 'Amount in minor units.',
            type: 'integer',
            minimum: 0,
            maximum: 1000000000000,
          },
          currency: {
            description: 'ISO 4217 alphabetic currency code.',
            type: 'string',
            pattern: '^[A-Z]{3}$',
          },
        },
      },
      price: {
        title: 'Money',
        description: 'An amount of money in the currency\'s minor unit (cents for EUR/USD, yen for JPY), never a float.',
        type: 'object',
        required: ['amount', 'currency'],
        properties: {
          amount: {
            description: 'Amount in minor units.',
            type: 'integer',
            minimum: 0,
            maximum: 1000000000000,
          },
          currency: {
            description: 'ISO 4217 alphabetic currency code.',
            type: 'string',
            pattern: '^[A-Z]{3}$',
          },
        },
      },
      effectiveFrom: {
        description: 'When the new price applies; absent when it applies at once.',
        type: 'string',
        format: 'date-time',
      },
      changedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
  },
};

export const productUpdated: EventDescriptor<T.ProductUpdated> = {
  type: 'product.updated',
  version: 1,
  domain: 'product',
  messageId: 'ProductUpdated',
  channel: productUpdatedChannel,
  aggregate: {
    type: 'product',
    idPointer: '/productId',
  },
  partitionKey: '/productId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:product:product.updated:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateProductUpdatedV1Publish,
    consume: V.validateProductUpdatedV1Consume,
  },
  source: {
    file: 'product.asyncapi.yaml',
    pointer: '/components/messages/ProductUpdated',
  },
  schema: {
    title: 'Product',
    description: 'A product\'s state.',
    type: 'object',
    required: [
      'productId',
      'vendorId',
      'sku',
      'name',
      'price',
      'status',
      'createdAt',
      'updatedAt',
    ],
    properties: {
      productId: {
        type: 'string',
        format: 'uuid',
      },
      vendorId: {
        type: 'string',
        format: 'uuid',
      },
      sku: {
        type: 'string',
        pattern: '^[A-Za-z0-9._-]{1,64}$',
      },
      name: {
        type: 'string',
        minLength: 1,
        maxLength: 200,
      },
      description: {
        type: 'string',
        maxLength: 5000,
      },
      price: {
        title: 'Money',
        description: 'An amount of money in the currency\'s minor unit (cents for EUR/USD, yen for JPY), never a float.',
        type: 'object',
        required: ['amount', 'currency'],
        properties: {
          amount: {
            description: 'Amount in minor units.',
            type: 'integer',
            minimum: 0,
            maximum: 1000000000000,
          },
          currency: {
            description: 'ISO 4217 alphabetic currency code.',
            type: 'string',
            pattern: '^[A-Z]{3}$',
          },
        },
      },
      status: {
        type: 'string',
        enum: ['draft', 'active', 'archived'],
      },
      category: {
        type: 'string',
        minLength: 1,
        maxLength: 100,
      },
      tags: {
        type: 'array',
        maxItems: 30,
        uniqueItems: true,
        items: {
          type: 'string',
          minLength: 1,
          maxLength: 50,
        },
      },
      images: {
        type: 'array',
        maxItems: 20,
        uniqueItems: true,
        items: {
          type: 'string',
          format: 'uri',
          maxLength: 2048,
        },
      },
      attributes: {
        title: 'Metadata',
        description: 'Free-form string annotations (source system, campaign, ...). Open on purpose: any key is allowed, values are short strings.',
        type: 'object',
        maxProperties: 50,
        additionalProperties: {
          type: 'string',
          maxLength: 500,
        },
      },
      createdAt: {
        type: 'string',
        format: 'date-time',
      },
      updatedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
  },
};

export const descriptors: readonly EventDescriptor[] = [
  productCreated,
  productDeleted,
  productPriceChanged,
  productUpdated,
];
