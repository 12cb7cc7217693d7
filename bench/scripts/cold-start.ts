// Child process of the cold-start benchmark: from a fresh process, load the runtime and
// every generated contract, create a bus and publish one event; print "acked" with the
// in-process phase times once the transport acknowledged it (the parent times spawn → that
// line), then close.
//   node --import tsx --conditions=herald-source bench/scripts/cold-start.ts memory
//   node --import tsx --conditions=herald-source bench/scripts/cold-start.ts nats <url>

import type { Transport } from 'herald';

const [kind, url] = process.argv.slice(2);
const t0 = performance.now();
const { createBus, memoryTransport, silentLogger } = await import('herald');
const { contracts } = await import('../../generated/index.js');
const { upcasters } = await import('../../examples/shared/upcasters.js');
let transport: Transport;
if (kind === 'nats') {
  const { natsTransport } = await import('herald/nats');
  transport = natsTransport({ servers: url, streamPrefix: 'BENCHCOLD', subjectPrefix: 'benchcold' });
} else transport = memoryTransport();
const t1 = performance.now();

// Every contract, as a service importing generated/index.ts has them (order.created v1 needs its upcaster).
const bus = createBus({
  contracts,
  upcasters: upcasters(() => ({ line1: '1 Main St', city: 'Springfield', country: 'US' })),
  transport,
  source: 'cold-start',
  logger: silentLogger,
});
const receipt = await bus.publish('vendor.created', {
  id: '3f1c2a9e-5b7d-4c1e-9a2b-7d6e5f4a3b21',
  name: 'Tacos El Rayo',
  open: true,
  createdAt: '2024-01-15T10:30:00.000Z',
  updatedAt: '2024-01-15T10:30:00.000Z',
});
const t2 = performance.now();
// start: process start to this module running (Node, the tsx loader); load: importing the
// runtime, the contracts and the transport; publish: bus creation, connect, provisioning, publish, ack.
process.stdout.write(`acked ${receipt.deliveredTo} ${JSON.stringify({ start: t0, load: t1 - t0, publish: t2 - t1 })}\n`);
await bus.close();
