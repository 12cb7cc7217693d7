// The demo with one switch, HERALD_TRANSPORT, on real brokers started by the test harness.

import { afterAll, describe, expect, it } from 'vitest';
import { transportFromEnv } from '../shared/transport.js';
import { runDemo } from './run-demo.js';
import { startNatsServer, type NatsServerHandle } from '../../test/harness/nats-server.js';
import { natsSkip, canStartServers } from '../../test/transports/nats/nats-broker.js';
import { kafkaForTests } from '../../test/harness/kafka-broker.js';

const natsReason = natsSkip ?? (canStartServers ? undefined : 'needs nats-server on PATH');

describe.skipIf(!!natsReason)(`demo on NATS (HERALD_TRANSPORT=nats)${natsReason ? ` (skipped: ${natsReason})` : ''}`, () => {
  let server: NatsServerHandle | undefined;
  afterAll(() => server?.stop());

  it('runs the vendor flow end to end, twice against the same server', async () => {
    server = await startNatsServer({ jetstream: true });
    for (let run = 0; run < 2; run++) {
      const result = await runDemo(transportFromEnv({ HERALD_TRANSPORT: 'nats', NATS_URL: server.url }));
      expect(result.index.has(result.vendorId)).toBe(false);
      expect(result.emails).toHaveLength(1);
      expect(result.trace.filter((l) => l.direction === 'handled').map((l) => l.type)).toEqual(['user.created', 'vendor.created', 'vendor.updated', 'vendor.deleted']);
    }
  }, 120_000);
});

const kafka = await kafkaForTests();
afterAll(() => kafka.stop());

describe.skipIf(!kafka.available)(`demo on Kafka (HERALD_TRANSPORT=kafka)${kafka.available ? '' : ` (skipped: ${kafka.reason})`}`, () => {
  it('runs the vendor flow end to end', async () => {
    const result = await runDemo(transportFromEnv({ HERALD_TRANSPORT: 'kafka', KAFKA_BROKERS: kafka.available ? kafka.brokers.join(',') : '' }));
    expect(result.index.has(result.vendorId)).toBe(false);
    expect(result.emails).toHaveLength(1);
    expect(result.trace.filter((l) => l.direction === 'handled').map((l) => l.type)).toEqual(['user.created', 'vendor.created', 'vendor.updated', 'vendor.deleted']);
  }, 180_000);
});
