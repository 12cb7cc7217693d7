// The consume path for one subscription: decode → route → validate → upcast → de-duplicate
// → handler (with timeout, context and middleware) → ack, or retry, or dead-letter.
// Nothing here throws to the transport: every outcome settles the message.

import { decodeBody } from '../core/codec.js';
import type { ChannelDescriptor, ContractIndex, EventDescriptor, UpcasterTable } from '../core/contract.js';
import { formatTime, fromAttributes, uuidv7, type EventEnvelope, type WireAttributes } from '../core/envelope.js';
import { ContractViolationError, DecodeError, HandlerTimeoutError, HeraldError, UnknownEventError, UpcastError, toError } from '../core/errors.js';
import { extractParameters } from '../core/naming.js';
import type { DeadLetterReason, DeadLetterRecord, InboundMessage, Transport } from '../core/transport.js';
import { check } from '../core/validation.js';
import type { Clock } from '../core/clock.js';
import { handling } from './context.js';
import { idempotencyKey, type IdempotencyStore } from './idempotency.js';
import { redact, type Logger } from './logger.js';
import type { Metrics } from './metrics.js';
import { backoffDelay } from './retry.js';
import type { HandlerContext, RetryPolicy } from './types.js';

export type AnyHandler = (event: EventEnvelope, ctx: HandlerContext) => unknown;

/** Wraps every handler call; call `next` to go on. */
export type HandlerMiddleware = (next: (event: EventEnvelope, ctx: HandlerContext) => Promise<void>) => (event: EventEnvelope, ctx: HandlerContext) => Promise<void>;

export interface ConsumerDeps {
  index: ContractIndex;
  transport: Transport;
  upcasters: UpcasterTable;
  idempotency?: IdempotencyStore;
  logger: Logger;
  metrics: Metrics;
  clock: Clock;
  maxPayloadBytes: number;
  middleware: readonly HandlerMiddleware[];
}

export interface ConsumerConfig {
  group: string;
  channel: ChannelDescriptor;
  handlers: ReadonlyMap<string, AnyHandler>;
  retry: RetryPolicy;
  timeoutMs: number;
}

const STACK_LIMIT = 4000;
const FAILURE_MEMORY = 10_000;

export class Consumer {
  /** First failure time per message, for dead-letter records; bounded, oldest forgotten first. */
  private readonly firstFailure = new Map<string, number>();
  /** Idempotency keys being handled right now: a concurrent duplicate waits its turn instead of racing. */
  private readonly handling = new Set<string>();
  private readonly invoke: (event: EventEnvelope, ctx: HandlerContext) => Promise<void>;

  constructor(
    private readonly deps: ConsumerDeps,
    private readonly config: ConsumerConfig,
  ) {
    const base = async (event: EventEnvelope, ctx: HandlerContext) => {
      await this.config.handlers.get(event.type)!(event, ctx);
    };
    this.invoke = deps.middleware.reduceRight((next, mw) => mw(next), base);
  }

  /** The transport's message handler. Never rejects. */
  readonly handle = async (msg: InboundMessage): Promise<void> => {
    try {
      await this.process(msg);
    } catch (err) {
      // A bug or a broker error while settling: leave the message to the broker's redelivery.
      this.deps.logger.error({ err: toError(err), group: this.config.group, channel: this.config.channel.id }, 'consumer failed to settle a message');
      await msg.retry(this.config.retry.baseMs).catch(() => undefined);
    }
  };

  private async process(msg: InboundMessage): Promise<void> {
    const { deps, config } = this;
    const { group } = config;
    let attrs: WireAttributes | undefined;
    let event: EventEnvelope;
    try {
      attrs = deps.transport.codec.decode(msg.headers);
      const data = decodeBody(msg.body, deps.maxPayloadBytes);
      if (attrs.id === undefined && attrs.type === undefined && attrs.specversion === undefined) attrs = this.headerless(msg, data);
      event = fromAttributes(attrs, data);
    } catch (err) {
      return this.deadLetter(msg, 'decode-failed', err, attrs);
    }
    const labels = { type: event.type, group };
    if (!deps.index.latest(event.type)) return this.deadLetter(msg, 'unknown-event', new UnknownEventError(event.type), attrs);
    if (!config.handlers.has(event.type)) {
      // Another event sharing this channel that this group does not handle.
      deps.metrics.inc('events_ignored_total', labels);
      return msg.ack();
    }
    const descriptor = deps.index.get(event.type, event.dataVersion);
    if (!descriptor) return this.deadLetter(msg, 'unknown-event', new UnknownEventError(event.type, event.dataVersion), attrs);
    const issues = check(descriptor.validate.consume, event.data);
    if (issues.length) return this.deadLetter(msg, 'contract-violation', new ContractViolationError(event.type, event.dataVersion, issues, 'consume'), attrs);
    try {
      event = this.upcast(event, descriptor);
    } catch (err) {
      return this.deadLetter(msg, 'upcast-failed', err, attrs);
    }

    const key = deps.idempotency ? idempotencyKey(group, event.source, event.id) : undefined;
    if (!key) return this.handleOnce(msg, event, descriptor, attrs, key);
    if (this.handling.has(key)) return msg.retry(Math.max(10, config.retry.baseMs));
    this.handling.add(key);
    try {
      if (await deps.idempotency!.has(key)) {
        deps.metrics.inc('events_duplicate_total', labels);
        return await msg.ack();
      }
      await this.handleOnce(msg, event, descriptor, attrs, key);
    } finally {
      this.handling.delete(key);
    }
  }

