import { afterAll } from 'vitest';
import { natsTransport } from 'herald/nats';
import { roundTripProperty } from '../../support/round-trip.js';
import { broker, isolated, natsSkip, quietLogger, type Broker } from './nats-broker.js';

let b: Broker | undefined;
afterAll(() => b?.stop());

roundTripProperty({
  name: 'NATS JetStream',
  skip: natsSkip,
  transport: async () => {
    b ??= await broker();
    return natsTransport({ ...isolated(b.url), logger: quietLogger });
  },
});
