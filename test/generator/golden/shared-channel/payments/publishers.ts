// Generated from shared-channel/payments.asyncapi.yaml. Do not edit.

import type { PublishOptions, PublishReceipt, Publisher } from 'herald';
import type { PaymentsEvents } from './index.js';
import type * as T from './types.js';

export interface PaymentsPublishers {
  /** Publish payment.initiated (v1). */
  paymentInitiated(data: T.PaymentInitiated, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish payment.refund_failed (v1). */
  paymentRefundFailed(data: T.PaymentRefundFailed, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish payment.succeeded (v1). */
  paymentSucceeded(data: T.PaymentSucceeded, options?: PublishOptions): Promise<PublishReceipt>;
}

export function paymentsPublishers(bus: Publisher<PaymentsEvents>): PaymentsPublishers {
  return {
    paymentInitiated: (data, options) => bus.publish('payment.initiated', data, options),
    paymentRefundFailed: (data, options) => bus.publish('payment.refund_failed', data, options),
    paymentSucceeded: (data, options) => bus.publish('payment.succeeded', data, options),
  };
}