  private async handleOnce(msg: InboundMessage, event: EventEnvelope, descriptor: EventDescriptor, attrs: WireAttributes | undefined, key: string | undefined): Promise<void> {
    const { deps, config } = this;
    const { group } = config;
    const labels = { type: event.type, group };

    const started = deps.clock.now();
    if (deps.logger.isLevelEnabled?.('debug') ?? true) deps.logger.debug({ id: event.id, type: event.type, group, attempt: msg.attempt, data: redact(event.data, descriptor.sensitive) }, 'handling event');
    try {
      await this.runHandler(event, msg);
    } catch (thrown) {
      const err = toError(thrown);
      deps.metrics.inc('handler_failures_total', labels);
      deps.metrics.observe('handler_duration_seconds', labels, (deps.clock.now() - started) / 1000);
      if (isNonRetryable(err)) return this.deadLetter(msg, 'non-retryable', err, attrs);
      if (msg.attempt > config.retry.retries) return this.deadLetter(msg, 'handler-failed', err, attrs);
      this.noteFailure(msg, attrs);
      const delay = backoffDelay(config.retry, msg.attempt);
      deps.metrics.inc('events_retried_total', labels);
      deps.logger.info({ id: event.id, type: event.type, group, attempt: msg.attempt, delay, err }, 'handler failed, redelivering');
      return msg.retry(delay);
    }
    const now = deps.clock.now();
    deps.metrics.observe('handler_duration_seconds', labels, (now - started) / 1000);
    const sent = Date.parse(event.time);
    if (!Number.isNaN(sent)) deps.metrics.observe('end_to_end_seconds', labels, Math.max(0, now - sent) / 1000);
    if (key) await deps.idempotency!.add(key);
    // Usually nothing failed before: skip building the key.
    if (this.firstFailure.size) this.firstFailure.delete(this.failureKey(msg, attrs));
    deps.metrics.inc('events_consumed_total', labels);
    await msg.ack();
  }

  private async runHandler(event: EventEnvelope, msg: InboundMessage): Promise<void> {
    const { timeoutMs, group, channel } = this.config;
    // The AbortController is made on first use of ctx.signal: most handlers never read it,
    // and making one costs more than the rest of the dispatch.
    let controller: AbortController | undefined;
    let abortedWith: Error | undefined;
    const ctx: HandlerContext = {
      group,
      attempt: msg.attempt,
      get signal(): AbortSignal {
        if (!controller) {
          controller = new AbortController();
          if (abortedWith) controller.abort(abortedWith);
        }
        return controller.signal;
      },
      parameters: extractParameters(channel.subject, msg.destination),
    };
    let timer: unknown;
    const timeout = new Promise<never>((_, reject) => {
      timer = this.deps.clock.setTimeout(() => {
        const err = new HandlerTimeoutError(event.type, timeoutMs);
        abortedWith = err;
        controller?.abort(err);
        reject(err);
      }, timeoutMs);
    });
    try {
      await Promise.race([handling.run({ eventId: event.id, correlationId: event.correlationId, type: event.type }, () => this.invoke(event, ctx)), timeout]);
    } finally {
      this.deps.clock.clearTimeout(timer);
    }
  }

  /**
   * A message without CloudEvents headers (from a producer that is not Herald) is told
   * apart by the contract alone: the channel's payload discriminator, or the channel
   * carrying one event. Never by guessing from the payload's shape.
   */
  private headerless(msg: InboundMessage, data: unknown): WireAttributes {
    const onChannel = this.deps.index.all().filter((d) => d.channel.id === this.config.channel.id);
    const types = [...new Set(onChannel.map((d) => d.type))];
    const matched = [
      ...new Set(
        onChannel
          .filter((d) => d.discriminator && data !== null && typeof data === 'object' && (data as Record<string, unknown>)[d.discriminator.property] === d.discriminator.value)
          .map((d) => d.type),
      ),
    ];
    const type = matched.length === 1 ? matched[0] : types.length === 1 ? types[0] : undefined;
    if (type === undefined) {
      throw new DecodeError(
        `message has no CloudEvents headers and channel "${this.config.channel.id}" carries ${types.join(', ')}: its payload matches ${matched.length ? matched.join(' and ') : 'no discriminator value'} of the contract`,
        { details: { channel: this.config.channel.id, types, matched } },
      );
    }
    const versions = this.deps.index.versions(type);
    if (versions.length > 1) {
      throw new DecodeError(`message has no CloudEvents headers and ${type} has versions ${versions.map((d) => d.version).join(', ')}: send ce-dataversion`, { details: { type } });
    }
    const where = msg.position.sequence !== undefined ? `seq:${msg.position.sequence}` : `${msg.position.partition ?? 0}:${msg.position.offset ?? ''}`;
    // A stable id (the broker position), so redeliveries of the message stay duplicates of each other.
    return {
      id: `${msg.destination}/${where}`,
      type,
      source: `urn:herald:headerless:${msg.destination}`,
      specversion: '1.0',
      time: formatTime(msg.publishedAt ?? this.deps.clock.now()),
      dataversion: String(versions[0]!.version),
    };
  }

