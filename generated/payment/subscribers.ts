// Generated from contracts/payment.asyncapi.yaml. Do not edit.

import type { Handler, HandlerMap, SubscribeOptions, Subscriber, Subscription } from 'herald';
import type { PaymentEvents } from './index.js';

export type PaymentHandlers = HandlerMap<PaymentEvents>;

export interface PaymentSubscribers {
  /** Subscribe to payment.completed. */
  onPaymentCompleted(handler: Handler<PaymentEvents, 'payment.completed'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to payment.failed. */
  onPaymentFailed(handler: Handler<PaymentEvents, 'payment.failed'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to payment.initiated. */
  onPaymentInitiated(handler: Handler<PaymentEvents, 'payment.initiated'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to payment.refund_failed. */
  onPaymentRefundFailed(handler: Handler<PaymentEvents, 'payment.refund_failed'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to payment.refunded. */
  onPaymentRefunded(handler: Handler<PaymentEvents, 'payment.refunded'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to payment.succeeded. */
  onPaymentSucceeded(handler: Handler<PaymentEvents, 'payment.succeeded'>, options: SubscribeOptions): Promise<Subscription>;
}

export function paymentSubscribers(bus: Subscriber<PaymentEvents>): PaymentSubscribers {
  return {
    onPaymentCompleted: (handler, options) => bus.subscribe('payment.completed', handler, options),
    onPaymentFailed: (handler, options) => bus.subscribe('payment.failed', handler, options),
    onPaymentInitiated: (handler, options) => bus.subscribe('payment.initiated', handler, options),
    onPaymentRefundFailed: (handler, options) => bus.subscribe('payment.refund_failed', handler, options),
    onPaymentRefunded: (handler, options) => bus.subscribe('payment.refunded', handler, options),
    onPaymentSucceeded: (handler, options) => bus.subscribe('payment.succeeded', handler, options),
  };
}
