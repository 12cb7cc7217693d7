// Options of the NATS JetStream transport, their defaults, and the nats.js connection
// options they turn into.

import { readFile } from 'node:fs/promises';
import { credsAuthenticator, nkeyAuthenticator, type Authenticator, type NodeConnectionOptions } from '@nats-io/transport-node';
import type { ChannelDescriptor } from '../../core/contract.js';
import { InvalidOptionError } from '../../core/errors.js';
import { escapeToken } from '../../core/naming.js';

export interface NatsTlsOptions {
  /** PEM file of the CA that signed the server certificate. */
  caFile?: string;
  /** Client certificate and key (PEM files), for servers that verify clients. */
  certFile?: string;
  keyFile?: string;
  /** Set false only for tests against self-signed servers (default true). */
  rejectUnauthorized?: boolean;
}

export interface NatsStreamOptions {
  /** JetStream replicas of each channel stream (default: left to the server, 1). */
  replicas?: number;
  /** Nats-Msg-Id de-duplication window in ms (default: server default, 2 minutes). */
  duplicateWindowMs?: number;
  /** Retention limits; unset means unlimited (the server's default). */
  maxAgeMs?: number;
  maxBytes?: number;
  maxMsgs?: number;
}

export interface NatsDeadLetterOptions {
  /** Stream holding dead letters (default `<streamPrefix>_DLQ`, i.e. `HERALD_DLQ`). */
  stream?: string;
  /** Subject root of dead letters (default `<streamPrefix>.dlq`, i.e. `HERALD.dlq`). */
  subjectPrefix?: string;
  /** How long dead letters are kept in ms (default unlimited). */
  maxAgeMs?: number;
  replicas?: number;
}

export interface NatsReconnectOptions {
  /** Reconnect attempts per server; -1 = forever (default -1, so broker restarts are survived). */
  maxAttempts?: number;
  /** Wait between attempts in ms (default 1000). */
  waitMs?: number;
  /** Random extra wait in ms (default 200). */
  jitterMs?: number;
}

/** Pino-compatible subset, for failures that have no caller to report to (background pulls, advisories). */
export interface NatsLogger {
  warn(obj: Record<string, unknown>, msg?: string): void;
}

export interface NatsTransportOptions {
  /** Server URL(s) (default `nats://127.0.0.1:4222`). */
  servers?: string | string[];
  /** Connection name shown by the server (default `herald`). */
  name?: string;
  user?: string;
  password?: string;
  token?: string;
  /** NKey seed (`SU...`) as text or bytes. */
  nkeySeed?: string | Uint8Array;
  /** A `.creds` file (JWT + NKey seed), as used with NATS accounts. */
  credsFile?: string;
  /** TLS: `true` to require TLS with the system CAs, or files. */
  tls?: boolean | NatsTlsOptions;
  /** Connect timeout in ms, also the JetStream API timeout (default 5000). */
  connectTimeoutMs?: number;
  reconnect?: NatsReconnectOptions;
  /** Prefix of every event subject (default `events`; '' for none). */
  subjectPrefix?: string;
  /** Prefix of stream names (default `HERALD`): channel streams are `<prefix>_<channel id>`. */
  streamPrefix?: string;
  /** Name the stream of a channel yourself (must be a valid stream name). */
  streamName?: (channel: ChannelDescriptor) => string;
  /** Limits enforced on channel streams Herald creates (and updated on existing ones when set). */
  stream?: NatsStreamOptions;
  deadLetter?: NatsDeadLetterOptions;
  /** Most publishes awaiting their PubAck at once, across all calls (default 256). */
  maxInFlight?: number;
  /** How long to wait for one PubAck in ms (default 5000). */
  publishTimeoutMs?: number;
  /** Where a new consumer group starts: every stored event, or only new ones (default 'all'). */
  deliverPolicy?: 'all' | 'new';
  /** Server-side cap of unacknowledged messages per group, at least the concurrency (default 1000; 1 for ordered subscriptions with concurrency 1). */
  maxAckPending?: number;
  /** How long one pull request waits on the server in ms (default 5000, minimum 1000). */
  fetchExpiresMs?: number;
  /** Where background failures go (default: console.warn). */
  logger?: NatsLogger;
}

export interface ResolvedNatsOptions {
  connection: NodeConnectionOptions;
  credsFile?: string;
  subjectPrefix: string;
  streamName: (channel: ChannelDescriptor) => string;
  stream: NatsStreamOptions;
  dlqStream: string;
  dlqSubjectPrefix: string;
  dlqMaxAgeMs?: number;
  dlqReplicas?: number;
  maxInFlight: number;
  publishTimeoutMs: number;
  apiTimeoutMs: number;
  deliverPolicy: 'all' | 'new';
  maxAckPending: number;
  fetchExpiresMs: number;
}

const NAME_LIMIT = 200;
const BAD_NAME = /[.*>/\\\s]/;
const BAD_SUBJECT = /(^\.|\.\.|\.$|[*>\s])/;

