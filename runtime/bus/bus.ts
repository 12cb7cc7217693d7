// createBus: typed publish and subscribe over any Transport. The bus implements the
// envelope, validation, retries, dead-lettering, idempotency, the outbox, upcasting,
// health and metrics once; transports only move messages.

import { ContractIndex, type ChannelDescriptor, type EventMap, type UpcasterMap, type UpcasterTable } from '../core/contract.js';
import { DEFAULT_MAX_PAYLOAD_BYTES } from '../core/codec.js';
import { systemClock, type Clock } from '../core/clock.js';
import { InvalidOptionError, SubscriptionConflictError, TransportClosedError, UnknownEventError } from '../core/errors.js';
import type { Transport, TransportHealth, TransportSubscription } from '../core/transport.js';
import { Consumer, type AnyHandler, type HandlerMiddleware } from './consumer.js';
import { deadLetterAdmin, type DeadLetters } from './dead-letters.js';
import type { IdempotencyStore } from './idempotency.js';
import { consoleLogger, type Logger } from './logger.js';
import { Metrics } from './metrics.js';
import { fileOutbox, type Outbox } from './outbox.js';
import { DEFAULT_PUBLISH_RETRY, PublishEngine, type PublishRetry } from './publisher.js';
import { DEFAULT_RETRY, resolveRetry } from './retry.js';
import type {
  BatchItem,
  BusBaseOptions,
  EventType,
  Handler,
  HandlerMap,
  PayloadOf,
  PublishOptions,
  PublishReceipt,
  Publisher,
  RetryPolicy,
  SubscribeOptions,
  Subscriber,
  Subscription,
  UpcasterOption,
} from './types.js';

export type BusOptions<M extends EventMap<M>, U extends UpcasterMap<U>> = BusBaseOptions<M, U> &
  UpcasterOption<U> & {
    /** Handler retry policy for every subscription (default 3 retries from 1 s, ×2, capped at 60 s, 20 % jitter). */
    retry?: Partial<RetryPolicy>;
    /** Publish retries while the broker is unreachable (default 3 attempts from 100 ms, capped at 2 s). */
    publishRetry?: Partial<PublishRetry>;
    /** Durable local outbox for events the broker cannot take: a directory, or your own Outbox. */
    outbox?: { dir: string } | Outbox;
    /** Skip events a group has already processed (default: none). */
    idempotency?: IdempotencyStore;
    /** pino-compatible logger (default: JSON lines on stderr at warn). */
    logger?: Logger;
    /** Largest payload accepted on publish and consume, in bytes (default 1 MiB). */
    maxPayloadBytes?: number;
    /** Default handler timeout in ms (default 30 000). */
    handlerTimeoutMs?: number;
    /** Handler middleware, outermost first. */
    middleware?: readonly HandlerMiddleware[];
    /** How long close() waits for in-flight handlers (default 10 000 ms). */
    shutdownTimeoutMs?: number;
    clock?: Clock;
  };

export interface BusHealth {
  status: 'ok' | 'degraded' | 'down';
  transport: { name: string } & TransportHealth;
  outbox: { enabled: boolean; backlog: number; oldestAt?: string };
  deadLetters: Record<string, number>;
  subscriptions: Array<{ group: string; channel: string; types: string[] }>;
}

export interface Bus<M extends EventMap<M>> extends Publisher<M>, Subscriber<M> {
  /** Validate every item first (nothing is sent if one is invalid), then send them in order. */
  publishBatch(items: ReadonlyArray<BatchItem<M>>): Promise<PublishReceipt[]>;
  readonly deadLetters: DeadLetters;
  readonly metrics: Metrics;
  health(): Promise<BusHealth>;
  /** Resolves once the outbox (if any) has been delivered. */
  flush(): Promise<void>;
  /** Stop fetching, finish in-flight handlers (up to the shutdown timeout), flush publishes, close. Idempotent. */
  close(): Promise<void>;
}

interface ActiveSubscription {
  group: string;
  channel: ChannelDescriptor;
  types: string[];
  sub: TransportSubscription;
}

export function createBus<M extends EventMap<M>, U extends UpcasterMap<U> = Record<never, never>>(options: BusOptions<M, U>): Bus<M> {
  return new HeraldBus<M>(options as unknown as BusOptions<M, Record<never, never>>);
}

class HeraldBus<M extends EventMap<M>> implements Bus<M> {
  readonly metrics = new Metrics();
  readonly deadLetters: DeadLetters;
  private readonly index: ContractIndex;
  private readonly transport: Transport;
  private readonly logger: Logger;
  private readonly clock: Clock;
  private readonly retry: RetryPolicy;
  private readonly upcasters: UpcasterTable;
  private readonly outbox?: Outbox;
  private readonly publisher: Promise<PublishEngine>;
  private readonly active = new Map<string, ActiveSubscription>();
  private readyPromise?: Promise<void>;
  private closing?: Promise<void>;
  private transportClosed = false;

