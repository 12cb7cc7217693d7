// The NATS JetStream transport: wires connection, provisioning, publishing, pull
// subscriptions and the dead-letter stream behind Herald's Transport interface.

import { natsHeaderCodec } from '../../core/codec.js';
import type { ChannelDescriptor } from '../../core/contract.js';
import { InvalidOptionError, TransportClosedError } from '../../core/errors.js';
import type { DeadLetterRecord, MessageHandler, OutboundMessage, SubscriptionSpec, Transport, TransportHealth, TransportSubscription } from '../../core/transport.js';
import { ConnectionManager } from './connection.js';
import { NatsDeadLetterStore } from './dead-letters.js';
import { toHeraldError } from './errors.js';
import { withPrefix } from './names.js';
import { resolveOptions, type NatsLogger, type NatsTransportOptions } from './options.js';
import { Provisioner } from './provision.js';
import { Publisher } from './publisher.js';
import { PullSubscription } from './subscription.js';

const consoleLogger: NatsLogger = {
  warn: (obj, msg) => console.warn(`[herald/nats] ${msg ?? ''}`, obj),
};

interface Internals {
  conn: ConnectionManager;
  abort(): Promise<void>;
}

const internals = new WeakMap<Transport, Internals>();

/** The connection manager behind a transport made by natsTransport (for the KV store). */
export function connectionOf(transport: Transport): ConnectionManager | undefined {
  return internals.get(transport)?.conn;
}

/**
 * Stop a transport as a killed process would: no acks, no naks, no drain. Messages its
 * handlers held come back to the group after ack_wait. For fault tests.
 */
export async function abortNatsTransport(transport: Transport): Promise<void> {
  await internals.get(transport)?.abort();
}

export function natsTransport(options: NatsTransportOptions = {}): Transport {
  const resolved = resolveOptions(options);
  const logger = options.logger ?? consoleLogger;
  const conn = new ConnectionManager(resolved);
  const provisioner = new Provisioner(conn, resolved);
  const publisher = new Publisher(conn, resolved);
  const deadLetters = new NatsDeadLetterStore(conn, resolved, provisioner, publisher);
  const subscriptions = new Set<PullSubscription>();
  let closing: Promise<void> | undefined;

  const ensureOpen = () => {
    if (closing) throw new TransportClosedError('NATS transport is closed');
  };
  const onError = (err: unknown) => {
    const e = err as Error & { code?: string };
    logger.warn({ err: { name: e?.name, message: e?.message ?? String(err), code: e?.code } }, 'background failure');
  };

  const transport: Transport = {
    name: 'nats',
    features: { consumerGroups: true, persistent: true, ordering: 'subject', delayedRedelivery: true },
    codec: natsHeaderCodec,
    deadLetters,

    async connect() {
      ensureOpen();
      await conn.get();
    },

    async provision(channels: readonly ChannelDescriptor[]) {
      ensureOpen();
      await provisioner.provision(channels);
    },

    async publish(messages: readonly OutboundMessage[]) {
      ensureOpen();
      await publisher.publish(messages);
    },

    async subscribe(spec: SubscriptionSpec, handler: MessageHandler): Promise<TransportSubscription> {
      ensureOpen();
      if (!Number.isInteger(spec.concurrency) || spec.concurrency < 1) throw new InvalidOptionError(`concurrency must be a positive integer: ${spec.concurrency}`, { concurrency: spec.concurrency });
      if (!Number.isInteger(spec.maxDeliver) || (spec.maxDeliver < 1 && spec.maxDeliver !== -1)) throw new InvalidOptionError(`maxDeliver must be a positive integer or -1: ${spec.maxDeliver}`, { maxDeliver: spec.maxDeliver });
      if (!(spec.ackWaitMs >= 1000)) throw new InvalidOptionError(`ackWaitMs must be at least 1000: ${spec.ackWaitMs}`, { ackWaitMs: spec.ackWaitMs });
      const sub = new PullSubscription({ conn, provisioner, deadLetters, options: resolved, onError }, spec, handler);
      await sub.start();
      subscriptions.add(sub);
      return {
        close: async (deadlineMs?: number) => {
          await sub.close(deadlineMs);
          subscriptions.delete(sub);
        },
      };
    },

    async replay(record: DeadLetterRecord) {
      ensureOpen();
      const o = record.original;
      // A fresh Nats-Msg-Id so the duplicate window does not swallow it; the event id
      // (ce-id) is unchanged. Replaying one record twice within the window stores it once.
      await publisher.send([{ subject: withPrefix(resolved.subjectPrefix, o.destination), headers: o.headers, body: o.body, msgId: `${record.eventId ?? record.id}:replay:${record.id}` }], 'replay', true);
    },

    async health(): Promise<TransportHealth> {
      const details: Record<string, unknown> = {
        publish: { inFlight: publisher.window.inFlight, maxInFlight: publisher.window.size, highWater: publisher.window.highWater },
        subscriptions: subscriptions.size,
      };
      if (closing || !conn.connected) return { connected: false, details };
      const link = await conn.get();
      const info = link.nc.info;
      details.server = { url: link.nc.getServer(), name: info?.server_name, version: info?.version, jetstream: info?.jetstream ?? false };
      const lag: Record<string, number> = {};
      const consumers: Record<string, unknown> = {};
      await Promise.all(
        [...subscriptions].map(async (s) => {
          const key = `${s.spec.group}/${s.spec.channel.id}`;
          try {
            const p = await s.pending();
            if (!p) return;
            lag[key] = p.pending;
            consumers[key] = { durable: s.durable, ...p };
          } catch (err) {
            consumers[key] = { durable: s.durable, error: toHeraldError(err, 'consumer info', false, 'INVALID_OPTION').message };
          }
        }),
      );
      details.consumers = consumers;
      return { connected: conn.connected, details, lag };
    },

    close() {
      closing ??= (async () => {
        await Promise.allSettled([...subscriptions].map((s) => s.close()));
        subscriptions.clear();
        await publisher.flush();
        await conn.close();
      })();
      return closing;
    },
  };
  internals.set(transport, {
    conn,
    async abort() {
      closing ??= Promise.resolve();
      for (const s of subscriptions) s.abort();
      subscriptions.clear();
      await conn.abort();
    },
  });
  return transport;
}
