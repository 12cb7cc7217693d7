// How a service tests itself with herald/testing: a test bus on a virtual clock,
// payloads generated from the contracts, and assertions on retries and dead letters.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arbitraryFor, createTestBus } from 'herald/testing';
import { contracts } from '../../generated/index.js';
import { upcasters } from '../shared/upcasters.js';
import { GROUP, startOrderNotifications, type Mailer } from './service.js';

const noAddresses = () => {
  throw new Error('not used');
};

function recordingMailer(failFirst = 0) {
  const sent: Array<{ userId: string; subject: string }> = [];
  let failures = failFirst;
  const mailer: Mailer = {
    async send(to, subject) {
      if (failures-- > 0) throw new Error('SMTP 421: try again later');
      sent.push({ userId: to.userId, subject });
    },
  };
  return { mailer, sent };
}

describe('order notifications', () => {
  it('mails the customer for any confirmed order the contract allows', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryFor(contracts, 'order.confirmed'), async (confirmed) => {
        const bus = createTestBus({ contracts, upcasters: upcasters(noAddresses) });
        const { mailer, sent } = recordingMailer();
        await startOrderNotifications(bus, mailer);
        await bus.publish('order.confirmed', confirmed);
        await bus.settle();
        expect(sent).toEqual([{ userId: confirmed.userId, subject: `Order ${confirmed.orderId} confirmed` }]);
        await bus.close();
      }),
      { numRuns: 20 },
    );
  });

  it('retries while the mail provider is down, with the default backoff, without waiting', async () => {
    const bus = createTestBus({ contracts, upcasters: upcasters(noAddresses) });
    const { mailer, sent } = recordingMailer(2);
    await startOrderNotifications(bus, mailer);
    const [confirmed] = fc.sample(arbitraryFor(contracts, 'order.confirmed'), { numRuns: 1, seed: 1 });
    await bus.publish('order.confirmed', confirmed!);
    await bus.settle();
    expect(sent).toHaveLength(0);
    await bus.runAll(); // 1 s, then 2 s of virtual time
    expect(sent).toHaveLength(1);
    expect(await bus.deadLetters.list()).toEqual([]);
    await bus.close();
  });

  it('dead-letters suspected fraud at once instead of mailing', async () => {
    const bus = createTestBus({ contracts, upcasters: upcasters(noAddresses) });
    const { mailer, sent } = recordingMailer();
    await startOrderNotifications(bus, mailer);
    const [failed] = fc.sample(arbitraryFor(contracts, 'payment.failed'), { numRuns: 1, seed: 3 });
    await bus.publish('payment.failed', { ...failed!, failureCode: 'fraud_suspected' });
    await bus.settle();
    expect(sent).toEqual([]);
    const [dead] = await bus.deadLetters.list({ group: GROUP });
    expect(dead).toMatchObject({ reason: 'non-retryable', eventType: 'payment.failed', error: { message: `payment ${failed!.paymentId} needs manual review` } });
  });
});
