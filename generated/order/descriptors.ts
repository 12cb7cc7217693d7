// Generated from contracts/order.asyncapi.yaml. Do not edit.

import type { ChannelDescriptor, EventDescriptor } from 'herald';
import type * as T from './types.js';
import * as V from './validators.js';

const orderCancelledChannel: ChannelDescriptor = {
  id: 'orderCancelled',
  address: 'order.cancelled',
  subject: 'order.cancelled',
  topic: 'order.cancelled',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'inventory-service-group',
  },
};

const orderConfirmedChannel: ChannelDescriptor = {
  id: 'orderConfirmed',
  address: 'order.confirmed',
  subject: 'order.confirmed',
  topic: 'order.confirmed',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'notification-service-group',
  },
};

const orderCreatedChannel: ChannelDescriptor = {
  id: 'orderCreated',
  address: 'order.created',
  subject: 'order.created',
  topic: 'order.created',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'inventory-service-group',
  },
};

const orderDeliveredChannel: ChannelDescriptor = {
  id: 'orderDelivered',
  address: 'order.delivered',
  subject: 'order.delivered',
  topic: 'order.delivered',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
};

const orderShippedChannel: ChannelDescriptor = {
  id: 'orderShipped',
  address: 'order.shipped',
  subject: 'order.shipped',
  topic: 'order.shipped',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'notification-service-group',
  },
};

const orderStatusChangedChannel: ChannelDescriptor = {
  id: 'orderStatusChanged',
  address: 'order.status_changed',
  subject: 'order.status__changed',
  topic: 'order.status_changed',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
};

export const orderCancelled: EventDescriptor<T.OrderCancelled> = {
  type: 'order.cancelled',
  version: 1,
  domain: 'order',
  messageId: 'OrderCancelled',
  channel: orderCancelledChannel,
  aggregate: {
    type: 'order',
    idPointer: '/orderId',
  },
  partitionKey: '/orderId',
  priority: 'high',
  contentType: 'application/json',
  dataSchema: 'urn:herald:order:order.cancelled:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateOrderCancelledV1Publish,
    consume: V.validateOrderCancelledV1Consume,
  },
  source: {
    file: 'order.asyncapi.yaml',
    pointer: '/components/messages/OrderCancelled',
  },
  schema: {
    type: 'object',
    required: ['orderId', 'userId', 'reason', 'cancelledBy', 'cancelledAt'],
    properties: {
      orderId: {
        type: 'string',
        format: 'uuid',
      },
      userId: {
        type: 'string',
        format: 'uuid',
      },
      reason: {
        type: 'string',
        enum: [
          'customer_request',
          'payment_failed',
          'out_of_stock',
          'vendor_unavailable',
          'fraud_suspected',
          'timeout',
        ],
      },
      cancelledBy: {
        type: 'string',
        enum: ['customer', 'vendor', 'system', 'admin'],
      },
      note: {
        type: 'string',
        minLength: 1,
        maxLength: 500,
      },
      refundAmount: {
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
      cancelledAt: {
        type: 'string',
        format: 'date-time',
      },
    },
  },
};

