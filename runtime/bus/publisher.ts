// The publish path: validate → envelope → encode → send with bounded retries → (outbox).
// Kept free of consume concerns; the bus wires it up.

import { encodeBody, readPointer } from '../core/codec.js';
import type { ContractIndex, EventDescriptor } from '../core/contract.js';
import { toAttributes, formatTime, uuidv7, isValidExtensionName, JSON_CONTENT_TYPE, type EventEnvelope } from '../core/envelope.js';
import {
  ContractViolationError,
  HeraldError,
  InvalidOptionError,
  PayloadTooLargeError,
  PublishError,
  TransportClosedError,
  UnknownEventError,
  isHeraldError,
} from '../core/errors.js';
import { fillSubject } from '../core/naming.js';
import type { OutboundMessage, Transport } from '../core/transport.js';
import { check } from '../core/validation.js';
import { sleep, type Clock } from '../core/clock.js';
import { currentEvent } from './context.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';
import type { Outbox } from './outbox.js';
import { backoffDelay } from './retry.js';
import type { PublishOptions, PublishReceipt, RetryPolicy } from './types.js';

export interface PublishRetry {
  /** Attempts in all, first included (default 3). */
  attempts: number;
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_PUBLISH_RETRY: PublishRetry = { attempts: 3, baseMs: 100, maxMs: 2000 };

export interface PublisherDeps {
  index: ContractIndex;
  transport: Transport;
  source: string;
  maxPayloadBytes: number;
  retry: PublishRetry;
  outbox?: Outbox;
  logger: Logger;
  metrics: Metrics;
  clock: Clock;
  /** Connect and provision once; rejects (retriably) while the broker is down. */
  ready(): Promise<void>;
}

interface Prepared {
  message: OutboundMessage;
  receipt: Omit<PublishReceipt, 'deliveredTo'>;
}

export class PublishEngine {
  private closed = false;
  private inFlight = new Set<Promise<unknown>>();
  private relaying?: Promise<void>;
  /** True from the first outbox fallback until the relay has drained it: keeps order. */
  private viaOutbox = false;

  constructor(private readonly deps: PublisherDeps) {
    if (deps.outbox && deps.outbox.backlog() > 0) {
      this.viaOutbox = true;
      this.kickRelay();
    }
  }

  /** Validate and encode one event; throws ContractViolationError etc. before anything is sent. */
  prepare(type: string, data: unknown, options: PublishOptions = {}): Prepared {
    const d = this.deps.index.latest(type);
    if (!d) throw new UnknownEventError(type, undefined, this.deps.index.types());
    if (d.retired) throw new InvalidOptionError(`${type} v${d.version} is retired and cannot be published`, { event: type });
    const issues = check(d.validate.publish, data);
    if (issues.length) throw new ContractViolationError(type, d.version, issues, 'publish');
    const body = encodeBody(data);
    if (body.byteLength > this.deps.maxPayloadBytes) throw new PayloadTooLargeError(body.byteLength, this.deps.maxPayloadBytes, type);

    const envelope = this.envelope(d, data, options);
    const headers = this.deps.transport.codec.encode(toAttributes(envelope));
    const message: OutboundMessage = {
      id: envelope.id,
      channelId: d.channel.id,
      subject: fillSubject(d.channel.subject, options.parameters, d.channel.id),
      topic: d.channel.topic,
      headers,
      body,
    };
    if (envelope.partitionKey !== undefined) message.key = envelope.partitionKey;
    return { message, receipt: { id: envelope.id, type, correlationId: envelope.correlationId } };
  }

  private envelope(d: EventDescriptor, data: unknown, o: PublishOptions): Omit<EventEnvelope, 'data'> {
    const handled = currentEvent();
    const id = o.id ?? uuidv7(this.deps.clock.now());
    const ms = o.time === undefined ? this.deps.clock.now() : typeof o.time === 'string' ? Date.parse(o.time) : o.time.getTime();
    if (Number.isNaN(ms)) throw new InvalidOptionError(`publish option "time" is not a valid date: ${String(o.time)}`);
    const time = formatTime(ms);
    const aggregateId = o.aggregate?.id ?? (d.aggregate ? scalar(readPointer(data, d.aggregate.idPointer)) : undefined);
    const aggregateType = o.aggregate?.type ?? d.aggregate?.type;
    const partitionKey = o.partitionKey ?? (d.partitionKey ? scalar(readPointer(data, d.partitionKey)) : aggregateId);
    const metadata: Record<string, string> = {};
    for (const [k, v] of Object.entries(o.metadata ?? {})) {
      if (!isValidExtensionName(k)) {
        throw new InvalidOptionError(`metadata key "${k}" is not a valid CloudEvents extension name (lower-case a-z0-9, at most 20 chars, not a Herald attribute)`, { key: k });
      }
      metadata[k] = String(v);
    }
    const env: Omit<EventEnvelope, 'data'> = {
      id,
      type: d.type,
      source: this.deps.source,
      specVersion: '1.0',
      time,
      dataContentType: d.contentType || JSON_CONTENT_TYPE,
      dataSchema: d.dataSchema,
      dataVersion: d.version,
      correlationId: o.correlationId ?? handled?.correlationId ?? id,
      priority: o.priority ?? d.priority,
      metadata,
    };
    const causation = o.causationId ?? handled?.eventId;
    if (causation !== undefined) env.causationId = causation;
    if (partitionKey !== undefined) env.partitionKey = partitionKey;
    if (aggregateType !== undefined && aggregateId !== undefined) {
      env.aggregate = { type: aggregateType, id: aggregateId };
      if (o.aggregate?.version !== undefined) env.aggregate.version = o.aggregate.version;
    }
    if (o.actor !== undefined) env.actor = o.actor;
    if (o.traceParent !== undefined) env.traceParent = o.traceParent;
    if (o.traceState !== undefined) env.traceState = o.traceState;
    return env;
  }

