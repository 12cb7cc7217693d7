// One switch for every example: HERALD_TRANSPORT=memory|nats|kafka (default memory),
// with NATS_URL or KAFKA_BROKERS. On memory all services share one in-process broker.

import { MemoryBroker, memoryTransport, type Transport } from 'herald';
import { createTransport, settingsFromEnv, type TransportKind } from '../../runtime/ops/transport-config.js';

export interface TransportFactory {
  kind: TransportKind;
  /** A new connection, one per service. */
  connect(service: string): Promise<Transport>;
}

export function transportFromEnv(env: NodeJS.ProcessEnv = process.env): TransportFactory {
  const settings = settingsFromEnv(env);
  if (settings.kind === 'memory') {
    const broker = new MemoryBroker();
    return { kind: 'memory', connect: async () => memoryTransport({ broker }) };
  }
  return { kind: settings.kind, connect: (service) => createTransport({ ...settings, clientName: service }) };
}
