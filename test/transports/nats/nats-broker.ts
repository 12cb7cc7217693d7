// Shared setup of the NATS integration tests: which broker to use (NATS_URL, else a
// private nats-server), why the suites are skipped when there is none (a failure under
// HERALD_REQUIRE_BROKERS=1), and transports isolated by unique names per test.

import { connect, type NatsConnection } from '@nats-io/transport-node';
import { natsTransport, type NatsTransportOptions } from 'herald/nats';
import { natsHeaderCodec, type ChannelDescriptor, type OutboundMessage, type SubscriptionSpec, type Transport } from 'herald';
import { encodeBody } from '../../../runtime/core/codec.js';
import { toAttributes, uuidv7 } from '../../../runtime/core/envelope.js';
import { natsServerUnavailableReason, natsUrlFromEnv, startNatsServer, type NatsServerHandle } from '../../harness/nats-server.js';

const required = process.env.HERALD_REQUIRE_BROKERS === '1';

function reason(): string | undefined {
  if (natsUrlFromEnv()) return undefined;
  const why = natsServerUnavailableReason();
  if (why && required) throw new Error(`HERALD_REQUIRE_BROKERS=1 but no NATS broker: ${why} (and NATS_URL is not set)`);
  return why;
}

/** Why the NATS suites are skipped here, or undefined when they run. */
export const natsSkip: string | undefined = reason();
if (natsSkip) console.warn(`[herald] NATS integration suites skipped: ${natsSkip} (set NATS_URL or put nats-server on PATH)`);
/** True when tests may start their own servers (fault tests need to restart or kill them). */
export const canStartServers: boolean = natsServerUnavailableReason() === undefined;

export interface Broker {
  url: string;
  /** Present when the broker is our own process (so tests may restart or kill it). */
  server?: NatsServerHandle;
  stop(): Promise<void>;
}

/** NATS_URL when set, else a private server for this test file. */
export async function broker(): Promise<Broker> {
  const url = natsUrlFromEnv();
  if (url) return { url, stop: async () => {} };
  return privateBroker();
}

/** Always a private server (for restart and kill). */
export async function privateBroker(): Promise<Broker> {
  const server = await startNatsServer({ jetstream: true });
  return { url: server.url, server, stop: () => server.stop() };
}

let counter = 0;
/** A name unique to this run and test, valid as a subject token and stream name. */
export function unique(label = 't'): string {
  return `${label}${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Options that keep a test's streams, subjects and dead letters apart from every other test. */
export function isolated(url: string, id = unique('T')): NatsTransportOptions & { servers: string } {
  return { servers: url, streamPrefix: id, subjectPrefix: `${id}.events`, name: `herald-test-${id}`, connectTimeoutMs: 3000 };
}

export function makeTransport(url: string, options: NatsTransportOptions = {}): Transport {
  return natsTransport({ ...isolated(url), logger: quietLogger, ...options });
}

export const quietLogger = { warn: () => {} };

export async function rawConnection(url: string): Promise<NatsConnection> {
  return connect({ servers: url, name: 'herald-test-raw' });
}

export async function waitUntil(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export function channel(id: string, subject = id.replace(/-/g, '.'), parameters: string[] = []): ChannelDescriptor {
  return { id, address: subject.replace(/\./g, '/'), subject, topic: subject, parameters };
}

/** An outbound message with real CloudEvents headers from the core codec. */
export function outbound(ch: ChannelDescriptor, data: unknown, overrides: { id?: string; subject?: string; type?: string; metadata?: Record<string, string> } = {}): OutboundMessage {
  const id = overrides.id ?? uuidv7();
  const headers = natsHeaderCodec.encode(
    toAttributes({
      id,
      type: overrides.type ?? 'sample.created',
      source: 'herald-test',
      specVersion: '1.0',
      time: new Date().toISOString(),
      dataContentType: 'application/json',
      dataVersion: 1,
      correlationId: id,
      metadata: overrides.metadata ?? {},
    }),
  );
  return { id, channelId: ch.id, subject: overrides.subject ?? ch.subject, topic: ch.topic, headers, body: encodeBody(data) };
}

export function json(body: Uint8Array): unknown {
  return JSON.parse(new TextDecoder().decode(body));
}

/** A subscription spec with test-friendly defaults. */
export function spec(ch: ChannelDescriptor, group: string, extra: Partial<SubscriptionSpec> = {}): SubscriptionSpec {
  return { group, channel: ch, ordered: false, concurrency: 4, maxDeliver: 10, ackWaitMs: 30_000, ...extra };
}