  /** Chain upcasters from the event's version to the latest, validating the result. */
  private upcast(event: EventEnvelope, from: EventDescriptor): EventEnvelope {
    const latest = this.deps.index.latest(event.type)!;
    if (from.version === latest.version) return event;
    let data = event.data;
    for (const d of this.deps.index.versions(event.type)) {
      if (d.version < from.version || d.version >= latest.version) continue;
      const fn = this.deps.upcasters[event.type]?.[d.version];
      if (!fn) throw new UpcastError('MISSING_UPCASTER', `no upcaster from ${event.type} v${d.version} to the next version`, { details: { event: event.type, version: d.version } });
      try {
        data = fn(data);
      } catch (cause) {
        throw new UpcastError('UPCAST_FAILED', `upcaster from ${event.type} v${d.version} threw: ${toError(cause).message}`, { cause, details: { event: event.type, version: d.version } });
      }
    }
    const issues = check(latest.validate.consume, data);
    if (issues.length) {
      throw new UpcastError('UPCAST_FAILED', `upcasting ${event.type} v${from.version} → v${latest.version} produced an invalid payload`, {
        cause: new ContractViolationError(event.type, latest.version, issues, 'consume'),
        details: { event: event.type, from: from.version, to: latest.version, issues },
      });
    }
    return { ...event, data, dataVersion: latest.version };
  }

  private failureKey(msg: InboundMessage, attrs: WireAttributes | undefined): string {
    return `${msg.channelId}|${attrs?.id ?? JSON.stringify(msg.position)}`;
  }

  private noteFailure(msg: InboundMessage, attrs: WireAttributes | undefined): number {
    const key = this.failureKey(msg, attrs);
    let first = this.firstFailure.get(key);
    if (first === undefined) {
      first = this.deps.clock.now();
      this.firstFailure.set(key, first);
      if (this.firstFailure.size > FAILURE_MEMORY) this.firstFailure.delete(this.firstFailure.keys().next().value!);
    }
    return first;
  }

  private async deadLetter(msg: InboundMessage, reason: DeadLetterReason, thrown: unknown, attrs: WireAttributes | undefined): Promise<void> {
    const { deps, config } = this;
    const err = toError(thrown);
    const now = deps.clock.now();
    const first = this.noteFailure(msg, attrs);
    const record: DeadLetterRecord = {
      id: uuidv7(now),
      reason,
      group: config.group,
      original: { channelId: msg.channelId, destination: msg.destination, headers: { ...msg.headers }, body: msg.body, position: msg.position },
      attempts: msg.attempt,
      firstFailureAt: formatTime(first),
      lastFailureAt: formatTime(now),
      deadLetteredAt: formatTime(now),
      error: errorInfo(err),
    };
    if (msg.key !== undefined) record.original.key = msg.key;
    if (attrs?.id) record.eventId = attrs.id;
    if (attrs?.type) record.eventType = attrs.type;
    try {
      await deps.transport.deadLetters.put(record);
    } catch (putErr) {
      // The dead-letter store is down too: keep the message with the broker and try again later.
      deps.logger.error({ err: toError(putErr), id: record.eventId, group: config.group }, 'dead-letter write failed, redelivering');
      return msg.retry(Math.max(config.retry.baseMs, 1000));
    }
    this.firstFailure.delete(this.failureKey(msg, attrs));
    deps.metrics.inc('events_dead_lettered_total', { type: attrs?.type ?? 'unknown', group: config.group, reason });
    deps.logger.warn({ id: record.eventId, type: record.eventType, group: config.group, reason, attempts: msg.attempt, err, deadLetter: record.id }, 'event dead-lettered');
    await msg.term(reason);
  }
}

function isNonRetryable(err: Error): boolean {
  // By code too, so an error from another copy of the package is recognised.
  return (err as { code?: unknown }).code === 'NON_RETRYABLE';
}

function errorInfo(err: Error): DeadLetterRecord['error'] {
  const info: DeadLetterRecord['error'] = { name: err.name, message: err.message };
  if (err instanceof HeraldError) {
    info.code = err.code;
    info.details = safeDetails(err.details);
  }
  if (err.stack) info.stack = err.stack.length > STACK_LIMIT ? err.stack.slice(0, STACK_LIMIT) + '…' : err.stack;
  return info;
}

function safeDetails(details: Record<string, unknown>): Record<string, unknown> {
  try {
    return JSON.parse(JSON.stringify(details)) as Record<string, unknown>;
  } catch {
    return {};
  }
}