export function resolveOptions(options: NatsTransportOptions): ResolvedNatsOptions {
  const streamPrefix = options.streamPrefix ?? 'HERALD';
  checkName('streamPrefix', streamPrefix);
  const subjectPrefix = options.subjectPrefix ?? 'events';
  if (subjectPrefix !== '' && BAD_SUBJECT.test(subjectPrefix)) throw new InvalidOptionError(`subjectPrefix must be a literal subject without wildcards: "${subjectPrefix}"`, { subjectPrefix });
  const dlqStream = options.deadLetter?.stream ?? `${streamPrefix}_DLQ`;
  checkName('deadLetter.stream', dlqStream);
  const dlqSubjectPrefix = options.deadLetter?.subjectPrefix ?? `${streamPrefix}.dlq`;
  if (dlqSubjectPrefix === '' || BAD_SUBJECT.test(dlqSubjectPrefix)) throw new InvalidOptionError(`deadLetter.subjectPrefix must be a literal subject: "${dlqSubjectPrefix}"`, { dlqSubjectPrefix });
  const maxInFlight = options.maxInFlight ?? 256;
  if (!Number.isInteger(maxInFlight) || maxInFlight < 1) throw new InvalidOptionError(`maxInFlight must be a positive integer: ${maxInFlight}`, { maxInFlight });
  const fetchExpiresMs = options.fetchExpiresMs ?? 5000;
  if (fetchExpiresMs < 1000) throw new InvalidOptionError(`fetchExpiresMs must be at least 1000: ${fetchExpiresMs}`, { fetchExpiresMs });
  const timeout = options.connectTimeoutMs ?? 5000;

  const custom = options.streamName;
  const streamName = (channel: ChannelDescriptor): string => {
    const name = custom ? custom(channel) : boundedName(`${streamPrefix}_${escapeToken(channel.id)}`);
    checkName(`stream name of channel "${channel.id}"`, name);
    return name;
  };

  return {
    connection: connectionOptions(options, timeout),
    credsFile: options.credsFile,
    subjectPrefix,
    streamName,
    stream: options.stream ?? {},
    dlqStream,
    dlqSubjectPrefix,
    dlqMaxAgeMs: options.deadLetter?.maxAgeMs,
    dlqReplicas: options.deadLetter?.replicas,
    maxInFlight,
    publishTimeoutMs: options.publishTimeoutMs ?? 5000,
    apiTimeoutMs: timeout,
    deliverPolicy: options.deliverPolicy ?? 'all',
    maxAckPending: options.maxAckPending ?? 1000,
    fetchExpiresMs,
  };
}

function connectionOptions(options: NatsTransportOptions, timeout: number): NodeConnectionOptions {
  const reconnect = options.reconnect ?? {};
  const out: NodeConnectionOptions = {
    servers: options.servers ?? 'nats://127.0.0.1:4222',
    name: options.name ?? 'herald',
    timeout,
    reconnect: true,
    maxReconnectAttempts: reconnect.maxAttempts ?? -1,
    reconnectTimeWait: reconnect.waitMs ?? 1000,
    reconnectJitter: reconnect.jitterMs ?? 200,
    // Publishing while disconnected fails fast (the bus retries or uses its outbox), so
    // nothing needs the client's reconnect buffer to hold events.
    waitOnFirstConnect: false,
    // nats.js otherwise builds an Error (with a stack) per request — every publish and every
    // confirmed ack — only to decorate a later timeout. Herald's errors name the operation,
    // subject and event id instead; this was the largest single cost on the client.
    noAsyncTraces: true,
  };
  if (options.user !== undefined) {
    out.user = options.user;
    out.pass = options.password;
  }
  if (options.token !== undefined) out.token = options.token;
  if (options.nkeySeed !== undefined) {
    const seed = typeof options.nkeySeed === 'string' ? new TextEncoder().encode(options.nkeySeed) : options.nkeySeed;
    out.authenticator = nkeyAuthenticator(seed);
  }
  if (options.tls) {
    const tls = options.tls === true ? {} : options.tls;
    out.tls = { caFile: tls.caFile, certFile: tls.certFile, keyFile: tls.keyFile, rejectUnauthorized: tls.rejectUnauthorized };
  }
  return out;
}

/** A creds file is read when connecting, so a rotated file is picked up on the next connect. */
export async function credsFileAuthenticator(path: string): Promise<Authenticator> {
  try {
    return credsAuthenticator(await readFile(path));
  } catch (cause) {
    throw new InvalidOptionError(`cannot read NATS creds file ${path}: ${(cause as Error).message}`, { credsFile: path });
  }
}

function checkName(what: string, name: string): void {
  if (name === '' || BAD_NAME.test(name)) throw new InvalidOptionError(`${what} must not be empty or contain '.', '*', '>', '/', '\\' or whitespace: "${name}"`, { name });
}

/** Long names (file-system backed on the server) are cut and suffixed with a hash of the whole. */
export function boundedName(name: string): string {
  if (name.length <= NAME_LIMIT) return name;
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return `${name.slice(0, NAME_LIMIT - 9)}_${h.toString(16).padStart(8, '0')}`;
}
