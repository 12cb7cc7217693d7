// The contract between the bus and a broker. The bus owns envelopes, validation, retries,
// dead-lettering decisions and idempotency; a transport only moves bytes and headers,
// redelivers when asked, and stores dead letters where its broker keeps them.

import type { HeaderCodec } from './codec.js';
import type { ChannelDescriptor } from './contract.js';

export interface TransportFeatures {
  /** Instances in one group share the work; every group gets every message. */
  consumerGroups: boolean;
  /** Messages survive a broker or process restart. */
  persistent: boolean;
  /** What ordering the transport can keep when a subscription asks for it. */
  ordering: 'none' | 'partition-key' | 'subject';
  /** `retry(delay)` is native (no client-side timer holding the message). */
  delayedRedelivery: boolean;
}

/** One message to send. Headers are already encoded with the transport's codec. */
export interface OutboundMessage {
  /** Event id; transports use it for broker-side de-duplication (Nats-Msg-Id). */
  id: string;
  channelId: string;
  /** Concrete subject (parameters filled), without any transport prefix. */
  subject: string;
  topic: string;
  key?: string;
  headers: Record<string, string>;
  body: Uint8Array;
}

/** Where a delivered message sits in the broker, as recorded in dead letters. */
export interface MessagePosition {
  partition?: number;
  offset?: string;
  stream?: string;
  sequence?: number;
}

export interface InboundMessage {
  /** Concrete subject or topic it arrived on (transport prefix removed). */
  destination: string;
  channelId: string;
  /** Raw wire headers as strings, exactly as received. */
  headers: Readonly<Record<string, string>>;
  body: Uint8Array;
  key?: string;
  /** 1 on first delivery. */
  attempt: number;
  position: MessagePosition;
  /** Broker timestamp of the original publish, ms since epoch, when known. */
  publishedAt?: number;
  /** Done: never deliver again to this group. */
  ack(): Promise<void>;
  /** Deliver again to this group after `delayMs`, with `attempt + 1`. */
  retry(delayMs: number): Promise<void>;
  /** Never deliver again: the bus has dead-lettered it. */
  term(reason: string): Promise<void>;
}

export interface SubscriptionSpec {
  group: string;
  channel: ChannelDescriptor;
  /** Keep order per partition key (Kafka) or per subject (NATS); one message per key at a time. */
  ordered: boolean;
  /** Most handler calls in flight for this subscription. */
  concurrency: number;
  /** Broker-side redelivery cap, a safety net above the bus's own retry limit. */
  maxDeliver: number;
  /** How long the broker waits for ack before redelivering (longer than the handler timeout). */
  ackWaitMs: number;
}

export type MessageHandler = (msg: InboundMessage) => Promise<void>;

export interface TransportSubscription {
  /** Stop fetching, wait for in-flight deliveries (up to `deadlineMs`), then release. Idempotent. */
  close(deadlineMs?: number): Promise<void>;
}

export type DeadLetterReason =
  | 'handler-failed'
  | 'decode-failed'
  | 'contract-violation'
  | 'unknown-event'
  | 'upcast-failed'
  | 'non-retryable'
  | 'max-deliveries';

export interface DeadLetterRecord {
  /** Id of this dead-letter entry (not the event id). */
  id: string;
  reason: DeadLetterReason;
  /** Decoded when possible; absent for undecodable messages. */
  eventId?: string;
  eventType?: string;
  group: string;
  original: {
    channelId: string;
    destination: string;
    headers: Record<string, string>;
    body: Uint8Array;
    key?: string;
    position: MessagePosition;
  };
  attempts: number;
  firstFailureAt: string;
  lastFailureAt: string;
  deadLetteredAt: string;
  error: { name: string; message: string; code?: string; stack?: string; details?: Record<string, unknown> };
}

export interface DeadLetterFilter {
  type?: string;
  group?: string;
  reason?: DeadLetterReason;
  /** ISO timestamps bounding `deadLetteredAt`. */
  since?: string;
  until?: string;
  limit?: number;
}

export interface DeadLetterStore {
  put(record: DeadLetterRecord): Promise<void>;
  list(filter?: DeadLetterFilter): Promise<DeadLetterRecord[]>;
  get(id: string): Promise<DeadLetterRecord | undefined>;
  /** Removes matching entries; returns how many. */
  purge(filter?: DeadLetterFilter & { ids?: string[] }): Promise<number>;
  /** Counts by group and reason, for health. */
  counts(): Promise<Record<string, number>>;
}

export interface TransportHealth {
  connected: boolean;
  details: Record<string, unknown>;
  /** Messages waiting per `group/channel`, where the broker reports it. */
  lag?: Record<string, number>;
}

export interface Transport {
  readonly name: string;
  readonly features: TransportFeatures;
  readonly codec: HeaderCodec;
  readonly deadLetters: DeadLetterStore;
  connect(): Promise<void>;
  /** Create streams, topics and consumers the channels need; idempotent. */
  provision(channels: readonly ChannelDescriptor[]): Promise<void>;
  /** Resolve once the broker acknowledged every message, in order; reject with a (retriable) HeraldError otherwise. */
  publish(messages: readonly OutboundMessage[]): Promise<void>;
  subscribe(spec: SubscriptionSpec, handler: MessageHandler): Promise<TransportSubscription>;
  /** Put a dead-lettered message back on its original destination (same headers and body). */
  replay(record: DeadLetterRecord): Promise<void>;
  health(): Promise<TransportHealth>;
  /** Flush pending publishes, close subscriptions, disconnect. Idempotent. */
  close(): Promise<void>;
}
