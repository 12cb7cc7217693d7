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
