// Generated from contracts/payment.asyncapi.yaml. Do not edit.

import type { PublishOptions, PublishReceipt, Publisher } from 'herald';
import type { PaymentEvents } from './index.js';
import type * as T from './types.js';

export interface PaymentPublishers {
  /** Publish payment.completed (v1). */
  paymentCompleted(data: T.PaymentCompleted, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish payment.failed (v1). */
  paymentFailed(data: T.PaymentFailed, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish payment.initiated (v1). */
  paymentInitiated(data: T.PaymentInitiated, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish payment.refund_failed (v1). */
  paymentRefundFailed(data: T.PaymentRefundFailed, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish payment.refunded (v1). */
  paymentRefunded(data: T.PaymentRefunded, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish payment.succeeded (v1). */
  paymentSucceeded(data: T.PaymentSucceeded, options?: PublishOptions): Promise<PublishReceipt>;
}

export function paymentPublishers(bus: Publisher<PaymentEvents>): PaymentPublishers {
  return {
    paymentCompleted: (data, options) => bus.publish('payment.completed', data, options),
    paymentFailed: (data, options) => bus.publish('payment.failed', data, options),
    paymentInitiated: (data, options) => bus.publish('payment.initiated', data, options),
    paymentRefundFailed: (data, options) => bus.publish('payment.refund_failed', data, options),
    paymentRefunded: (data, options) => bus.publish('payment.refunded', data, options),
    paymentSucceeded: (data, options) => bus.publish('payment.succeeded', data, options),
  };
}
