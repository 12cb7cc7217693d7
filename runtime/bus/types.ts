// The bus's public types: what service code and generated wrappers program against.

import type { EventEnvelope } from '../core/envelope.js';
import type { ContractSet, EventMap, Priority, UpcasterMap } from '../core/contract.js';
import type { Transport } from '../core/transport.js';

export type EventType<M extends EventMap<M>> = keyof M & string;
export type PayloadOf<M extends EventMap<M>, K extends EventType<M>> = M[K]['payload'];

/** The event a handler receives: the envelope with the latest payload type. */
export type HeraldEvent<M extends EventMap<M>, K extends EventType<M>> = EventEnvelope<PayloadOf<M, K>, K>;

export interface PublishOptions {
  /** Override the correlation id (default: the handled event's, else this event's id). */
  correlationId?: string;
  /** Override the causation id (default: the handled event's id inside a handler). */
  causationId?: string;
  /** Partition key (default: the contract's partition key pointer into the payload). */
  partitionKey?: string;
  /** Aggregate (default: the contract's aggregate type and id pointer). */
  aggregate?: { type?: string; id?: string; version?: number };
  priority?: Priority;
  /** Who caused the event (user id, service account). */
  actor?: string;
  traceParent?: string;
  traceState?: string;
  /** Extra CloudEvents extensions: lower-case alphanumeric names of at most 20 characters. */
  metadata?: Record<string, string>;
  /** Channel parameter values, for channels whose address has `{parameters}`. */
  parameters?: Record<string, string | number>;
  /** Fixed event id (default: a fresh UUIDv7). Re-publishing the same id is de-duplicated by brokers that can. */
  id?: string;
  /** Fixed event time (default: now). */
  time?: Date | string;
}

export interface PublishReceipt {
  id: string;
  type: string;
  correlationId: string;
  /** 'broker' once the broker acknowledged it; 'outbox' when it was stored locally for later delivery. */
  deliveredTo: 'broker' | 'outbox';
}

export interface BatchItem<M extends EventMap<M>, K extends EventType<M> = EventType<M>> {
  type: K;
  data: PayloadOf<M, K>;
  options?: PublishOptions;
}

export interface Publisher<M extends EventMap<M>> {
  publish<K extends EventType<M>>(type: K, data: PayloadOf<M, K>, options?: PublishOptions): Promise<PublishReceipt>;
}

export interface HandlerContext {
  group: string;
  /** 1 on first delivery. */
  attempt: number;
  /** Aborted when the handler times out or the bus shuts down past its deadline. */
  signal: AbortSignal;
  /** Channel parameter values of the concrete subject. */
  parameters: Record<string, string>;
}

export type Handler<M extends EventMap<M>, K extends EventType<M>> = (event: HeraldEvent<M, K>, ctx: HandlerContext) => unknown;

export type HandlerMap<M extends EventMap<M>> = { [K in EventType<M>]?: Handler<M, K> };

export interface RetryPolicy {
  /** Redeliveries after the first attempt before dead-lettering (default 3). */
  retries: number;
  /** First backoff in ms (default 1000). */
  baseMs: number;
  /** Backoff multiplier (default 2). */
  factor: number;
  /** Largest backoff in ms (default 60000). */
  maxMs: number;
  /** Full jitter fraction 0..1 (default 0.2): the delay is drawn from [d*(1-j), d]. */
  jitter: number;
}

export interface SubscribeOptions {
  /** Consumer group: instances in one group share the work; every group gets every event. */
  group: string;
  /** Handler calls in flight at once (default 16; 1 when ordered). */
  concurrency?: number;
  /** Keep order per partition key / subject (default false). */
  ordered?: boolean;
  retry?: Partial<RetryPolicy>;
  /** A handler that has not settled by then fails with HandlerTimeoutError (default 30000). */
  timeoutMs?: number;
}

export interface Subscription {
  readonly group: string;
  readonly types: readonly string[];
  close(): Promise<void>;
}

export interface Subscriber<M extends EventMap<M>> {
  subscribe<K extends EventType<M>>(type: K, handler: Handler<M, K>, options: SubscribeOptions): Promise<Subscription>;
  subscribe(options: SubscribeOptions & { handlers: HandlerMap<M> }): Promise<Subscription>;
}

/** Pick the upcasters option type: required when the contracts have older versions. */
export type UpcasterOption<U> = [keyof U] extends [never] ? { upcasters?: U } : { upcasters: U };

export interface BusBaseOptions<M extends EventMap<M>, U extends UpcasterMap<U>> {
  contracts: ContractSet<M, U>;
  transport: Transport;
  /** CloudEvents `source` of everything this bus publishes (the service name). */
  source: string;
}
