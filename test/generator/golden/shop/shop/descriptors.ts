// Generated from shop/shop.asyncapi.yaml. Do not edit.

import type { ChannelDescriptor, EventDescriptor } from 'herald';
import type * as T from './types.js';
import * as V from './validators.js';

const deliveryWindowsChannel: ChannelDescriptor = {
  id: 'deliveryWindows',
  address: 'shop.delivery-windows',
  subject: 'shop.delivery-windows',
  topic: 'shop.delivery-windows',
  parameters: [],
};

const storeOrdersChannel: ChannelDescriptor = {
  id: 'storeOrders',
  address: 'shop/{storeId}/orders',
  subject: 'shop.{storeId}.orders',
  topic: 'shop.orders',
  parameters: ['storeId'],
  kafka: {
    partitions: 6,
    replicas: 3,
    config: {
      'retention.ms': '604800000',
      'cleanup.policy': 'delete',
    },
  },
};

export const deliveryWindowBooked: EventDescriptor<T.DeliveryWindowBooked> = {
  type: 'delivery.window_booked',
  version: 1,
  domain: 'shop',
  messageId: 'windowBooked',
  channel: deliveryWindowsChannel,
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:shop:delivery.window_booked:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateDeliveryWindowBookedV1Publish,
    consume: V.validateDeliveryWindowBookedV1Consume,
  },
  source: {
    file: 'shop.asyncapi.yaml',
    pointer: '/components/messages/DeliveryWindowBooked',
  },
  schema: {
    type: 'object',
    required: ['orderId', 'window'],
    properties: {
      orderId: {
        type: 'string',
        format: 'uuid',
      },
      window: {
        type: 'object',
        required: ['from', 'to'],
        properties: {
          from: {
            type: 'string',
            format: 'date-time',
          },
          to: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      notes: {
        type: 'object',
        description: 'Free-form notes by locale.',
        additionalProperties: {
          type: 'string',
          maxLength: 500,
        },
      },
    },
  },
};

export const orderCreatedV1: EventDescriptor<T.OrderCreatedV1> = {
  type: 'order.created',
  version: 1,
  domain: 'shop',
  messageId: 'orderCreatedV1',
  channel: storeOrdersChannel,
  aggregate: {
    type: 'order',
    idPointer: '/orderId',
  },
  partitionKey: '/orderId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:shop:order.created:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateOrderCreatedV1Publish,
    consume: V.validateOrderCreatedV1Consume,
  },
  source: {
    file: 'shop.asyncapi.yaml',
    pointer: '/components/messages/OrderCreatedV1',
  },
  schema: {
    type: 'object',
    required: ['orderId', 'total'],
    properties: {
      orderId: {
        type: 'string',
        format: 'uuid',
      },
      total: {
        type: 'integer',
        minimum: 0,
        description: 'Total in cents (EUR only in v1).',
      },
    },
  },
};

