// One long-lived idempotent producer (acks=all) behind a small batcher. kafkajs has no
// producer batching of its own, so publish calls made in the same tick (or within
// `lingerMs`) are gathered into one `sendBatch`. One request is in flight at a time:
// that keeps the per-partition order of the calls and lets batches grow by themselves
// while the broker is slow. Each call resolves when all of its records are acknowledged.

import { CompressionTypes, type Message, type Producer, type TopicMessages } from 'kafkajs';
import { TransportClosedError, TransportUnavailableError, type HeraldError } from '../../core/errors.js';
import { toHeraldError } from './kafka-errors.js';

export interface ProducerRecord {
  topic: string;
  key?: string;
  /** null = tombstone. */
  value: Uint8Array | null;
  headers: Record<string, string>;
}

interface Pending {
  records: readonly ProducerRecord[];
  bytes: number;
  resolve(): void;
  reject(err: HeraldError): void;
  settled: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

export interface BatchingProducerOptions {
  lingerMs: number;
  maxBatchMessages: number;
  maxBatchBytes: number;
  compression: 'gzip' | 'none';
  publishTimeoutMs: number;
}

export interface BatchingProducerStats {
  /** `sendBatch` requests made so far. */
  requests: number;
  records: number;
  pending: number;
}

export class BatchingProducer {
  private queue: Pending[] = [];
  private flushing = false;
  private scheduled = false;
  private closed = false;
  private idle: (() => void)[] = [];
  readonly stats: BatchingProducerStats = { requests: 0, records: 0, pending: 0 };

  constructor(
    private readonly producer: Producer,
    private readonly options: BatchingProducerOptions,
  ) {}

  /** Queue records; resolves once the broker acknowledged every one of them. */
  send(records: readonly ProducerRecord[]): Promise<void> {
    if (this.closed) return Promise.reject(new TransportClosedError('Kafka transport is closed'));
    if (records.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const p: Pending = { records, bytes: records.reduce((n, r) => n + recordBytes(r), 0), resolve, reject, settled: false };
      // The caller gets an answer in bounded time even while the client keeps retrying.
      p.timer = setTimeout(() => {
        settle(p, new TransportUnavailableError(`Kafka did not acknowledge ${records.length} record(s) within ${this.options.publishTimeoutMs} ms`, {
          details: { topics: [...new Set(records.map((r) => r.topic))] },
        }));
      }, this.options.publishTimeoutMs);
      this.queue.push(p);
      this.stats.pending += records.length;
      this.schedule();
    });
  }

  /** Resolves when nothing is queued or in flight. */
  async flush(): Promise<void> {
    if (!this.flushing && this.queue.length === 0) return;
    await new Promise<void>((r) => this.idle.push(r));
  }

  /** Refuse new sends and wait for the queued ones. */
  async close(): Promise<void> {
    this.closed = true;
    await this.flush();
  }

  private schedule(): void {
    if (this.scheduled || this.flushing) return;
    this.scheduled = true;
    const go = () => {
      this.scheduled = false;
      void this.drain();
    };
    if (this.options.lingerMs > 0) setTimeout(go, this.options.lingerMs);
    else setImmediate(go);
  }

  private async drain(): Promise<void> {
    this.flushing = true;
    while (this.queue.length) {
      const batch = this.take();
      const live = batch.filter((p) => !p.settled);
      if (live.length === 0) continue;
      const error = await this.sendRecords(live.flatMap((p) => p.records));
      if (error && !error.retriable && live.length > 1) {
        // A request the broker refuses (a record too large, a topic not allowed) must not
        // fail the other calls gathered with it: send each call on its own.
        for (const p of live) settle(p, await this.sendRecords(p.records));
      }
      for (const p of batch) {
        this.stats.pending -= p.records.length;
        settle(p, error);
      }
    }
    this.flushing = false;
    for (const r of this.idle.splice(0)) r();
  }

  private async sendRecords(records: readonly ProducerRecord[]): Promise<HeraldError | undefined> {
    try {
      this.stats.requests++;
      await this.producer.sendBatch({
        acks: -1,
        compression: this.options.compression === 'gzip' ? CompressionTypes.GZIP : CompressionTypes.None,
        topicMessages: toTopicMessages(records),
      });
      this.stats.records += records.length;
      return undefined;
    } catch (err) {
      return toHeraldError(err, 'publish', 'PUBLISH_FAILED');
    }
  }

  /** Calls from the head of the queue up to the batch limits (always at least one call). */
  private take(): Pending[] {
    const out: Pending[] = [];
    let count = 0;
    let bytes = 0;
    while (this.queue.length) {
      const next = this.queue[0]!;
      if (out.length && (count + next.records.length > this.options.maxBatchMessages || bytes + next.bytes > this.options.maxBatchBytes)) break;
      out.push(this.queue.shift()!);
      count += next.records.length;
      bytes += next.bytes;
    }
    return out;
  }
}

function settle(p: Pending, error?: HeraldError): void {
  if (p.settled) return;
  p.settled = true;
  clearTimeout(p.timer);
  if (error) p.reject(error);
  else p.resolve();
}

function recordBytes(r: ProducerRecord): number {
  let n = (r.value?.byteLength ?? 0) + (r.key?.length ?? 0) + 24;
  for (const [k, v] of Object.entries(r.headers)) n += k.length + v.length + 4;
  return n;
}

function toTopicMessages(records: readonly ProducerRecord[]): TopicMessages[] {
  const byTopic = new Map<string, Message[]>();
  for (const r of records) {
    let list = byTopic.get(r.topic);
    if (!list) byTopic.set(r.topic, (list = []));
    list.push({
      key: r.key ?? null,
      value: r.value === null ? null : Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength),
      headers: r.headers,
    });
  }
  return [...byTopic].map(([topic, messages]) => ({ topic, messages }));
}
