// One subscription: a kafkajs consumer in group `<group>.<topic>` reading the channel topic
// and the group's retry topic. kafkajs fetches one broker's partitions in rounds and waits
// for every batch of a round before fetching again, so a slow handler inside `eachBatch`
// would stall every partition. Instead `eachBatch` only queues the records (and never
// throws); handlers run here, up to `concurrency` at a time, one per key when ordered.
// Offsets are committed (autoCommit off) up to the highest contiguous finished record.
// A partition with too much queued is paused; a retry partition whose head is not due
// yet is paused until it is.

import type { Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import { kafkaHeaderCodec } from '../../core/codec.js';
import { formatTime, uuidv7 } from '../../core/envelope.js';
import type { DeadLetterRecord, DeadLetterStore, InboundMessage, MessageHandler, SubscriptionSpec, TransportSubscription } from '../../core/transport.js';
import type { BatchingProducer } from './batching-producer.js';
import { H_ATTEMPT, H_DUE, H_ORIGIN_OFFSET, H_ORIGIN_PARTITION, H_ORIGIN_TIMESTAMP, headersToStrings, withoutInternal } from './headers.js';
import { brokerErrorType, toHeraldError } from './kafka-errors.js';
import { OffsetTracker } from './offset-tracker.js';
import type { ResolvedKafkaOptions } from './options.js';
import { WorkQueue } from './work-queue.js';

/** Redelivery delay when a handler returns without settling its message. */
const UNSETTLED_RETRY_MS = 1000;
const JOIN_WAIT_MS = 30_000;

interface Work {
  offset: number;
  key?: string;
  headers: Record<string, string>;
  body: Uint8Array;
  attempt: number;
  partition: number;
  originOffset: string;
  publishedAt?: number;
}

interface PartitionState {
  topic: string;
  partition: number;
  retry: boolean;
  tracker: OffsetTracker;
  queue: WorkQueue<Work>;
  retired: boolean;
  /** Paused because too much is queued. */
  full: boolean;
  /** Paused until the head of a retry partition is due. */
  holdTimer?: ReturnType<typeof setTimeout>;
}

export interface SubscriptionDeps {
  kafka: Kafka;
  options: ResolvedKafkaOptions;
  producer: () => Promise<BatchingProducer>;
  deadLetters: DeadLetterStore;
  groupId: string;
  topic: string;
  retryTopic: string;
}

export class KafkaSubscription implements TransportSubscription {
  private readonly consumer: Consumer;
  private readonly states = new Map<string, PartitionState>();
  private rr = 0;
  private inFlight = 0;
  private readonly running = new Set<Promise<void>>();
  private closing: Promise<void> | undefined;
  private stopped = false;
  private commitState: 'idle' | 'scheduled' | 'running' = 'idle';
  private commitAgain = false;
  private commitRetryTimer: ReturnType<typeof setTimeout> | undefined;
  private restartTimer: ReturnType<typeof setTimeout> | undefined;
  private restarts = 0;
  private joined: (() => void) | undefined;
  private aborted = false;
  private readonly localTimers = new Set<ReturnType<typeof setTimeout>>();
  /** Last crash of the client, cleared when the group is joined again; for health(). */
  lastError: string | undefined;

  constructor(
    private readonly deps: SubscriptionDeps,
    private readonly spec: SubscriptionSpec,
    private readonly handler: MessageHandler,
  ) {
    const o = deps.options;
    this.consumer = deps.kafka.consumer({
      groupId: deps.groupId,
      sessionTimeout: o.sessionTimeoutMs,
      heartbeatInterval: o.heartbeatIntervalMs,
      rebalanceTimeout: o.rebalanceTimeoutMs,
      maxWaitTimeInMs: o.maxWaitTimeMs,
      allowAutoTopicCreation: false,
      retry: { retries: o.retry.retries, initialRetryTime: o.retry.initialRetryTimeMs, maxRetryTime: o.retry.maxRetryTimeMs, restartOnFailure: async () => true },
    });
    this.consumer.on(this.consumer.events.GROUP_JOIN, ({ payload }) => this.onAssignment(payload.memberAssignment));
    this.consumer.on(this.consumer.events.CRASH, ({ payload }) => this.onCrash(payload.error, payload.restart));
  }

  get groupId(): string {
    return this.deps.groupId;
  }

  get topic(): string {
    return this.deps.topic;
  }

  get retryTopic(): string {
    return this.deps.retryTopic;
  }

  get group(): string {
    return this.spec.group;
  }

  get channelId(): string {
    return this.spec.channel.id;
  }

  /** Connect, join the group, and resolve once partitions are assigned (or after 30 s). */
  async start(): Promise<void> {
    const joined = new Promise<void>((r) => (this.joined = r));
    try {
      await this.consumer.connect();
      await this.consumer.subscribe({ topics: [this.deps.topic, this.deps.retryTopic], fromBeginning: this.deps.options.startFrom === 'earliest' });
      await this.run();
    } catch (err) {
      this.stopped = true;
      await this.consumer.disconnect().catch(() => undefined);
      throw toHeraldError(err, `subscribing ${this.deps.groupId} to ${this.deps.topic}`);
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([joined, new Promise<void>((r) => (timer = setTimeout(r, JOIN_WAIT_MS)))]);
    clearTimeout(timer);
  }

  close(deadlineMs = 10_000): Promise<void> {
    this.closing ??= this.shutdown(deadlineMs);
    return this.closing;
  }

  /** Leave at once as a dead process would: nothing more is settled or committed. */
  abort(): Promise<void> {
    this.aborted = true;
    this.stopped = true;
    this.closing ??= (async () => {
      this.clearTimers();
      await this.consumer.disconnect().catch(() => undefined);
    })();
    return this.closing;
  }

  private run(): Promise<void> {
    return this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: async (payload) => {
        try {
          this.onBatch(payload);
        } catch (err) {
          // Never throw into kafkajs (it would re-read the batch forever); unresolved records are fetched again.
          this.deps.options.logger?.error({ err, topic: payload.batch.topic, partition: payload.batch.partition }, 'herald: queuing a Kafka batch failed');
        }
      },
    });
  }

  private key(topic: string, partition: number): string {
    return `${topic}:${partition}`;
  }

  private stateFor(topic: string, partition: number): PartitionState {
    const k = this.key(topic, partition);
    let s = this.states.get(k);
    if (!s) {
      s = { topic, partition, retry: topic === this.deps.retryTopic, tracker: new OffsetTracker(), queue: new WorkQueue(this.spec.ordered), retired: false, full: false };
      this.states.set(k, s);
    }
    return s;
  }

  private onBatch({ batch, resolveOffset }: EachBatchPayload): void {
    if (this.closing) return;
    const state = this.stateFor(batch.topic, batch.partition);
    const now = Date.now();
    for (const m of batch.messages) {
      if (state.retry) {
        const due = Number(m.headers?.[H_DUE]?.toString() ?? 0);
        if (due > now) {
          // Not due: leave it unresolved (it is fetched again) and pause until it is.
          this.hold(state, due - now);
          break;
        }
      }
      resolveOffset(m.offset);
      const offset = Number(m.offset);
      if (!state.tracker.add(offset)) continue;
      const work = this.toWork(state, m, offset);
      state.queue.push(work, work.key ?? '');
    }
    if (!state.full && state.queue.size >= this.deps.options.maxBufferedPerPartition) {
      state.full = true;
      this.syncPause(state);
    }
    this.pump();
  }

  private toWork(state: PartitionState, m: KafkaMessage, offset: number): Work {
    const headers = headersToStrings(m.headers);
    const key = m.key === null || m.key === undefined ? undefined : m.key.toString();
    const body = m.value ? new Uint8Array(m.value.buffer, m.value.byteOffset, m.value.byteLength) : new Uint8Array(0);
    if (!state.retry) {
      return { offset, key, headers, body, attempt: 1, partition: state.partition, originOffset: m.offset, publishedAt: Number(m.timestamp) };
    }
    const attempt = Number(headers[H_ATTEMPT]);
    const originPartition = Number(headers[H_ORIGIN_PARTITION]);
    const publishedAt = Number(headers[H_ORIGIN_TIMESTAMP]);
    return {
      offset,
      key,
      headers: withoutInternal(headers),
      body,
      attempt: Number.isInteger(attempt) && attempt > 1 ? attempt : 2,
      partition: Number.isInteger(originPartition) ? originPartition : state.partition,
      originOffset: headers[H_ORIGIN_OFFSET] ?? m.offset,
      publishedAt: Number.isFinite(publishedAt) && publishedAt > 0 ? publishedAt : Number(m.timestamp),
    };
  }

  private hold(state: PartitionState, ms: number): void {
    if (state.holdTimer) return;
    state.holdTimer = setTimeout(() => {
      state.holdTimer = undefined;
      this.syncPause(state);
    }, ms);
    this.syncPause(state);
  }

  /** Make kafkajs's pause state match ours for one partition. */
  private syncPause(state: PartitionState): void {
    const tp = [{ topic: state.topic, partitions: [state.partition] }];
    try {
      if (this.closing || state.full || state.holdTimer) this.consumer.pause(tp);
      else this.consumer.resume(tp);
    } catch {
      // The consumer is restarting; the next assignment re-syncs.
    }
  }

  private onAssignment(assignment: Record<string, number[]>): void {
    this.lastError = undefined;
    this.restarts = 0;
    const wanted = new Set<string>();
    for (const [topic, partitions] of Object.entries(assignment)) for (const p of partitions) wanted.add(this.key(topic, p));
    for (const [k, s] of this.states) {
      if (wanted.has(k)) continue;
      // Revoked: drop what has not started; what runs finishes but commits nothing.
      s.retired = true;
      s.queue.clear();
      clearTimeout(s.holdTimer);
      this.states.delete(k);
    }
    for (const k of wanted) {
      const [topic, partition] = splitKey(k);
      const s = this.stateFor(topic, partition);
      // A kept retry partition refetches from its committed offset: its hold is re-decided.
      clearTimeout(s.holdTimer);
      s.holdTimer = undefined;
      this.syncPause(s);
    }
    this.joined?.();
    this.joined = undefined;
  }

  private onCrash(error: Error, restart: boolean): void {
    this.lastError = `${error.name}: ${error.message}`;
    if (restart || this.closing) return;
    // kafkajs gives up on errors it thinks are permanent; a subscription never does.
    const delay = Math.min(30_000, 500 * 2 ** Math.min(this.restarts++, 6));
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      if (this.closing) return;
      this.consumer
        .connect()
        .then(() => this.run())
        .catch((err: Error) => this.onCrash(err, false));
    }, delay);
  }

  private pump(): void {
    const limit = Math.max(1, this.spec.concurrency);
    while (!this.closing && this.inFlight < limit) {
      const next = this.next();
      if (!next) return;
      this.dispatch(next.state, next.work, next.lane);
    }
  }

  /** The next startable work, round-robin over partitions. */
  private next(): { state: PartitionState; work: Work; lane: string } | undefined {
    const states = [...this.states.values()];
    for (let i = 0; i < states.length; i++) {
      const state = states[(this.rr + i) % states.length]!;
      const taken = state.queue.take();
      if (taken) {
        this.rr = (this.rr + i + 1) % states.length;
        return { state, work: taken.item, lane: taken.lane };
      }
    }
    return undefined;
  }

  private dispatch(state: PartitionState, work: Work, lane: string): void {
    this.inFlight++;
    let settled = false;
    const finish = () => {
      if (state.retired) return;
      state.tracker.finish(work.offset);
      this.scheduleCommit();
    };
    const once = (fn: () => Promise<void>) => async () => {
      if (settled || this.aborted) return;
      settled = true;
      await fn();
    };
    const msg: InboundMessage = {
      destination: this.deps.topic,
      channelId: this.spec.channel.id,
      headers: work.headers,
      body: work.body,
      key: work.key,
      attempt: work.attempt,
      position: { partition: work.partition, offset: work.originOffset },
      publishedAt: work.publishedAt,
      ack: once(async () => finish()),
      term: async (_reason: string) => once(async () => finish())(),
      retry: async (delayMs: number) => once(() => this.redeliver(state, work, lane, delayMs, finish))(),
    };
    const task = (async () => {
      try {
        await this.handler(msg);
      } catch {
        // The bus never throws here; if a handler does, it is redelivered like a failure.
      }
      if (!settled) await msg.retry(UNSETTLED_RETRY_MS);
    })().finally(() => {
      this.inFlight--;
      this.running.delete(task);
      state.queue.release(lane);
      if (state.full && state.queue.size <= this.deps.options.maxBufferedPerPartition / 2) {
        state.full = false;
        this.syncPause(state);
      }
      this.pump();
    });
    this.running.add(task);
  }

  /** retry(delay): a record on the retry topic, due at now + delay, with attempt + 1. */
  private async redeliver(state: PartitionState, work: Work, lane: string, delayMs: number, finish: () => void): Promise<void> {
    const attempt = work.attempt + 1;
    const delay = Math.max(0, Math.floor(Number.isFinite(delayMs) ? delayMs : 0));
    try {
      if (attempt > this.spec.maxDeliver) {
        await this.deps.deadLetters.put(this.maxDeliveries(work));
      } else {
        const headers: Record<string, string> = {
          ...work.headers,
          [H_ATTEMPT]: String(attempt),
          [H_DUE]: String(Date.now() + delay),
          [H_ORIGIN_PARTITION]: String(work.partition),
          [H_ORIGIN_OFFSET]: work.originOffset,
        };
        if (work.publishedAt !== undefined && Number.isFinite(work.publishedAt)) headers[H_ORIGIN_TIMESTAMP] = String(work.publishedAt);
        await (await this.deps.producer()).send([{ topic: this.deps.retryTopic, key: work.key, value: work.body, headers }]);
      }
      finish();
    } catch (err) {
      // The broker is unreachable: keep the (uncommitted) record here and hand it out again
      // after the delay. A crash meanwhile redelivers it from the committed offset.
      this.deps.options.logger?.warn({ err, topic: this.deps.topic, group: this.spec.group }, 'herald: retry record not written, redelivering locally');
      const timer = setTimeout(() => {
        this.localTimers.delete(timer);
        if (state.retired || this.closing) return;
        state.queue.push({ ...work, attempt }, lane);
        this.pump();
      }, delay);
      this.localTimers.add(timer);
    }
  }

  private maxDeliveries(work: Work): DeadLetterRecord {
    const now = Date.now();
    let attrs: Record<string, string> = {};
    try {
      attrs = kafkaHeaderCodec.decode(work.headers);
    } catch {
      // Undecodable headers: the record is still dead-lettered, without event id and type.
    }
    const record: DeadLetterRecord = {
      id: uuidv7(now),
      reason: 'max-deliveries',
      group: this.spec.group,
      original: { channelId: this.spec.channel.id, destination: this.deps.topic, headers: { ...work.headers }, body: work.body, position: { partition: work.partition, offset: work.originOffset } },
      attempts: work.attempt,
      firstFailureAt: formatTime(work.publishedAt ?? now),
      lastFailureAt: formatTime(now),
      deadLetteredAt: formatTime(now),
      error: { name: 'MaxDeliveriesExceeded', message: `delivered ${work.attempt} times, the subscription allows ${this.spec.maxDeliver}` },
    };
    if (work.key !== undefined) record.original.key = work.key;
    if (attrs.id) record.eventId = attrs.id;
    if (attrs.type) record.eventType = attrs.type;
    return record;
  }

  private scheduleCommit(): void {
    if (this.stopped) return;
    if (this.commitState === 'running') {
      this.commitAgain = true;
      return;
    }
    if (this.commitState === 'scheduled') return;
    this.commitState = 'scheduled';
    setImmediate(() => void this.commit());
  }

  private async commit(): Promise<void> {
    this.commitState = 'running';
    this.commitAgain = false;
    const offsets: { topic: string; partition: number; offset: string }[] = [];
    const marks: [OffsetTracker, number][] = [];
    for (const s of this.states.values()) {
      const at = s.tracker.toCommit();
      if (at === undefined || s.retired) continue;
      offsets.push({ topic: s.topic, partition: s.partition, offset: String(at) });
      marks.push([s.tracker, at]);
    }
    let failed = false;
    if (offsets.length && !this.stopped) {
      try {
        await this.consumer.commitOffsets(offsets);
        for (const [t, at] of marks) t.markCommitted(at);
      } catch (err) {
        // A rebalance re-assigns and refetches (duplicates, never losses); an outage is retried.
        const type = brokerErrorType(err);
        failed = type !== 'REBALANCE_IN_PROGRESS' && type !== 'ILLEGAL_GENERATION' && type !== 'UNKNOWN_MEMBER_ID';
      }
    }
    this.commitState = 'idle';
    if (this.commitAgain) this.scheduleCommit();
    else if (failed && !this.commitRetryTimer && !this.stopped) {
      this.commitRetryTimer = setTimeout(() => {
        this.commitRetryTimer = undefined;
        this.scheduleCommit();
      }, 1000);
    }
  }

  private clearTimers(): void {
    clearTimeout(this.restartTimer);
    clearTimeout(this.commitRetryTimer);
    for (const t of this.localTimers) clearTimeout(t);
    this.localTimers.clear();
    for (const s of this.states.values()) {
      clearTimeout(s.holdTimer);
      s.queue.clear();
    }
  }

  private async shutdown(deadlineMs: number): Promise<void> {
    this.clearTimers();
    try {
      this.consumer.pause([{ topic: this.deps.topic }, { topic: this.deps.retryTopic }]);
    } catch {
      // Not running (crashed or never joined): nothing to pause.
    }
    if (this.running.size) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([Promise.allSettled([...this.running]), new Promise((r) => (timer = setTimeout(r, deadlineMs)))]);
      clearTimeout(timer);
    }
    while (this.commitState !== 'idle') await new Promise((r) => setTimeout(r, 5));
    clearTimeout(this.commitRetryTimer);
    await this.commit();
    this.stopped = true;
    await this.consumer.disconnect().catch(() => undefined);
  }
}

function splitKey(k: string): [string, number] {
  const i = k.lastIndexOf(':');
  return [k.slice(0, i), Number(k.slice(i + 1))];
}