  constructor(private readonly options: BusOptions<M, Record<never, never>>) {
    if (!options.source || typeof options.source !== 'string') throw new InvalidOptionError('createBus needs a non-empty `source` (the service name)');
    this.index = new ContractIndex(options.contracts.events);
    this.transport = options.transport;
    this.logger = options.logger ?? consoleLogger('warn');
    this.clock = options.clock ?? systemClock;
    this.retry = resolveRetry(options.retry, DEFAULT_RETRY);
    this.upcasters = ((options as { upcasters?: unknown }).upcasters ?? {}) as UpcasterTable;
    this.checkUpcasters();
    this.deadLetters = deadLetterAdmin(this.transport);
    const outbox = options.outbox;
    this.outbox = outbox === undefined ? undefined : 'dir' in outbox ? fileOutbox(outbox) : outbox;
    const publishRetry = { ...DEFAULT_PUBLISH_RETRY, ...options.publishRetry };
    this.publisher = (this.outbox ? this.outbox.open() : Promise.resolve()).then(
      () =>
        new PublishEngine({
          index: this.index,
          transport: this.transport,
          source: options.source,
          maxPayloadBytes: this.maxPayloadBytes,
          retry: publishRetry,
          outbox: this.outbox,
          logger: this.logger,
          metrics: this.metrics,
          clock: this.clock,
          ready: () => this.ready(),
        }),
    );
    // Surface a broken outbox directory on first use, not as an unhandled rejection.
    this.publisher.catch(() => undefined);
    this.metrics.gauge('outbox_backlog', 'events stored in the outbox, not yet delivered', () => [{ labels: {}, value: this.outbox?.backlog() ?? 0 }]);
  }

  private get maxPayloadBytes(): number {
    return this.options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES;
  }

  /** Every older version of every event needs its upcaster; fail at construction, not at 3 a.m. */
  private checkUpcasters(): void {
    const missing: string[] = [];
    for (const type of this.index.types()) {
      const versions = this.index.versions(type);
      const latest = this.index.latest(type)!;
      for (const d of versions) {
        if (d.version < latest.version && typeof this.upcasters[type]?.[d.version] !== 'function') missing.push(`${type} v${d.version}`);
      }
    }
    if (missing.length) throw new InvalidOptionError(`missing upcasters for ${missing.join(', ')}: pass them as createBus({ upcasters })`, { missing });
  }

  /** Connect and provision once; a failure is forgotten so the next call tries again. */
  private ready(): Promise<void> {
    if (this.transportClosed) return Promise.reject(new TransportClosedError('bus is closed'));
    this.readyPromise ??= (async () => {
      await this.transport.connect();
      const channels = new Map(this.index.all().map((d) => [d.channel.id, d.channel]));
      await this.transport.provision([...channels.values()]);
    })().catch((err) => {
      this.readyPromise = undefined;
      throw err;
    });
    return this.readyPromise;
  }

  async publish<K extends EventType<M>>(type: K, data: PayloadOf<M, K>, options?: PublishOptions): Promise<PublishReceipt> {
    const engine = await this.publisher;
    const [receipt] = await engine.send([engine.prepare(type, data, options)]);
    return receipt!;
  }

  async publishBatch(items: ReadonlyArray<BatchItem<M>>): Promise<PublishReceipt[]> {
    const engine = await this.publisher;
    const prepared = items.map((item, i) => {
      try {
        return engine.prepare(item.type, item.data, item.options);
      } catch (err) {
        if (err instanceof Error && 'details' in err) (err as { details: Record<string, unknown> }).details.batchIndex = i;
        throw err;
      }
    });
    return prepared.length ? engine.send(prepared) : [];
  }

