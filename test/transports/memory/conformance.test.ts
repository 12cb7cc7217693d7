import { conformanceSuite } from '../../../runtime/testing/conformance.js';
import { memoryTransport, MemoryBroker, type MemoryTransport } from 'herald';

const broker = new MemoryBroker();

conformanceSuite({
  name: 'memory',
  createTransport: () => memoryTransport({ broker }),
  crash: async (t) => (t as MemoryTransport).abort(),
  // Memory keeps no data across a real restart; an outage is the restart it can have.
  restartBroker: async () => {
    broker.setAvailable(false);
    await new Promise((r) => setTimeout(r, 100));
    broker.setAvailable(true);
  },
  timeoutMs: 10_000,
});
