// The transport conformance suite against a real nats-server: a private one when this
// machine can start it (so the broker-restart test runs), else NATS_URL without restarts.

import { afterAll, beforeAll } from 'vitest';
import { conformanceSuite } from '../../../runtime/testing/conformance.js';
import { natsTransport } from 'herald/nats';
import { abortNatsTransport } from '../../../runtime/transports/nats/transport.js';
import { broker, canStartServers, isolated, natsSkip, privateBroker, quietLogger, type Broker } from './nats-broker.js';

let b: Broker | undefined;
let names: ReturnType<typeof isolated> | undefined;

beforeAll(async () => {
  if (natsSkip) return;
  b = canStartServers ? await privateBroker() : await broker();
  names = isolated(b.url);
});
afterAll(async () => {
  await b?.stop();
});

conformanceSuite({
  name: 'nats',
  skip: natsSkip,
  createTransport: () => natsTransport({ ...names!, logger: quietLogger }),
  crash: (transport) => abortNatsTransport(transport),
  restartBroker: canStartServers ? () => b!.server!.restart() : undefined,
});
