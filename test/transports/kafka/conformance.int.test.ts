// The transport conformance suite against a real Kafka broker (the harness's own, or KAFKA_BROKERS).

import { afterAll } from 'vitest';
import { kafkaTransport, type KafkaTransport } from 'herald/kafka';
import { conformanceSuite } from '../../../runtime/testing/conformance.js';
import { kafkaForTests } from '../../harness/kafka-broker.js';

const broker = await kafkaForTests();
afterAll(() => broker.stop());

conformanceSuite({
  name: 'kafka',
  skip: broker.available ? undefined : broker.reason,
  createTransport: () =>
    kafkaTransport({
      brokers: broker.available ? broker.brokers : ['127.0.0.1:9'],
      clientId: 'herald-conformance',
      // Short group timeouts so that rebalances and failovers finish within the suite's waits.
      sessionTimeoutMs: 6000,
      heartbeatIntervalMs: 500,
      rebalanceTimeoutMs: 10_000,
      publishTimeoutMs: 5000,
    }),
  crash: (t) => (t as KafkaTransport).abort(),
  // Only a broker of our own can be restarted.
  restartBroker: broker.available && broker.handle ? () => broker.handle!.restart() : undefined,
  timeoutMs: 45_000,
});
