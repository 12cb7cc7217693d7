// A notification service as a team would write it on Herald: typed handlers for
// order.confirmed and payment.failed, a mailer it does not trust, and a clear line
// between failures worth retrying and failures that never will succeed.

import { NonRetryableError, type Subscriber, type Subscription } from 'herald';
import { order, payment, type HeraldEvents } from '../../generated/index.js';

export interface Mailer {
  /** Rejects when the mail provider is down (worth retrying). */
  send(to: { userId: string }, subject: string, body: string): Promise<void>;
}

export const GROUP = 'notification-service-group';

export function formatMoney(m: order.Money): string {
  return `${(m.amount / 100).toFixed(2)} ${m.currency}`;
}

export async function startOrderNotifications(bus: Subscriber<HeraldEvents>, mailer: Mailer): Promise<Subscription[]> {
  const orders = order.orderSubscribers(bus);
  const payments = payment.paymentSubscribers(bus);
  return Promise.all([
    orders.onOrderConfirmed(async (e) => {
      await mailer.send({ userId: e.data.userId }, `Order ${e.data.orderId} confirmed`, `Total ${formatMoney(e.data.total)}`);
    }, { group: GROUP }),
    payments.onPaymentFailed(async (e) => {
      // Fraud is not a mail we may send again and again: dead-letter it for a human instead.
      if (e.data.failureCode === 'fraud_suspected') throw new NonRetryableError(`payment ${e.data.paymentId} needs manual review`);
      await mailer.send({ userId: e.data.userId }, 'Your payment did not go through', `${formatMoney(e.data.amount)}: ${e.data.failureCode}`);
    }, { group: GROUP }),
  ]);
}