export const orderCreatedV2: EventDescriptor<T.OrderCreatedV2> = {
  type: 'order.created',
  version: 2,
  domain: 'shop',
  messageId: 'orderCreatedV2',
  channel: storeOrdersChannel,
  aggregate: {
    type: 'order',
    idPointer: '/orderId',
  },
  partitionKey: '/customer/id',
  priority: 'high',
  contentType: 'application/json',
  dataSchema: 'urn:herald:shop:order.created:v2',
  sensitive: ['/customer/email', '/shippingAddress/line1', '/shippingAddress/line2'],
  retired: false,
  validate: {
    publish: V.validateOrderCreatedV2Publish,
    consume: V.validateOrderCreatedV2Consume,
  },
  source: {
    file: 'shop.asyncapi.yaml',
    pointer: '/components/messages/OrderCreatedV2',
  },
  schema: {
    type: 'object',
    required: ['orderId', 'type', 'status', 'customer', 'items', 'total', 'placedAt'],
    properties: {
      orderId: {
        type: 'string',
        format: 'uuid',
      },
      type: {
        type: 'string',
        enum: ['online', 'in-store'],
      },
      status: {
        type: 'string',
        enum: ['pending', 'confirmed'],
      },
      customer: {
        type: 'object',
        required: ['id', 'name', 'email'],
        properties: {
          id: {
            type: 'string',
            format: 'uuid',
          },
          name: {
            type: 'string',
            minLength: 1,
          },
          email: {
            type: 'string',
            format: 'email',
            'x-herald-sensitive': true,
          },
        },
      },
      items: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          required: ['sku', 'name', 'quantity', 'unitPrice'],
          properties: {
            sku: {
              type: 'string',
              pattern: '^[A-Z0-9-]+$',
            },
            name: {
              type: 'string',
            },
            quantity: {
              type: 'integer',
              minimum: 1,
            },
            unitPrice: {
              title: 'Money',
              description: 'An amount in minor units of an ISO 4217 currency.',
              type: 'object',
              required: ['amount', 'currency'],
              properties: {
                amount: {
                  type: 'integer',
                  minimum: 0,
                },
                currency: {
                  type: 'string',
                  pattern: '^[A-Z]{3}$',
                },
              },
            },
          },
        },
      },
      total: {
        title: 'Money',
        description: 'An amount in minor units of an ISO 4217 currency.',
        type: 'object',
        required: ['amount', 'currency'],
        properties: {
          amount: {
            type: 'integer',
            minimum: 0,
          },
          currency: {
            type: 'string',
            pattern: '^[A-Z]{3}$',
          },
        },
      },
      shippingAddress: {
        title: 'Address',
        type: 'object',
        required: ['line1', 'city', 'country'],
        properties: {
          line1: {
            type: 'string',
            'x-herald-sensitive': true,
          },
          line2: {
            type: 'string',
            'x-herald-sensitive': true,
          },
          city: {
            type: 'string',
          },
          postalCode: {
            type: 'string',
          },
          country: {
            type: 'string',
            pattern: '^[A-Z]{2}$',
          },
        },
      },
      placedAt: {
        type: 'string',
        format: 'date-time',
      },
      deliverOn: {
        type: 'string',
        format: 'date',
      },
    },
  },
};

export const orderShipped: EventDescriptor<T.OrderShipped> = {
  type: 'order.shipped',
  version: 1,
  domain: 'shop',
  messageId: 'orderShipped',
  channel: storeOrdersChannel,
  aggregate: {
    type: 'order',
    idPointer: '/orderId',
  },
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:shop:order.shipped:v1',
  sensitive: ['/from/line1', '/from/line2'],
  retired: false,
  validate: {
    publish: V.validateOrderShippedV1Publish,
    consume: V.validateOrderShippedV1Consume,
  },
  source: {
    file: 'shop.asyncapi.yaml',
    pointer: '/components/messages/OrderShipped',
  },
  schema: {
    type: 'object',
    required: ['orderId', 'carrier', 'location', 'from', 'shippedOn'],
    properties: {
      orderId: {
        type: 'string',
        format: 'uuid',
      },
      carrier: {
        type: 'string',
        enum: ['dhl', 'ups', 'post'],
      },
      location: {
        description: 'Where the parcel is now.',
        type: 'object',
        required: ['lat', 'long'],
        properties: {
          lat: {
            type: 'number',
            minimum: -90,
            maximum: 90,
          },
          long: {
            type: 'number',
            minimum: -180,
            maximum: 180,
          },
        },
      },
      from: {
        title: 'Address',
        type: 'object',
        required: ['line1', 'city', 'country'],
        properties: {
          line1: {
            type: 'string',
            'x-herald-sensitive': true,
          },
          line2: {
            type: 'string',
            'x-herald-sensitive': true,
          },
          city: {
            type: 'string',
          },
          postalCode: {
            type: 'string',
          },
          country: {
            type: 'string',
            pattern: '^[A-Z]{2}$',
          },
        },
      },
      shippedOn: {
        type: 'string',
        format: 'date',
      },
      default: {
        type: 'boolean',
        description: 'Shipped with the default carrier.',
      },
      tracking: {
        type: 'object',
        description: 'Carrier-specific tracking data, open on purpose.',
        additionalProperties: true,
        properties: {
          url: {
            type: 'string',
            format: 'uri',
          },
        },
      },
    },
  },
};

export const descriptors: readonly EventDescriptor[] = [
  deliveryWindowBooked,
  orderCreatedV1,
  orderCreatedV2,
  orderShipped,
];