  /** Send prepared events in order; resolves once the broker (or the outbox) holds all of them. */
  send(prepared: Prepared[]): Promise<PublishReceipt[]> {
    if (this.closed) return Promise.reject(new TransportClosedError('bus is closed'));
    const p = this.deliver(prepared);
    this.inFlight.add(p);
    const done = () => this.inFlight.delete(p);
    p.then(done, done);
    return p;
  }

  private async deliver(prepared: Prepared[]): Promise<PublishReceipt[]> {
    const messages = prepared.map((p) => p.message);
    const { outbox, metrics, logger } = this.deps;
    if (outbox && this.viaOutbox) return this.store(prepared);
    let lastError: unknown;
    for (let attempt = 1; attempt <= this.deps.retry.attempts; attempt++) {
      try {
        await this.deps.ready();
        await this.deps.transport.publish(messages);
        for (const p of prepared) metrics.inc('events_published_total', { type: p.receipt.type });
        return prepared.map((p) => ({ ...p.receipt, deliveredTo: 'broker' as const }));
      } catch (err) {
        lastError = err;
        if (!isRetriable(err)) break;
        if (attempt < this.deps.retry.attempts) {
          const delay = backoffDelay(this.retryPolicy(), attempt);
          logger.debug({ err, attempt, delay }, 'publish failed, retrying');
          await sleep(delay, this.deps.clock);
        }
      }
    }
    for (const p of prepared) metrics.inc('publish_failures_total', { type: p.receipt.type });
    if (outbox && isRetriable(lastError)) {
      logger.warn({ err: lastError, count: prepared.length }, 'broker unavailable, storing events in the outbox');
      return this.store(prepared);
    }
    if (isHeraldError(lastError) && !lastError.retriable) throw lastError;
    throw new PublishError(`publishing ${prepared.map((p) => p.receipt.type).join(', ')} failed after ${this.deps.retry.attempts} attempts`, {
      cause: lastError,
      details: { ids: prepared.map((p) => p.receipt.id) },
    });
  }

  private async store(prepared: Prepared[]): Promise<PublishReceipt[]> {
    this.viaOutbox = true;
    await this.deps.outbox!.append(prepared.map((p) => p.message));
    for (const p of prepared) this.deps.metrics.inc('outbox_stored_total', { type: p.receipt.type });
    this.kickRelay();
    return prepared.map((p) => ({ ...p.receipt, deliveredTo: 'outbox' as const }));
  }

  private retryPolicy(): RetryPolicy {
    return { retries: this.deps.retry.attempts, baseMs: this.deps.retry.baseMs, factor: 2, maxMs: this.deps.retry.maxMs, jitter: 0.2 };
  }

  /** Deliver the outbox in order, backing off while the broker is down. One relay at a time. */
  private kickRelay(): void {
    this.relaying ??= this.relay().finally(() => {
      this.relaying = undefined;
      if (!this.closed && this.deps.outbox!.backlog() > 0) this.kickRelay();
    });
  }

  private async relay(): Promise<void> {
    const outbox = this.deps.outbox!;
    let failures = 0;
    while (!this.closed && outbox.backlog() > 0) {
      const batch = outbox.pending(256);
      try {
        await this.deps.ready();
        await this.deps.transport.publish(batch);
        await outbox.markDelivered(batch.length);
        this.deps.metrics.inc('outbox_relayed_total', {}, batch.length);
        failures = 0;
      } catch (err) {
        failures++;
        const delay = backoffDelay({ retries: 0, baseMs: 200, factor: 2, maxMs: 5000, jitter: 0.2 }, failures);
        this.deps.logger.debug({ err, backlog: outbox.backlog(), delay }, 'outbox relay waiting for the broker');
        await sleep(delay, this.deps.clock);
      }
    }
    if (outbox.backlog() === 0) this.viaOutbox = false;
  }

  /** Resolves when the outbox is empty (or the bus closes). */
  async drained(): Promise<void> {
    while (!this.closed && this.deps.outbox && this.deps.outbox.backlog() > 0) {
      this.kickRelay();
      await this.relaying;
    }
  }

  /** Let in-flight publishes finish, then refuse new ones. The outbox keeps what is left. */
  async close(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
    this.closed = true;
    await this.relaying;
  }
}

function isRetriable(err: unknown): boolean {
  if (err instanceof HeraldError) return err.retriable;
  return true; // an unknown client error (socket reset, timeout) is worth another try
}

function scalar(v: unknown): string | undefined {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint' ? String(v) : undefined;
}
