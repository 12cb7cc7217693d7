// The in-memory transport: the embedded default for demos and tests. Buses that share a
// MemoryBroker talk to each other; each transport instance is one "connection".

import { natsHeaderCodec } from '../../core/codec.js';
import type { ChannelDescriptor } from '../../core/contract.js';
import { TransportClosedError, TransportUnavailableError } from '../../core/errors.js';
import type {
  DeadLetterRecord,
  MessageHandler,
  OutboundMessage,
  SubscriptionSpec,
  Transport,
  TransportHealth,
  TransportSubscription,
} from '../../core/transport.js';
import { MemoryBroker } from './memory-broker.js';

export interface MemoryTransportOptions {
  /** Share one broker between buses to let them talk; default: a private broker. */
  broker?: MemoryBroker;
}

export interface MemoryTransport extends Transport {
  readonly broker: MemoryBroker;
  /** Drop every subscription at once without settling anything, as if the process died. */
  abort(): void;
}

export function memoryTransport(options: MemoryTransportOptions = {}): MemoryTransport {
  const broker = options.broker ?? new MemoryBroker();
  const members = new Set<ReturnType<MemoryBroker['join']>>();
  let closed = false;

  const ensureOpen = () => {
    if (closed) throw new TransportClosedError('memory transport is closed');
  };

  return {
    name: 'memory',
    broker,
    features: { consumerGroups: true, persistent: false, ordering: 'partition-key', delayedRedelivery: true },
    // The NATS style, so percent-encoding is exercised on every in-memory round trip too.
    codec: natsHeaderCodec,
    deadLetters: broker.deadLetters,
    async connect() {
      ensureOpen();
    },
    async provision(_channels: readonly ChannelDescriptor[]) {
      ensureOpen();
    },
    async publish(messages: readonly OutboundMessage[]) {
      ensureOpen();
      if (!broker.isAvailable()) throw new TransportUnavailableError('memory broker is unavailable');
      for (const m of messages) broker.append({ ...m, headers: { ...m.headers } });
    },
    async subscribe(spec: SubscriptionSpec, handler: MessageHandler): Promise<TransportSubscription> {
      ensureOpen();
      const member = broker.join(this, spec, handler);
      members.add(member);
      let closing: Promise<void> | undefined;
      return {
        close(deadlineMs = 10_000) {
          closing ??= broker.leave(member, deadlineMs).then(() => void members.delete(member));
          return closing;
        },
      };
    },
    async replay(record: DeadLetterRecord) {
      ensureOpen();
      const o = record.original;
      broker.append({
        id: record.eventId ?? record.id,
        channelId: o.channelId,
        subject: o.destination,
        topic: o.destination,
        key: o.key,
        headers: { ...o.headers },
        body: o.body,
      });
    },
    async health(): Promise<TransportHealth> {
      return { connected: !closed && broker.isAvailable(), details: { broker: 'memory' }, lag: broker.lag() };
    },
    abort() {
      for (const m of members) broker.drop(m);
      members.clear();
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([...members].map((m) => broker.leave(m, 10_000)));
      members.clear();
    },
  };
}
