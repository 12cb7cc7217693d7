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
};

export const descriptors: readonly EventDescriptor[] = [
  deliveryWindowBooked,
  orderCreatedV1,
  orderCreatedV2,
  orderShipped,
];
