// Generated from shared-channel/payments.asyncapi.yaml. Do not edit.

import type { Handler, HandlerMap, SubscribeOptions, Subscriber, Subscription } from 'herald';
import type { PaymentsEvents } from './index.js';

export type PaymentsHandlers = HandlerMap<PaymentsEvents>;

export interface PaymentsSubscribers {
  /** Subscribe to payment.initiated. */
  onPaymentInitiated(handler: Handler<PaymentsEvents, 'payment.initiated'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to payment.refund_failed. */
  onPaymentRefundFailed(handler: Handler<PaymentsEvents, 'payment.refund_failed'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to payment.succeeded. */
  onPaymentSucceeded(handler: Handler<PaymentsEvents, 'payment.succeeded'>, options: SubscribeOptions): Promise<Subscription>;
}

export function paymentsSubscribers(bus: Subscriber<PaymentsEvents>): PaymentsSubscribers {
  return {
    onPaymentInitiated: (handler, options) => bus.subscribe('payment.initiated', handler, options),
    onPaymentRefundFailed: (handler, options) => bus.subscribe('payment.refund_failed', handler, options),
    onPaymentSucceeded: (handler, options) => bus.subscribe('payment.succeeded', handler, options),
  };
}
