import { afterAll } from 'vitest';
import { kafkaTransport } from 'herald/kafka';
import { roundTripProperty } from '../../support/round-trip.js';
import { kafkaForTests } from '../../harness/kafka-broker.js';

const broker = await kafkaForTests();
afterAll(() => broker.stop());

roundTripProperty({
  name: 'Kafka',
  skip: broker.available ? undefined : broker.reason,
  transport: async () => kafkaTransport({ brokers: broker.available ? broker.brokers : [], clientId: 'herald-round-trip', sessionTimeoutMs: 6000, heartbeatIntervalMs: 500 }),
  timeoutMs: 120_000,
});
