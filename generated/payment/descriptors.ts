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
  schema: {
    type: 'object',
    required: ['paymentId', 'orderId', 'amount', 'completedAt'],
    properties: {
      paymentId: {
        type: 'string',
        format: 'uuid',
      },
      orderId: {
        type: 'string',
        format: 'uuid',
      },
      amount: {
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
      fee: {
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
      netAmount: {
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
      settlementDate: {
        description: 'Day the funds reach the merchant\'s account.',
        type: 'string',
        format: 'date',
      },
      completedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
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
  schema: {
    type: 'object',
    required: [
      'paymentId',
      'orderId',
      'userId',
      'amount',
      'failureCode',
      'retryable',
      'attempt',
      'failedAt',
    ],
    properties: {
      paymentId: {
        type: 'string',
        format: 'uuid',
      },
      orderId: {
        type: 'string',
        format: 'uuid',
      },
      userId: {
        type: 'string',
        format: 'uuid',
      },
      amount: {
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
      failureCode: {
        type: 'string',
        enum: [
          'card_declined',
          'insufficient_funds',
          'expired_card',
          'incorrect_cvc',
          'authentication_required',
          'fraud_suspected',
          'processing_error',
          'provider_timeout',
        ],
      },
      failureMessage: {
        description: 'The provider\'s message, for people; decide on failureCode, never on this.',
        type: 'string',
        minLength: 1,
        maxLength: 500,
      },
      retryable: {
        description: 'Whether trying the same payment method again may succeed.',
        type: 'boolean',
      },
      attempt: {
        description: '1 for the first attempt.',
        type: 'integer',
        minimum: 1,
        maximum: 100,
      },
      failedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
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
  schema: {
    type: 'object',
    required: [
      'paymentId',
      'orderId',
      'userId',
      'amount',
      'method',
      'provider',
      'initiatedAt',
    ],
    properties: {
      paymentId: {
        type: 'string',
        format: 'uuid',
      },
      orderId: {
        type: 'string',
        format: 'uuid',
      },
      userId: {
        type: 'string',
        format: 'uuid',
      },
      amount: {
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
      method: {
        title: 'PaymentMethod',
        description: 'How the customer pays. Card details are limited to brand and last four digits.',
        type: 'object',
        required: ['type'],
        properties: {
          type: {
            type: 'string',
            enum: ['card', 'bank_transfer', 'paypal', 'apple_pay', 'google_pay', 'wallet'],
          },
          brand: {
            description: 'Card network, for card payments.',
            type: 'string',
            enum: ['visa', 'mastercard', 'amex', 'discover', 'jcb', 'unionpay', 'other'],
          },
          last4: {
            description: 'Last four digits of the card number.',
            type: 'string',
            pattern: '^[0-9]{4}$',
            'x-herald-sensitive': true,
          },
          token: {
            description: 'The provider\'s reusable payment-method token.',
            type: 'string',
            minLength: 1,
            maxLength: 255,
            'x-herald-sensitive': true,
          },
        },
      },
      provider: {
        title: 'PaymentProvider',
        type: 'string',
        enum: ['stripe', 'adyen', 'paypal', 'braintree'],
      },
      idempotencyKey: {
        description: 'Key sent to the provider so that a retried request never charges twice.',
        type: 'string',
        minLength: 1,
        maxLength: 255,
      },
      initiatedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
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
  schema: {
    type: 'object',
    required: ['refundId', 'paymentId', 'orderId', 'amount', 'failureCode', 'failedAt'],
    properties: {
      refundId: {
        type: 'string',
        format: 'uuid',
      },
      paymentId: {
        type: 'string',
        format: 'uuid',
      },
      orderId: {
        type: 'string',
        format: 'uuid',
      },
      amount: {
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
      failureCode: {
        type: 'string',
        enum: [
          'charge_expired',
          'insufficient_merchant_balance',
          'account_closed',
          'provider_error',
        ],
      },
      failureMessage: {
        type: 'string',
        minLength: 1,
        maxLength: 500,
      },
      failedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
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
  schema: {
    type: 'object',
    required: [
      'refundId',
      'paymentId',
      'orderId',
      'userId',
      'amount',
      'reason',
      'partial',
      'refundedAt',
    ],
    properties: {
      refundId: {
        type: 'string',
        format: 'uuid',
      },
      paymentId: {
        type: 'string',
        format: 'uuid',
      },
      orderId: {
        type: 'string',
        format: 'uuid',
      },
      userId: {
        type: 'string',
        format: 'uuid',
      },
      amount: {
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
      reason: {
        type: 'string',
        enum: [
          'requested_by_customer',
          'order_cancelled',
          'product_return',
          'duplicate',
          'fraudulent',
        ],
      },
      partial: {
        description: 'True when less than the captured amount was refunded.',
        type: 'boolean',
      },
      refundedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
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
  schema: {
    type: 'object',
    required: [
      'paymentId',
      'orderId',
      'userId',
      'amount',
      'provider',
      'providerTransactionId',
      'succeededAt',
    ],
    properties: {
      paymentId: {
        type: 'string',
        format: 'uuid',
      },
      orderId: {
        type: 'string',
        format: 'uuid',
      },
      userId: {
        type: 'string',
        format: 'uuid',
      },
      amount: {
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
      method: {
        title: 'PaymentMethod',
        description: 'How the customer pays. Card details are limited to brand and last four digits.',
        type: 'object',
        required: ['type'],
        properties: {
          type: {
            type: 'string',
            enum: ['card', 'bank_transfer', 'paypal', 'apple_pay', 'google_pay', 'wallet'],
          },
          brand: {
            description: 'Card network, for card payments.',
            type: 'string',
            enum: ['visa', 'mastercard', 'amex', 'discover', 'jcb', 'unionpay', 'other'],
          },
          last4: {
            description: 'Last four digits of the card number.',
            type: 'string',
            pattern: '^[0-9]{4}$',
            'x-herald-sensitive': true,
          },
          token: {
            description: 'The provider\'s reusable payment-method token.',
            type: 'string',
            minLength: 1,
            maxLength: 255,
            'x-herald-sensitive': true,
          },
        },
      },
      provider: {
        title: 'PaymentProvider',
        type: 'string',
        enum: ['stripe', 'adyen', 'paypal', 'braintree'],
      },
      providerTransactionId: {
        type: 'string',
        minLength: 1,
        maxLength: 128,
      },
      succeededAt: {
        type: 'string',
        format: 'date-time',
      },
    },
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
