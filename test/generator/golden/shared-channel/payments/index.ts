// Generated from shared-channel/payments.asyncapi.yaml. Do not edit.

import { defineContracts, type EventShape } from 'herald';
import { descriptors } from './descriptors.js';
import type * as T from './types.js';

export * from './descriptors.js';
export * from './publishers.js';
export * from './subscribers.js';
export * from './types.js';

export interface PaymentsEvents {
  'payment.initiated': EventShape<T.PaymentInitiated, { 1: T.PaymentInitiated }>;
  'payment.refund_failed': EventShape<T.PaymentRefundFailed, { 1: T.PaymentRefundFailed }>;
  'payment.succeeded': EventShape<T.PaymentSucceeded, { 1: T.PaymentSucceeded }>;
}

/** Each older version upcasts to the next one; the bus chains them up to the latest. */
export type PaymentsUpcasters = Record<never, never>;

export const paymentsContracts = defineContracts<PaymentsEvents, PaymentsUpcasters>(descriptors);
