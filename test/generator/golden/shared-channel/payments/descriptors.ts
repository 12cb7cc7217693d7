// Generated from shared-channel/payments.asyncapi.yaml. Do not edit.

import type { ChannelDescriptor, EventDescriptor } from 'herald';
import type * as T from './types.js';
import * as V from './validators.js';

const paymentEventsChannel: ChannelDescriptor = {
  id: 'paymentEvents',
  address: 'payments/events',
  subject: 'payments.events',
  topic: 'payments.events',
  parameters: [],
  nats: {
    queue: 'settlement',
  },
};

export const paymentInitiated: EventDescriptor<T.PaymentInitiated> = {
  type: 'payment.initiated',
  version: 1,
  domain: 'payments',
  messageId: 'initiated',
  channel: paymentEventsChannel,
  partitionKey: '/paymentId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:payments:payment.initiated:v1',
  sensitive: ['/card/holder'],
  discriminator: {
    property: 'kind',
    value: 'initiated',
  },
  retired: false,
  validate: {
    publish: V.validatePaymentInitiatedV1Publish,
    consume: V.validatePaymentInitiatedV1Consume,
  },
  source: {
    file: 'payments.asyncapi.yaml',
    pointer: '/components/messages/PaymentInitiated',
  },
  schema: {
    type: 'object',
    required: ['paymentId', 'kind', 'amount', 'currency', 'card'],
    discriminator: 'kind',
    properties: {
      paymentId: {
        type: 'string',
        format: 'uuid',
      },
      kind: {
        type: 'string',
        const: 'initiated',
      },
      amount: {
        type: 'integer',
        minimum: 1,
      },
      currency: {
        type: 'string',
        enum: ['EUR', 'USD', 'GBP'],
      },
      card: {
        type: 'object',
        required: ['last4', 'holder'],
        properties: {
          last4: {
            type: 'string',
            pattern: '^[0-9]{4}$',
          },
          holder: {
            type: 'string',
            'x-herald-sensitive': true,
          },
        },
      },
    },
  },
};

export const paymentRefundFailed: EventDescriptor<T.PaymentRefundFailed> = {
  type: 'payment.refund_failed',
  version: 1,
  domain: 'payments',
  messageId: 'refundFailed',
  channel: paymentEventsChannel,
  partitionKey: '/paymentId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:payments:payment.refund_failed:v1',
  sensitive: [],
  discriminator: {
    property: 'kind',
    value: 'refund_failed',
  },
  retired: false,
  validate: {
    publish: V.validatePaymentRefundFailedV1Publish,
    consume: V.validatePaymentRefundFailedV1Consume,
  },
  source: {
    file: 'payments.asyncapi.yaml',
    pointer: '/components/messages/PaymentRefundFailed',
  },
  schema: {
    type: 'object',
    required: ['paymentId', 'kind', 'reason'],
    properties: {
      paymentId: {
        type: 'string',
        format: 'uuid',
      },
      kind: {
        type: 'string',
        enum: ['refund_failed'],
      },
      reason: {
        type: 'string',
        maxLength: 200,
      },
      attempts: {
        type: 'array',
        items: {
          type: 'object',
          required: ['at', 'code'],
          properties: {
            at: {
              type: 'string',
              format: 'date-time',
            },
            code: {
              type: 'string',
            },
          },
        },
      },
    },
  },
};

export const paymentSucceeded: EventDescriptor<T.PaymentSucceeded> = {
  type: 'payment.succeeded',
  version: 1,
  domain: 'payments',
  messageId: 'succeeded',
  channel: paymentEventsChannel,
  partitionKey: '/paymentId',
  priority: 'critical',
  contentType: 'application/json',
  dataSchema: 'urn:herald:payments:payment.succeeded:v1',
  sensitive: [],
  discriminator: {
    property: 'kind',
    value: 'succeeded',
  },
  retired: false,
  validate: {
    publish: V.validatePaymentSucceededV1Publish,
    consume: V.validatePaymentSucceededV1Consume,
  },
  source: {
    file: 'payments.asyncapi.yaml',
    pointer: '/components/messages/PaymentSucceeded',
  },
  schema: {
    type: 'object',
    required: ['paymentId', 'kind', 'settledAt'],
    properties: {
      paymentId: {
        type: 'string',
        format: 'uuid',
      },
      kind: {
        type: 'string',
        const: 'succeeded',
      },
      settledAt: {
        type: 'string',
        format: 'date-time',
      },
    },
  },
};

export const descriptors: readonly EventDescriptor[] = [
  paymentInitiated,
  paymentRefundFailed,
  paymentSucceeded,
];
