// Options of the Kafka transport, their defaults and their checks. Nothing here names
// kafkajs types: the client stays an implementation detail behind the Transport interface.

import type { ConnectionOptions } from 'node:tls';
import { InvalidOptionError } from '../../core/errors.js';

export type KafkaSaslOptions =
  | { mechanism: 'plain'; username: string; password: string }
  | { mechanism: 'scram-sha-256'; username: string; password: string }
  | { mechanism: 'scram-sha-512'; username: string; password: string }
  | { mechanism: 'aws'; authorizationIdentity: string; accessKeyId: string; secretAccessKey: string; sessionToken?: string }
  | { mechanism: 'oauthbearer'; oauthBearerProvider: () => Promise<{ value: string }> };

/** pino-compatible; receives the Kafka client's own warnings and errors. */
export interface KafkaLogger {
  warn(obj: Record<string, unknown>, msg?: string): void;
  error(obj: Record<string, unknown>, msg?: string): void;
}

export interface KafkaTransportOptions {
  /** Bootstrap brokers, `host:port`. */
  brokers: string[];
  /** Client id sent to the brokers (default `herald`). */
  clientId?: string;
  /** TLS: `true` or Node TLS options; passed through to the client. */
  ssl?: boolean | ConnectionOptions;
  /** SASL credentials; passed through to the client. */
  sasl?: KafkaSaslOptions;
  /** TCP connect timeout (default 3000 ms). */
  connectionTimeoutMs?: number;
  /** Per-request timeout (default 30000 ms). */
  requestTimeoutMs?: number;
  /** Client-side retries of failed requests (default 5 retries from 100 ms, capped at 2000 ms). */
  retry?: { retries?: number; initialRetryTimeMs?: number; maxRetryTimeMs?: number };
  /** Create missing topics (channels, retry and dead-letter topics) (default true). */
  createTopics?: boolean;
  /** Partitions of a topic whose channel has no Kafka binding (default 3). */
  defaultPartitions?: number;
  /** Replicas of a topic whose channel has no Kafka binding (default: the broker's default). */
  defaultReplicas?: number;
  /** Topic configs applied to every topic Herald creates (the channel binding's `config` wins). */
  topicConfig?: Record<string, string>;
  /** Dead-letter topic = `<topic><dlqSuffix>` (default `.dlq`). */
  dlqSuffix?: string;
  /** Retry topic = `<topic><retrySuffix><group>` (default `.retry.`). */
  retrySuffix?: string;
  /** Wait this long to gather publishes into one produce request; 0 = same tick (default 0). */
  lingerMs?: number;
  /** Most records in one produce request (default 500). */
  maxBatchMessages?: number;
  /** Most (uncompressed) bytes in one produce request (default 900 KiB, under the broker's 1 MiB default). */
  maxBatchBytes?: number;
  /** GZIP record batches (default true). */
  compression?: 'gzip' | 'none';
  /** A publish not acknowledged within this time rejects with TransportUnavailableError (default 10000 ms). */
  publishTimeoutMs?: number;
  /** Consumer group session timeout (default 30000 ms); a dead member's partitions move after it. */
  sessionTimeoutMs?: number;
  /** Consumer heartbeat interval (default 3000 ms, below a third of the session timeout). */
  heartbeatIntervalMs?: number;
  /** Rebalance timeout (default 60000 ms). */
  rebalanceTimeoutMs?: number;
  /** Longest fetch long-poll (default 500 ms); bounds how late a paused retry partition resumes. */
  maxWaitTimeMs?: number;
  /** Where a new consumer group starts: the oldest retained record or only new ones (default `earliest`). */
  startFrom?: 'earliest' | 'latest';
  /** Fetched but unstarted messages per partition before the partition is paused (default 256). */
  maxBufferedPerPartition?: number;
  /** Receives the client's warnings and errors (default: silent). */
  logger?: KafkaLogger;
}

export type ResolvedKafkaOptions = Required<Omit<KafkaTransportOptions, 'ssl' | 'sasl' | 'logger' | 'defaultReplicas' | 'retry'>> & {
  ssl?: boolean | ConnectionOptions;
  sasl?: KafkaSaslOptions;
  logger?: KafkaLogger;
  defaultReplicas?: number;
  retry: { retries: number; initialRetryTimeMs: number; maxRetryTimeMs: number };
};

const TOPIC_SUFFIX = /^[A-Za-z0-9._-]+$/;

