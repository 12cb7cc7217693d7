// A consumer group member: pulls from the group's durable consumer and runs the handler.
//
// Pulls are sized to free handler slots (fetch, not consume: consume() refills as messages
// arrive, not as handlers finish, so its buffer is unbounded and buffered messages burn
// their ack_wait). Several pulls may be open at once, but pulled + running never exceeds
// `concurrency`. On a disconnect the open pulls are closed (the server stops delivering to
// an inbox nobody listens on) and pulling resumes after the reconnect; a deleted consumer
// or stream is re-provisioned. Ordered subscriptions run one handler per subject at a time.

import type { Consumer, ConsumerMessages, JsMsg } from '@nats-io/jetstream';
import { JetStreamApiError } from '@nats-io/jetstream';
import type { Subscription as NatsSub } from '@nats-io/transport-node';
import type { InboundMessage, MessageHandler, SubscriptionSpec, TransportSubscription } from '../../core/transport.js';
import type { ConnectionManager, Link } from './connection.js';
import type { MaxDeliveriesAdvisory, NatsDeadLetterStore } from './dead-letters.js';
import { toHeraldError } from './errors.js';
import { fromMsgHdrs } from './headers.js';
import { durableName, withoutPrefix } from './names.js';
import type { ResolvedNatsOptions } from './options.js';
import type { ChannelStream, Provisioner } from './provision.js';

const STREAM_NOT_FOUND = 10059;
const CONSUMER_NOT_FOUND = 10014;
/** Delay of the redelivery when a handler throws instead of settling its message. */
const UNSETTLED_RETRY_MS = 1000;

export interface SubscriptionContext {
  conn: ConnectionManager;
  provisioner: Provisioner;
  deadLetters: NatsDeadLetterStore;
  options: ResolvedNatsOptions;
  /** Reports failures that have no caller to reject (background pulls, advisories). */
  onError(err: unknown): void;
}

interface Bound {
  link: Link;
  target: ChannelStream;
  consumer: Consumer;
  advisories: NatsSub;
}

export class PullSubscription implements TransportSubscription {
  readonly durable: string;
  private bound: Bound | undefined;
  private binding: Promise<Bound> | undefined;
  private stopping = false;
  private aborted = false;
  private closed: Promise<void> | undefined;
  private inflight = 0;
  private reserved = 0;
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly pulls = new Set<ConsumerMessages>();
  private readonly running = new Set<Promise<void>>();
  private readonly lanes = new Map<string, Promise<void>>();
  private readonly unwatch: () => void;
  /** Acks asked for during this turn of the event loop, sent together by flushAcks(). */
  private acks: { m: JsMsg; resolve(): void; reject(err: unknown): void }[] = [];

  constructor(
    private readonly ctx: SubscriptionContext,
    readonly spec: SubscriptionSpec,
    private readonly handler: MessageHandler,
  ) {
    this.durable = durableName(spec.group, spec.channel.id);
    this.unwatch = ctx.conn.onStatus((event) => {
      // A pull left open over a reconnect is re-issued by nats.js on top of the original
      // request, which could deliver twice its size: close pulls, open fresh ones after.
      if (event === 'disconnect') for (const p of this.pulls) p.stop();
      else {
        if (this.retryTimer) clearTimeout(this.retryTimer);
        this.retryTimer = undefined;
        this.failures = 0;
        this.pump();
      }
    });
  }

  /** Provision the consumer (so errors reach the caller of subscribe) and start pulling. */
  async start(): Promise<void> {
    try {
      await this.bind();
    } catch (err) {
      this.unwatch();
      throw err;
    }
    this.pump();
  }

  /** Messages waiting for this group, as the server counts them. */
  async pending(): Promise<{ pending: number; ackPending: number; redelivered: number } | undefined> {
    const b = this.bound;
    if (!b) return undefined;
    const info = await b.link.jsm.consumers.info(b.target.stream, this.durable);
    return { pending: info.num_pending, ackPending: info.num_ack_pending, redelivered: info.num_redelivered };
  }

  close(deadlineMs = 10_000): Promise<void> {
    this.closed ??= this.shutdown(deadlineMs);
    return this.closed;
  }