export const orderConfirmed: EventDescriptor<T.OrderConfirmed> = {
  type: 'order.confirmed',
  version: 1,
  domain: 'order',
  messageId: 'OrderConfirmed',
  channel: orderConfirmedChannel,
  aggregate: {
    type: 'order',
    idPointer: '/orderId',
  },
  partitionKey: '/orderId',
  priority: 'high',
  contentType: 'application/json',
  dataSchema: 'urn:herald:order:order.confirmed:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateOrderConfirmedV1Publish,
    consume: V.validateOrderConfirmedV1Consume,
  },
  source: {
    file: 'order.asyncapi.yaml',
    pointer: '/components/messages/OrderConfirmed',
  },
  schema: {
    type: 'object',
    required: ['orderId', 'userId', 'paymentId', 'total', 'confirmedAt'],
    properties: {
      orderId: {
        type: 'string',
        format: 'uuid',
      },
      userId: {
        type: 'string',
        format: 'uuid',
      },
      paymentId: {
        type: 'string',
        format: 'uuid',
      },
      total: {
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
      estimatedDeliveryDate: {
        type: 'string',
        format: 'date',
      },
      confirmedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
  },
};

export const orderCreatedV1: EventDescriptor<T.OrderCreatedV1> = {
  type: 'order.created',
  version: 1,
  domain: 'order',
  messageId: 'OrderCreatedV1',
  channel: orderCreatedChannel,
  aggregate: {
    type: 'order',
    idPointer: '/orderId',
  },
  partitionKey: '/orderId',
  priority: 'high',
  contentType: 'application/json',
  dataSchema: 'urn:herald:order:order.created:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateOrderCreatedV1Publish,
    consume: V.validateOrderCreatedV1Consume,
  },
  source: {
    file: 'order.asyncapi.yaml',
    pointer: '/components/messages/OrderCreatedV1',
  },
  schema: {
    type: 'object',
    required: ['orderId', 'userId', 'items', 'totalAmount', 'createdAt'],
    properties: {
      orderId: {
        type: 'string',
        format: 'uuid',
      },
      userId: {
        type: 'string',
        format: 'uuid',
      },
      items: {
        type: 'array',
        minItems: 1,
        maxItems: 100,
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
      totalAmount: {
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
      createdAt: {
        type: 'string',
        format: 'date-time',
      },
    },
  },
};

export const orderCreatedV2: EventDescriptor<T.OrderCreatedV2> = {
  type: 'order.created',
  version: 2,
  domain: 'order',
  messageId: 'OrderCreated',
  channel: orderCreatedChannel,
  aggregate: {
    type: 'order',
    idPointer: '/orderId',
  },
  partitionKey: '/orderId',
  priority: 'high',
  contentType: 'application/json',
  dataSchema: 'urn:herald:order:order.created:v2',
  sensitive: [
    '/billingAddress/line1',
    '/billingAddress/line2',
    '/billingAddress/postalCode',
    '/billingAddress/recipientName',
    '/shippingAddress/line1',
    '/shippingAddress/line2',
    '/shippingAddress/postalCode',
    '/shippingAddress/recipientName',
  ],
  retired: false,
  validate: {
    publish: V.validateOrderCreatedV2Publish,
    consume: V.validateOrderCreatedV2Consume,
  },
  source: {
    file: 'order.asyncapi.yaml',
    pointer: '/components/messages/OrderCreated',
  },
  schema: {
    type: 'object',
    required: ['orderId', 'userId', 'items', 'totals', 'shippingAddress', 'createdAt'],
    properties: {
      orderId: {
        type: 'string',
        format: 'uuid',
      },
      userId: {
        type: 'string',
        format: 'uuid',
      },
      vendorId: {
        type: 'string',
        format: 'uuid',
      },
      items: {
        type: 'array',
        minItems: 1,
        maxItems: 100,
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
      totals: {
        title: 'OrderTotals',
        description: 'The amounts of an order, all in the order\'s currency.',
        type: 'object',
        required: ['subtotal', 'tax', 'shipping', 'total'],
        properties: {
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
          discount: {
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
          tax: {
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
          shipping: {
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
          total: {
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
      shippingAddress: {
        title: 'Address',
        description: 'A postal address. Street lines, the recipient and the postal code are personal data.',
        type: 'object',
        required: ['line1', 'city', 'country'],
        properties: {
          recipientName: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
            'x-herald-sensitive': true,
          },
          line1: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
            'x-herald-sensitive': true,
          },
          line2: {
            type: 'string',
            maxLength: 200,
            'x-herald-sensitive': true,
          },
          city: {
            type: 'string',
            minLength: 1,
            maxLength: 100,
          },
          region: {
            description: 'State, province or county.',
            type: 'string',
            minLength: 1,
            maxLength: 100,
          },
          postalCode: {
            type: 'string',
            minLength: 1,
            maxLength: 20,
            'x-herald-sensitive': true,
          },
          country: {
            description: 'ISO 3166-1 alpha-2 country code.',
            type: 'string',
            pattern: '^[A-Z]{2}$',
          },
        },
      },
      billingAddress: {
        title: 'Address',
        description: 'A postal address. Street lines, the recipient and the postal code are personal data.',
        type: 'object',
        required: ['line1', 'city', 'country'],
        properties: {
          recipientName: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
            'x-herald-sensitive': true,
          },
          line1: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
            'x-herald-sensitive': true,
          },
          line2: {
            type: 'string',
            maxLength: 200,
            'x-herald-sensitive': true,
          },
          city: {
            type: 'string',
            minLength: 1,
            maxLength: 100,
          },
          region: {
            description: 'State, province or county.',
            type: 'string',
            minLength: 1,
            maxLength: 100,
          },
          postalCode: {
            type: 'string',
            minLength: 1,
            maxLength: 20,
            'x-herald-sensitive': true,
          },
          country: {
            description: 'ISO 3166-1 alpha-2 country code.',
            type: 'string',
            pattern: '^[A-Z]{2}$',
          },
        },
      },
      metadata: {
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
    },
  },
};

export const orderDelivered: EventDescriptor<T.OrderDelivered> = {
  type: 'order.delivered',
  version: 1,
  domain: 'order',
  messageId: 'OrderDelivered',
  channel: orderDeliveredChannel,
  aggregate: {
    type: 'order',
    idPointer: '/orderId',
  },
  partitionKey: '/orderId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:order:order.delivered:v1',
  sensitive: ['/receivedBy'],
  retired: false,
  validate: {
    publish: V.validateOrderDeliveredV1Publish,
    consume: V.validateOrderDeliveredV1Consume,
  },
  source: {
    file: 'order.asyncapi.yaml',
    pointer: '/components/messages/OrderDelivered',
  },
  schema: {
    type: 'object',
    required: ['orderId', 'userId', 'deliveredAt'],
    properties: {
      orderId: {
        type: 'string',
        format: 'uuid',
      },
      userId: {
        type: 'string',
        format: 'uuid',
      },
      shipmentId: {
        type: 'string',
        format: 'uuid',
      },
      receivedBy: {
        description: 'Name of the person who signed for the parcel.',
        type: 'string',
        minLength: 1,
        maxLength: 200,
        'x-herald-sensitive': true,
      },
      proofOfDeliveryUrl: {
        type: 'string',
        format: 'uri',
        maxLength: 2048,
      },
      deliveredAt: {
        type: 'string',
        format: 'date-time',
      },
    },
  },
};

export const orderShipped: EventDescriptor<T.OrderShipped> = {
  type: 'order.shipped',
  version: 1,
  domain: 'order',
  messageId: 'OrderShipped',
  channel: orderShippedChannel,
  aggregate: {
    type: 'order',
    idPointer: '/orderId',
  },
  partitionKey: '/orderId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:order:order.shipped:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateOrderShippedV1Publish,
    consume: V.validateOrderShippedV1Consume,
  },
  source: {
    file: 'order.asyncapi.yaml',
    pointer: '/components/messages/OrderShipped',
  },
  schema: {
    type: 'object',
    required: ['orderId', 'userId', 'shipmentId', 'carrier', 'trackingNumber', 'shippedAt'],
    properties: {
      orderId: {
        type: 'string',
        format: 'uuid',
      },
      userId: {
        type: 'string',
        format: 'uuid',
      },
      shipmentId: {
        type: 'string',
        format: 'uuid',
      },
      carrier: {
        type: 'string',
        minLength: 1,
        maxLength: 50,
      },
      trackingNumber: {
        type: 'string',
        minLength: 1,
        maxLength: 64,
      },
      trackingUrl: {
        type: 'string',
        format: 'uri',
        maxLength: 2048,
      },
      estimatedDeliveryDate: {
        type: 'string',
        format: 'date',
      },
      shippedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
  },
};

export const orderStatusChanged: EventDescriptor<T.OrderStatusChanged> = {
  type: 'order.status_changed',
  version: 1,
  domain: 'order',
  messageId: 'OrderStatusChanged',
  channel: orderStatusChangedChannel,
  aggregate: {
    type: 'order',
    idPointer: '/orderId',
  },
  partitionKey: '/orderId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:order:order.status_changed:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateOrderStatusChangedV1Publish,
    consume: V.validateOrderStatusChangedV1Consume,
  },
  source: {
    file: 'order.asyncapi.yaml',
    pointer: '/components/messages/OrderStatusChanged',
  },
  schema: {
    type: 'object',
    required: ['orderId', 'previousStatus', 'status', 'changedAt'],
    properties: {
      orderId: {
        type: 'string',
        format: 'uuid',
      },
      previousStatus: {
        title: 'OrderStatus',
        type: 'string',
        enum: [
          'pending',
          'confirmed',
          'processing',
          'shipped',
          'delivered',
          'cancelled',
          'returned',
        ],
      },
      status: {
        title: 'OrderStatus',
        type: 'string',
        enum: [
          'pending',
          'confirmed',
          'processing',
          'shipped',
          'delivered',
          'cancelled',
          'returned',
        ],
      },
      reason: {
        type: 'string',
        minLength: 1,
        maxLength: 500,
      },
      changedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
  },
};

export const descriptors: readonly EventDescriptor[] = [
  orderCancelled,
  orderConfirmed,
  orderCreatedV1,
  orderCreatedV2,
  orderDelivered,
  orderShipped,
  orderStatusChanged,
];
