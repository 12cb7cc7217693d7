// Generated from contracts/payment.asyncapi.yaml. Do not edit.

import type { ChannelDescriptor, EventDescriptor } from 'herald';
import type * as T from './types.js';
import * as V from './validators.js';

const paymentCompletedChannel: ChannelDescriptor = {
  id: 'paymentCompleted',
  address: 'payment.completed',
  subject: 'payment.completed',
  topic: 'payment.completed',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
};

const paymentFailedChannel: ChannelDescriptor = {
  id: 'paymentFailed',
  address: 'payment.failed',
  subject: 'payment.failed',
  topic: 'payment.failed',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'order-service-group',
  },
};

const paymentInitiatedChannel: ChannelDescriptor = {
  id: 'paymentInitiated',
  address: 'payment.initiated',
  subject: 'payment.initiated',
  topic: 'payment.initiated',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
};

const paymentRefundFailedChannel: ChannelDescriptor = {
  id: 'paymentRefundFailed',
  address: 'payment.refund_failed',
  subject: 'payment.refund__failed',
  topic: 'payment.refund_failed',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
};

const paymentRefundedChannel: ChannelDescriptor = {
  id: 'paymentRefunded',
  address: 'payment.refunded',
  subject: 'payment.refunded',
  topic: 'payment.refunded',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'email-service-group',
  },
};

const paymentSucceededChannel: ChannelDescriptor = {
  id: 'paymentSucceeded',
  address: 'payment.succeeded',
  subject: 'payment.succeeded',
  topic: 'payment.succeeded',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'order-service-group',
  },
};

export const paymentCompleted: EventDescriptor<T.PaymentCompleted> = {
  type: 'payment.completed',
  version: 1,
  domain: 'payment',
  messageId: 'PaymentCompleted',
  channel: paymentCompletedChannel,
  aggregate: {
    type: 'payment',
    idPointer: '/paymentId',
  },
  partitionKey: '/paymentId',
  priority: 'high',
  contentType: 'application/json',
  dataSchema: 'urn:herald:payment:payment.completed:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validatePaymentCompletedV1Publish,
    consume: V.validatePaymentCompletedV1Consume,
  },
  source: {
    file: 'payment.asyncapi.yaml',
    pointer: '/components/messages/PaymentCompleted',
  },
};

export const paymentFailed: EventDescriptor<T.PaymentFailed> = {
  type: 'payment.failed',
  version: 1,
  domain: 'payment',
  messageId: 'PaymentFailed',
  channel: paymentFailedChannel,
  aggregate: {
    type: 'payment',
    idPointer: '/paymentId',
  },
  partitionKey: '/paymentId',
  priority: 'critical',
  contentType: 'application/json',
  dataSchema: 'urn:herald:payment:payment.failed:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validatePaymentFailedV1Publish,
    consume: V.validatePaymentFailedV1Consume,
  },
  source: {
    file: 'payment.asyncapi.yaml',
    pointer: '/components/messages/PaymentFailed',
  },
};

export const paymentInitiated: EventDescriptor<T.PaymentInitiated> = {
  type: 'payment.initiated',
  version: 1,
  domain: 'payment',
  messageId: 'PaymentInitiated',
  channel: paymentInitiatedChannel,
  aggregate: {
    type: 'payment',
    idPointer: '/paymentId',
  },
  partitionKey: '/paymentId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:payment:payment.initiated:v1',
  sensitive: ['/method/last4', '/method/token'],
  retired: false,
  validate: {
    publish: V.validatePaymentInitiatedV1Publish,
    consume: V.validatePaymentInitiatedV1Consume,
  },
  source: {
    file: 'payment.asyncapi.yaml',
    pointer: '/components/messages/PaymentInitiated',
  },
};

export const paymentRefundFailed: EventDescriptor<T.PaymentRefundFailed> = {
  type: 'payment.refund_failed',
  version: 1,
  domain: 'payment',
  messageId: 'PaymentRefundFailed',
  channel: paymentRefundFailedChannel,
  aggregate: {
    type: 'payment',
    idPointer: '/paymentId',
  },
  partitionKey: '/paymentId',
  priority: 'critical',
  contentType: 'application/json',
  dataSchema: 'urn:herald:payment:payment.refund_failed:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validatePaymentRefundFailedV1Publish,
    consume: V.validatePaymentRefundFailedV1Consume,
  },
  source: {
    file: 'payment.asyncapi.yaml',
    pointer: '/components/messages/PaymentRefundFailed',
  },
};

export const paymentRefunded: EventDescriptor<T.PaymentRefunded> = {
  type: 'payment.refunded',
  version: 1,
  domain: 'payment',
  messageId: 'PaymentRefunded',
  channel: paymentRefundedChannel,
  aggregate: {
    type: 'payment',
    idPointer: '/paymentId',
  },
  partitionKey: '/paymentId',
  priority: 'high',
  contentType: 'application/json',
  dataSchema: 'urn:herald:payment:payment.refunded:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validatePaymentRefundedV1Publish,
    consume: V.validatePaymentRefundedV1Consume,
  },
  source: {
    file: 'payment.asyncapi.yaml',
    pointer: '/components/messages/PaymentRefunded',
  },
};

export const paymentSucceeded: EventDescriptor<T.PaymentSucceeded> = {
  type: 'payment.succeeded',
  version: 1,
  domain: 'payment',
  messageId: 'PaymentSucceeded',
  channel: paymentSucceededChannel,
  aggregate: {
    type: 'payment',
    idPointer: '/paymentId',
  },
  partitionKey: '/paymentId',
  priority: 'high',
  contentType: 'application/json',
  dataSchema: 'urn:herald:payment:payment.succeeded:v1',
  sensitive: ['/method/last4', '/method/token'],
  retired: false,
  validate: {
    publish: V.validatePaymentSucceededV1Publish,
    consume: V.validatePaymentSucceededV1Consume,
  },
  source: {
    file: 'payment.asyncapi.yaml',
    pointer: '/components/messages/PaymentSucceeded',
  },
};

export const descriptors: readonly EventDescriptor[] = [
  paymentCompleted,
  paymentFailed,
  paymentInitiated,
  paymentRefundFailed,
  paymentRefunded,
  paymentSucceeded,
];
