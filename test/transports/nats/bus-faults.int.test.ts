import { busFaultSuite } from '../../support/bus-faults.js';
import { canStartServers, isolated, natsSkip } from './nats-broker.js';
import { startNatsServer } from '../../harness/nats-server.js';

busFaultSuite({
  kind: 'nats',
  skip: natsSkip ?? (canStartServers ? undefined : 'fault tests need a private nats-server (nats-server on PATH)'),
  privateBroker: async () => {
    const server = await startNatsServer({ jetstream: true });
    return {
      options: { ...isolated(server.url), reconnect: { maxAttempts: -1, waitMs: 100, jitterMs: 50 } },
      stop: () => server.kill(),
      start: () => server.restart(),
      close: () => server.stop(),
    };
  },
});
