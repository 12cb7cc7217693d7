// Build a transport from plain settings (CLI flags, environment). The broker clients are
// imported only when asked for, so memory users never load them.

import { InvalidOptionError } from '../core/errors.js';
import type { Transport } from '../core/transport.js';
import { memoryTransport } from '../transports/memory/memory-transport.js';

export type TransportKind = 'memory' | 'nats' | 'kafka';

export interface TransportSettings {
  kind: TransportKind;
  /** NATS servers, comma-separated (default nats://127.0.0.1:4222). */
  natsUrl?: string;
  /** Kafka brokers, comma-separated (default 127.0.0.1:9092). */
  kafkaBrokers?: string;
  clientName?: string;
}

/** Settings from HERALD_TRANSPORT, NATS_URL and KAFKA_BROKERS. */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env, fallback: TransportKind = 'memory'): TransportSettings {
  const kind = (env.HERALD_TRANSPORT ?? fallback) as TransportKind;
  if (!['memory', 'nats', 'kafka'].includes(kind)) throw new InvalidOptionError(`HERALD_TRANSPORT must be memory, nats or kafka, got "${kind}"`);
  return { kind, natsUrl: env.NATS_URL, kafkaBrokers: env.KAFKA_BROKERS };
}

const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

export async function createTransport(settings: TransportSettings): Promise<Transport> {
  switch (settings.kind) {
    case 'memory':
      return memoryTransport();
    case 'nats': {
      const { natsTransport } = await import('../transports/nats/index.js');
      return natsTransport({ servers: list(settings.natsUrl ?? 'nats://127.0.0.1:4222'), name: settings.clientName });
    }
    case 'kafka': {
      const { kafkaTransport } = await import('../transports/kafka/index.js');
      return kafkaTransport({ brokers: list(settings.kafkaBrokers ?? '127.0.0.1:9092'), clientId: settings.clientName });
    }
  }
}
