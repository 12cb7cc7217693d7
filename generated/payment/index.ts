// Generated from contracts/payment.asyncapi.yaml. Do not edit.

import { defineContracts, type EventShape } from 'herald';
import { descriptors } from './descriptors.js';
import type * as T from './types.js';

export * from './descriptors.js';
export * from './publishers.js';
export * from './subscribers.js';
export * from './types.js';

export interface PaymentEvents {
  'payment.completed': EventShape<T.PaymentCompleted, { 1: T.PaymentCompleted }>;
  'payment.failed': EventShape<T.PaymentFailed, { 1: T.PaymentFailed }>;
  'payment.initiated': EventShape<T.PaymentInitiated, { 1: T.PaymentInitiated }>;
  'payment.refund_failed': EventShape<T.PaymentRefundFailed, { 1: T.PaymentRefundFailed }>;
  'payment.refunded': EventShape<T.PaymentRefunded, { 1: T.PaymentRefunded }>;
  'payment.succeeded': EventShape<T.PaymentSucceeded, { 1: T.PaymentSucceeded }>;
}

/** Each older version upcasts to the next one; the bus chains them up to the latest. */
export type PaymentUpcasters = Record<never, never>;

export const paymentContracts = defineContracts<PaymentEvents, PaymentUpcasters>(descriptors);
