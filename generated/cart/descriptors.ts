// Generated from contracts/cart.asyncapi.yaml. Do not edit.

import type { ChannelDescriptor, EventDescriptor } from 'herald';
import type * as T from './types.js';
import * as V from './validators.js';

const cartAbandonedChannel: ChannelDescriptor = {
  id: 'cartAbandoned',
  address: 'cart.abandoned',
  subject: 'cart.abandoned',
  topic: 'cart.abandoned',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'notification-service-group',
  },
};

const cartItemAddedChannel: ChannelDescriptor = {
  id: 'cartItemAdded',
  address: 'cart.item_added',
  subject: 'cart.item__added',
  topic: 'cart.item_added',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'analytics-service-group',
  },
};

const cartItemRemovedChannel: ChannelDescriptor = {
  id: 'cartItemRemoved',
  address: 'cart.item_removed',
  subject: 'cart.item__removed',
  topic: 'cart.item_removed',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'analytics-service-group',
  },
};

const cartUpdatedChannel: ChannelDescriptor = {
  id: 'cartUpdated',
  address: 'cart.updated',
  subject: 'cart.updated',
  topic: 'cart.updated',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
};

export const cartAbandoned: EventDescriptor<T.CartAbandoned> = {
  type: 'cart.abandoned',
  version: 1,
  domain: 'cart',
  messageId: 'CartAbandoned',
  channel: cartAbandonedChannel,
  aggregate: {
    type: 'cart',
    idPointer: '/cartId',
  },
  partitionKey: '/cartId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:cart:cart.abandoned:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateCartAbandonedV1Publish,
    consume: V.validateCartAbandonedV1Consume,
  },
  source: {
    file: 'cart.asyncapi.yaml',
    pointer: '/components/messages/CartAbandoned',
  },
  schema: {
    type: 'object',
    required: [
      'cartId',
      'items',
      'subtotal',
      'lastActivityAt',
      'inactiveMinutes',
      'abandonedAt',
    ],
    properties: {
      cartId: {
        type: 'string',
        format: 'uuid',
      },
      userId: {
        description: 'Absent for an anonymous cart (no reminder can be sent).',
        type: 'string',
        format: 'uuid',
      },
      items: {
        type: 'array',
        minItems: 1,
        maxItems: 200,
        items: {
          title: 'LineItem',
          description: 'One product line of an order or a cart.',
          type: 'object',
          required: ['productId', 'quantity', 'unitPrice'],
          properties: {
            productId: {
              type: 'string',
              format: 'uuid',
            },
            sku: {
              type: 'string',
              pattern: '^[A-Za-z0-9._-]{1,64}$',
            },
            name: {
              description: 'Product name at the time the line was created.',
              type: 'string',
              minLength: 1,
              maxLength: 200,
            },
            quantity: {
              type: 'integer',
              minimum: 1,
              maximum: 10000,
            },
            unitPrice: {
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
          },
        },
      },
      subtotal: {
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
      lastActivityAt: {
        type: 'string',
        format: 'date-time',
      },
      inactiveMinutes: {
        type: 'integer',
        minimum: 1,
      },
      abandonedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
  },
};

export const cartItemAdded: EventDescriptor<T.CartItemAdded> = {
  type: 'cart.item_added',
  version: 1,
  domain: 'cart',
  messageId: 'CartItemAdded',
  channel: cartItemAddedChannel,
  aggregate: {
    type: 'cart',
    idPointer: '/cartId',
  },
  partitionKey: '/cartId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:cart:cart.item_added:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateCartItemAddedV1Publish,
    consume: V.validateCartItemAddedV1Consume,
  },
  source: {
    file: 'cart.asyncapi.yaml',
    pointer: '/components/messages/CartItemAdded',
  },
  schema: {
    type: 'object',
    required: ['cartId', 'item', 'addedAt'],
    properties: {
      cartId: {
        type: 'string',
        format: 'uuid',
      },
      userId: {
        description: 'Absent for an anonymous cart.',
        type: 'string',
        format: 'uuid',
      },
      item: {
        title: 'LineItem',
        description: 'One product line of an order or a cart.',
        type: 'object',
        required: ['productId', 'quantity', 'unitPrice'],
        properties: {
          productId: {
            type: 'string',
            format: 'uuid',
          },
          sku: {
            type: 'string',
            pattern: '^[A-Za-z0-9._-]{1,64}$',
          },
          name: {
            description: 'Product name at the time the line was created.',
            type: 'string',
            minLength: 1,
            maxLength: 200,
          },
          quantity: {
            type: 'integer',
            minimum: 1,
            maximum: 10000,
          },
          unitPrice: {
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
        },
      },
      addedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
  },
};

export const cartItemRemoved: EventDescriptor<T.CartItemRemoved> = {
  type: 'cart.item_removed',
  version: 1,
  domain: 'cart',
  messageId: 'CartItemRemoved',
  channel: cartItemRemovedChannel,
  aggregate: {
    type: 'cart',
    idPointer: '/cartId',
  },
  partitionKey: '/cartId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:cart:cart.item_removed:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateCartItemRemovedV1Publish,
    consume: V.validateCartItemRemovedV1Consume,
  },
  source: {
    file: 'cart.asyncapi.yaml',
    pointer: '/components/messages/CartItemRemoved',
  },
  schema: {
    type: 'object',
    required: ['cartId', 'productId', 'quantity', 'reason', 'removedAt'],
    properties: {
      cartId: {
        type: 'string',
        format: 'uuid',
      },
      userId: {
        description: 'Absent for an anonymous cart.',
        type: 'string',
        format: 'uuid',
      },
      productId: {
        type: 'string',
        format: 'uuid',
      },
      quantity: {
        description: 'How many units were removed.',
        type: 'integer',
        minimum: 1,
        maximum: 10000,
      },
      reason: {
        type: 'string',
        enum: ['user_action', 'out_of_stock', 'product_deleted', 'expired'],
      },
      removedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
  },
};

export const cartUpdated: EventDescriptor<T.CartUpdated> = {
  type: 'cart.updated',
  version: 1,
  domain: 'cart',
  messageId: 'CartUpdated',
  channel: cartUpdatedChannel,
  aggregate: {
    type: 'cart',
    idPointer: '/cartId',
  },
  partitionKey: '/cartId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:cart:cart.updated:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateCartUpdatedV1Publish,
    consume: V.validateCartUpdatedV1Consume,
  },
  source: {
    file: 'cart.asyncapi.yaml',
    pointer: '/components/messages/CartUpdated',
  },
  schema: {
    type: 'object',
    required: ['cartId', 'items', 'itemCount', 'subtotal', 'updatedAt'],
    properties: {
      cartId: {
        type: 'string',
        format: 'uuid',
      },
      userId: {
        description: 'Absent for an anonymous cart.',
        type: 'string',
        format: 'uuid',
      },
      items: {
        description: 'The whole cart after the change; empty when the cart was emptied.',
        type: 'array',
        maxItems: 200,
        items: {
          title: 'LineItem',
          description: 'One product line of an order or a cart.',
          type: 'object',
          required: ['productId', 'quantity', 'unitPrice'],
          properties: {
            productId: {
              type: 'string',
              format: 'uuid',
            },
            sku: {
              type: 'string',
              pattern: '^[A-Za-z0-9._-]{1,64}$',
            },
            name: {
              description: 'Product name at the time the line was created.',
              type: 'string',
              minLength: 1,
              maxLength: 200,
            },
            quantity: {
              type: 'integer',
              minimum: 1,
              maximum: 10000,
            },
            unitPrice: {
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
          },
        },
      },
      itemCount: {
        description: 'Total units in the cart (sum of the quantities).',
        type: 'integer',
        minimum: 0,
      },
      subtotal: {
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
      updatedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
  },
};

export const descriptors: readonly EventDescriptor[] = [
  cartAbandoned,
  cartItemAdded,
  cartItemRemoved,
  cartUpdated,
];