  subscribe<K extends EventType<M>>(type: K, handler: Handler<M, K>, options: SubscribeOptions): Promise<Subscription>;
  subscribe(options: SubscribeOptions & { handlers: HandlerMap<M> }): Promise<Subscription>;
  async subscribe(
    a: string | (SubscribeOptions & { handlers: HandlerMap<M> }),
    handler?: (...args: never[]) => unknown,
    opts?: SubscribeOptions,
  ): Promise<Subscription> {
    const options = typeof a === 'string' ? opts : a;
    const handlers = new Map<string, AnyHandler>(
      typeof a === 'string' ? [[a, handler as AnyHandler]] : (Object.entries(a.handlers) as Array<[string, AnyHandler]>),
    );
    if (!options || typeof options.group !== 'string' || !options.group.trim()) {
      throw new InvalidOptionError('subscribe needs options.group (the consumer group: instances in one group share the work)');
    }
    const { group } = options;
    if (this.closing) throw new TransportClosedError('bus is closed');
    if (handlers.size === 0) throw new InvalidOptionError('subscribe needs at least one handler');
    const byChannel = new Map<string, { channel: ChannelDescriptor; handlers: Map<string, AnyHandler> }>();
    for (const [type, fn] of handlers) {
      if (typeof fn !== 'function') throw new InvalidOptionError(`handler for ${type} is not a function`);
      const d = this.index.latest(type);
      if (!d) throw new UnknownEventError(type, undefined, this.index.types());
      let entry = byChannel.get(d.channel.id);
      if (!entry) byChannel.set(d.channel.id, (entry = { channel: d.channel, handlers: new Map() }));
      entry.handlers.set(type, fn);
    }
    for (const channelId of byChannel.keys()) {
      const existing = this.active.get(`${group}|${channelId}`);
      if (existing) {
        throw new SubscriptionConflictError(
          `group "${group}" already consumes channel "${channelId}" (${existing.types.join(', ')}) on this bus; pass all its handlers in one subscribe({ group, handlers }) call so no event is taken by the wrong subscription`,
          { group, channel: channelId, types: existing.types },
        );
      }
    }
    const retry = resolveRetry(options.retry, this.retry);
    const timeoutMs = options.timeoutMs ?? this.options.handlerTimeoutMs ?? 30_000;
    const ordered = options.ordered ?? false;
    const concurrency = options.concurrency ?? 16;
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new InvalidOptionError(`concurrency must be a positive integer, got ${concurrency}`);
    // Reserve the slots before awaiting, so two concurrent subscribe calls cannot both pass the check.
    const keys = [...byChannel.keys()].map((c) => `${group}|${c}`);
    const pending = { group, channel: undefined as unknown as ChannelDescriptor, types: [], sub: { close: async () => {} } };
    for (const k of keys) this.active.set(k, pending);
    const opened: ActiveSubscription[] = [];
    try {
      await this.ready();
      for (const { channel, handlers: hs } of byChannel.values()) {
        const consumer = new Consumer(
          {
            index: this.index,
            transport: this.transport,
            upcasters: this.upcasters,
            idempotency: this.options.idempotency,
            logger: this.logger,
            metrics: this.metrics,
            clock: this.clock,
            maxPayloadBytes: this.maxPayloadBytes,
            middleware: this.options.middleware ?? [],
          },
          { group, channel, handlers: hs, retry, timeoutMs },
        );
        const sub = await this.transport.subscribe(
          {
            group,
            channel,
            ordered,
            concurrency,
            // The bus dead-letters after retry.retries; the broker's own cap is only a safety net.
            maxDeliver: retry.retries + 3,
            ackWaitMs: timeoutMs + 5_000,
          },
          consumer.handle,
        );
        const active = { group, channel, types: [...hs.keys()], sub };
        opened.push(active);
        this.active.set(`${group}|${channel.id}`, active);
      }
    } catch (err) {
      for (const k of keys) if (this.active.get(k) === pending) this.active.delete(k);
      await Promise.allSettled(opened.map((o) => this.closeOne(o)));
      throw err;
    }
    let closed: Promise<void> | undefined;
    return {
      group,
      types: [...handlers.keys()],
      close: () => (closed ??= Promise.all(opened.map((o) => this.closeOne(o))).then(() => undefined)),
    };
  }

  private async closeOne(active: ActiveSubscription): Promise<void> {
    await active.sub.close(this.options.shutdownTimeoutMs ?? 10_000);
    const key = `${active.group}|${active.channel.id}`;
    if (this.active.get(key) === active) this.active.delete(key);
  }

  async health(): Promise<BusHealth> {
    let transport: TransportHealth;
    try {
      transport = await this.transport.health();
    } catch (err) {
      transport = { connected: false, details: { error: (err as Error).message } };
    }
    let deadLetters: Record<string, number> = {};
    try {
      deadLetters = await this.transport.deadLetters.counts();
    } catch {
      // unknown while the broker is down; reported through transport.connected
    }
    const backlog = this.outbox?.backlog() ?? 0;
    const oldest = this.outbox?.oldestAt();
    return {
      status: !transport.connected ? 'down' : backlog > 0 ? 'degraded' : 'ok',
      transport: { name: this.transport.name, ...transport },
      outbox: { enabled: !!this.outbox, backlog, ...(oldest !== undefined ? { oldestAt: new Date(oldest).toISOString() } : {}) },
      deadLetters,
      subscriptions: [...this.active.values()].filter((a) => a.channel).map((a) => ({ group: a.group, channel: a.channel.id, types: a.types })),
    };
  }

  async flush(): Promise<void> {
    await (await this.publisher).drained();
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.allSettled([...new Set(this.active.values())].map((a) => this.closeOne(a)));
      const engine = await this.publisher.catch(() => undefined);
      await engine?.close();
      await this.outbox?.close();
      this.transportClosed = true;
      await this.transport.close();
    })();
    return this.closing;
  }
}