  /** Drop everything without settling anything, as if the process died (fault tests). */
  abort(): void {
    this.stopping = true;
    this.aborted = true;
    this.closed ??= Promise.resolve();
    this.unwatch();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    for (const p of this.pulls) p.stop();
  }

  private async shutdown(deadlineMs: number): Promise<void> {
    this.stopping = true;
    this.unwatch();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await Promise.allSettled([...this.pulls].map((p) => p.close()));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, deadlineMs)));
    await Promise.race([Promise.allSettled([...this.running]), deadline]);
    clearTimeout(timer);
    const b = this.bound;
    this.bound = undefined;
    if (b && !b.advisories.isClosed()) b.advisories.unsubscribe();
  }

  private bind(): Promise<Bound> {
    // A connection closed for good (not just reconnecting) means binding again on a new one.
    if (this.bound?.link.nc.isClosed()) this.binding = undefined;
    if (!this.binding) {
      this.binding = this.doBind().then(
        (b) => (this.bound = b),
        (err: unknown) => {
          this.binding = undefined;
          throw err;
        },
      );
    }
    return this.binding;
  }

  private async doBind(): Promise<Bound> {
    const previous = this.bound;
    const target = await this.ctx.provisioner.stream(this.spec.channel);
    const info = await this.ctx.provisioner.consumer(this.spec, target);
    const link = await this.ctx.conn.ready('subscribe');
    const consumer = link.js.consumers.getConsumerFromInfo(info);
    let advisories = previous?.advisories;
    if (!advisories || previous!.link !== link || advisories.isClosed()) {
      if (advisories && !advisories.isClosed()) advisories.unsubscribe();
      // A queue group, so one member of the group turns each advisory into one record.
      advisories = link.nc.subscribe(`$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES.${target.stream}.${this.durable}`, {
        queue: `herald-${this.durable}`,
        callback: (err, msg) => {
          if (err) return this.ctx.onError(err);
          let advisory: MaxDeliveriesAdvisory;
          try {
            advisory = msg.json<MaxDeliveriesAdvisory>();
          } catch (e) {
            return this.ctx.onError(e);
          }
          this.ctx.deadLetters.fromMaxDeliveries(this.spec, advisory).catch((e: unknown) => this.ctx.onError(e));
        },
      });
    }
    return { link, target, consumer, advisories };
  }

  /** Open pulls for the free slots: a new one only when at least half the slots are free. */
  private pump(): void {
    if (this.stopping || this.retryTimer) return;
    if (this.ctx.conn.reconnecting) return this.backoff();
    const free = this.spec.concurrency - this.inflight - this.reserved;
    if (free <= 0) return;
    if (this.pulls.size > 0 && free < Math.ceil(this.spec.concurrency / 2)) return;
    this.reserved += free;
    void this.pull(free);
  }

  private async pull(slots: number): Promise<void> {
    let received = 0;
    let failed: unknown;
    let iter: ConsumerMessages | undefined;
    try {
      const b = await this.bind();
      if (this.stopping || this.ctx.conn.reconnecting) return;
      iter = await b.consumer.fetch({ max_messages: slots, expires: this.ctx.options.fetchExpiresMs });
      this.pulls.add(iter);
      for await (const m of iter) {
        received++;
        this.reserved--;
        if (this.stopping) {
          // Pulled during shutdown: hand it straight to another member (a dying process would not).
          if (!this.aborted) m.nak();
          continue;
        }
        this.dispatch(m);
      }
      this.failures = 0;
    } catch (err) {
      failed = err;
    } finally {
      if (iter) this.pulls.delete(iter);
      this.reserved -= slots - received;
    }
    if (failed !== undefined && !this.stopping) this.recover(failed);
    else this.pump();
  }

  /** Back off, and re-provision when the consumer or its stream went away. */
  private recover(err: unknown): void {
    const message = (err as Error)?.message ?? '';
    const code = err instanceof JetStreamApiError ? err.code : undefined;
    if (code === STREAM_NOT_FOUND || /stream not found/i.test(message)) {
      this.ctx.provisioner.forget(this.spec.channel.id);
      this.binding = undefined;
    } else if (code === CONSUMER_NOT_FOUND || /consumer not found|consumer deleted|heartbeats missed/i.test(message)) {
      this.binding = undefined;
    }
    // Disconnects are expected and end in a reconnect, which pumps again; report the rest.
    if (this.ctx.conn.connected && !this.stopping) this.ctx.onError(toHeraldError(err, `pulling ${this.durable}`, this.ctx.conn.isClosing, 'INVALID_OPTION'));
    this.backoff();
  }

  private backoff(): void {
    this.failures++;
    const delay = Math.min(100 * 2 ** Math.min(this.failures, 6), 5000);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.pump();
    }, delay);
  }

  private dispatch(m: JsMsg): void {
    this.inflight++;
    const run = () => this.handle(m);
    let done: Promise<void>;
    if (this.spec.ordered && this.spec.concurrency > 1) {
      // Later messages of the subject wait for earlier ones; keep their ack_wait from expiring.
      const prev = this.lanes.get(m.subject);
      if (prev) {
        const keepAlive = setInterval(() => m.working(), Math.max(500, Math.floor(this.spec.ackWaitMs / 2)));
        done = prev.then(() => {
          clearInterval(keepAlive);
          return run();
        });
      } else done = run();
      this.lanes.set(m.subject, done);
    } else done = run();
    this.running.add(done);
    void done.finally(() => {
      this.running.delete(done);
      if (this.lanes.get(m.subject) === done) this.lanes.delete(m.subject);
      this.inflight--;
      this.pump();
    });
  }

  private async handle(m: JsMsg): Promise<void> {
    const msg = this.inbound(m);
    try {
      await this.handler(msg.message);
    } catch (err) {
      this.ctx.onError(err);
      if (!msg.settled()) await msg.message.retry(UNSETTLED_RETRY_MS);
    }
  }

  /**
   * Confirmed ack, batched: handlers finish at scattered moments, and nats.js writes to the
   * socket once per burst of commands, so acks sent one by one cost a write each. Acks
   * asked for during one turn of the event loop are sent together at its end instead.
   */
  private ackAck(m: JsMsg): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (this.acks.push({ m, resolve, reject }) === 1) setImmediate(() => this.flushAcks());
    });
  }

  private flushAcks(): void {
    const batch = this.acks;
    this.acks = [];
    for (const a of batch) {
      try {
        a.m.ackAck().then(() => a.resolve(), a.reject);
      } catch (err) {
        a.reject(err);
      }
    }
  }

  private inbound(m: JsMsg): { message: InboundMessage; settled(): boolean } {
    const { conn, options } = this.ctx;
    const ackAck = (msg: JsMsg) => this.ackAck(msg);
    let settled = false;
    const settle = () => {
      if (settled) return false;
      settled = true;
      return true;
    };
    const message: InboundMessage = {
      destination: withoutPrefix(options.subjectPrefix, m.subject),
      channelId: this.spec.channel.id,
      headers: fromMsgHdrs(m.headers),
      body: new Uint8Array(m.data), // a plain copy, not a view into the socket buffer
      attempt: m.info.deliveryCount,
      position: { stream: m.info.stream, sequence: m.seq },
      publishedAt: Math.floor(m.info.timestampNanos / 1e6),
      async ack() {
        if (!settle()) return;
        try {
          // Wait for the server to confirm: once ack() resolves, the group will not see it again.
          await ackAck(m);
        } catch (err) {
          throw toHeraldError(err, `ack of ${m.info.stream}#${m.seq}`, conn.isClosing, 'INVALID_OPTION');
        }
      },
      async retry(delayMs) {
        if (!settle()) return;
        // nak() without a delay redelivers at once; a delay below 1 ms means "now".
        m.nak(delayMs >= 1 ? Math.ceil(delayMs) : undefined);
      },
      async term(reason) {
        if (!settle()) return;
        // Servers before 2.11 ignore "+TERM <reason>" altogether (the message is not
        // terminated), so the reason is only sent to servers that understand it.
        m.term(supportsTermReason(conn.serverVersion()) ? reason : undefined);
      },
    };
    return { message, settled: () => settled };
  }
}

export function supportsTermReason(version: string | undefined): boolean {
  const m = /^v?(\d+)\.(\d+)/.exec(version ?? '');
  if (!m) return false;
  const major = Number(m[1]);
  const minor = Number(m[2]);
  return major > 2 || (major === 2 && minor >= 11);
}