export function resolveOptions(options: KafkaTransportOptions): ResolvedKafkaOptions {
  if (!options || !Array.isArray(options.brokers) || options.brokers.length === 0 || options.brokers.some((b) => typeof b !== 'string' || !/^[^\s:]+:\d+$/.test(b))) {
    throw new InvalidOptionError('kafkaTransport: `brokers` must be a non-empty list of "host:port"', { brokers: options?.brokers });
  }
  const r: ResolvedKafkaOptions = {
    brokers: [...options.brokers],
    clientId: options.clientId ?? 'herald',
    ssl: options.ssl,
    sasl: options.sasl,
    logger: options.logger,
    connectionTimeoutMs: options.connectionTimeoutMs ?? 3000,
    requestTimeoutMs: options.requestTimeoutMs ?? 30_000,
    retry: {
      retries: options.retry?.retries ?? 5,
      initialRetryTimeMs: options.retry?.initialRetryTimeMs ?? 100,
      maxRetryTimeMs: options.retry?.maxRetryTimeMs ?? 2000,
    },
    createTopics: options.createTopics ?? true,
    defaultPartitions: options.defaultPartitions ?? 3,
    defaultReplicas: options.defaultReplicas,
    topicConfig: { ...options.topicConfig },
    dlqSuffix: options.dlqSuffix ?? '.dlq',
    retrySuffix: options.retrySuffix ?? '.retry.',
    lingerMs: options.lingerMs ?? 0,
    maxBatchMessages: options.maxBatchMessages ?? 500,
    maxBatchBytes: options.maxBatchBytes ?? 900 * 1024,
    compression: options.compression ?? 'gzip',
    publishTimeoutMs: options.publishTimeoutMs ?? 10_000,
    sessionTimeoutMs: options.sessionTimeoutMs ?? 30_000,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 3000,
    rebalanceTimeoutMs: options.rebalanceTimeoutMs ?? 60_000,
    maxWaitTimeMs: options.maxWaitTimeMs ?? 500,
    startFrom: options.startFrom ?? 'earliest',
    maxBufferedPerPartition: options.maxBufferedPerPartition ?? 256,
  };
  const positive: (keyof ResolvedKafkaOptions)[] = [
    'connectionTimeoutMs',
    'requestTimeoutMs',
    'defaultPartitions',
    'maxBatchMessages',
    'maxBatchBytes',
    'publishTimeoutMs',
    'sessionTimeoutMs',
    'heartbeatIntervalMs',
    'rebalanceTimeoutMs',
    'maxWaitTimeMs',
    'maxBufferedPerPartition',
  ];
  for (const name of positive) {
    const v = r[name];
    if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0) throw new InvalidOptionError(`kafkaTransport: \`${name}\` must be a positive integer`, { [name]: v });
  }
  if (!Number.isInteger(r.lingerMs) || r.lingerMs < 0) throw new InvalidOptionError('kafkaTransport: `lingerMs` must be an integer >= 0', { lingerMs: r.lingerMs });
  if (r.defaultReplicas !== undefined && (!Number.isInteger(r.defaultReplicas) || r.defaultReplicas <= 0)) {
    throw new InvalidOptionError('kafkaTransport: `defaultReplicas` must be a positive integer', { defaultReplicas: r.defaultReplicas });
  }
  if (r.heartbeatIntervalMs * 3 > r.sessionTimeoutMs) {
    throw new InvalidOptionError('kafkaTransport: `heartbeatIntervalMs` must be at most a third of `sessionTimeoutMs`', {
      heartbeatIntervalMs: r.heartbeatIntervalMs,
      sessionTimeoutMs: r.sessionTimeoutMs,
    });
  }
  for (const name of ['dlqSuffix', 'retrySuffix'] as const) {
    if (!TOPIC_SUFFIX.test(r[name])) throw new InvalidOptionError(`kafkaTransport: \`${name}\` may only contain letters, digits, '.', '_' and '-'`, { [name]: r[name] });
  }
  if (r.compression !== 'gzip' && r.compression !== 'none') throw new InvalidOptionError("kafkaTransport: `compression` must be 'gzip' or 'none'", { compression: r.compression });
  if (r.startFrom !== 'earliest' && r.startFrom !== 'latest') throw new InvalidOptionError("kafkaTransport: `startFrom` must be 'earliest' or 'latest'", { startFrom: r.startFrom });
  return r;
}
