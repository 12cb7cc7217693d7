// The dead-letter store over `<topic>.dlq` topics. Writes go through the shared producer.
// Reads keep an in-process view of every `.dlq` topic in the cluster (so the CLI sees the
// dead letters of every service): a consumer in a private, never-committing group reads
// the topics from the beginning, and each read first catches up to the high watermarks.

import { randomUUID } from 'node:crypto';
import type { Admin, Consumer, EachBatchPayload, Kafka } from 'kafkajs';
import { TransportUnavailableError } from '../../core/errors.js';
import type { DeadLetterFilter, DeadLetterRecord, DeadLetterStore } from '../../core/transport.js';
import type { BatchingProducer } from './batching-producer.js';
import { decodeDeadLetter, encodeDeadLetter } from './dead-letter-codec.js';
import { headersToStrings } from './headers.js';
import { toHeraldError } from './kafka-errors.js';
import type { ResolvedKafkaOptions } from './options.js';
import { deadLetterTopic } from './topic-names.js';
import { deadLetterTopicSpec, type TopicProvisioner } from './topics.js';

const CATCH_UP_TIMEOUT_MS = 15_000;

interface Reader {
  consumer: Consumer;
  topics: string[];
  /** Next offset to read per `topic:partition`. */
  positions: Map<string, number>;
}

interface Entry {
  topic: string;
  record: DeadLetterRecord;
}

export interface DeadLetterDeps {
  kafka: Kafka;
  admin: () => Promise<Admin>;
  producer: () => Promise<BatchingProducer>;
  topics: TopicProvisioner;
  options: ResolvedKafkaOptions;
}

export class KafkaDeadLetterStore implements DeadLetterStore {
  private reader: Reader | undefined;
  private readonly entries = new Map<string, Entry>();
  private syncing: Promise<void> | undefined;
  private closed = false;

  constructor(private readonly deps: DeadLetterDeps) {}

  async put(record: DeadLetterRecord): Promise<void> {
    const topic = deadLetterTopic(record.original.destination, this.deps.options.dlqSuffix);
    await this.deps.topics.ensure([deadLetterTopicSpec(record.original.destination, this.deps.options)]);
    await (await this.deps.producer()).send([encodeDeadLetter(record, topic)]);
    this.entries.set(record.id, { topic, record });
  }

  async list(filter: DeadLetterFilter = {}): Promise<DeadLetterRecord[]> {
    await this.sync();
    return this.select(filter).map((e) => e.record);
  }

  async get(id: string): Promise<DeadLetterRecord | undefined> {
    await this.sync();
    return this.entries.get(id)?.record;
  }

  async purge(filter: DeadLetterFilter & { ids?: string[] } = {}): Promise<number> {
    await this.sync();
    let chosen = this.select({ ...filter, limit: undefined });
    if (filter.ids) chosen = chosen.filter((e) => filter.ids!.includes(e.record.id));
    if (filter.limit !== undefined) chosen = chosen.slice(0, filter.limit);
    if (chosen.length === 0) return 0;
    await (await this.deps.producer()).send(chosen.map((e) => ({ topic: e.topic, key: e.record.id, value: null, headers: {} })));
    for (const e of chosen) this.entries.delete(e.record.id);
    return chosen.length;
  }

  async counts(): Promise<Record<string, number>> {
    await this.sync();
    const out: Record<string, number> = {};
    for (const { record } of this.entries.values()) {
      const k = `${record.group}/${record.reason}`;
      out[k] = (out[k] ?? 0) + 1;
    }
    return out;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.syncing?.catch(() => undefined);
    await this.stopReader();
  }

  /** Matching entries, oldest dead letter first. */
  private select(filter: DeadLetterFilter): Entry[] {
    const out = [...this.entries.values()]
      .filter(({ record: r }) =>
        (filter.type === undefined || r.eventType === filter.type) &&
        (filter.group === undefined || r.group === filter.group) &&
        (filter.reason === undefined || r.reason === filter.reason) &&
        (filter.since === undefined || r.deadLetteredAt >= filter.since) &&
        (filter.until === undefined || r.deadLetteredAt <= filter.until),
      )
      .sort((a, b) => (a.record.deadLetteredAt < b.record.deadLetteredAt ? -1 : a.record.deadLetteredAt > b.record.deadLetteredAt ? 1 : a.record.id < b.record.id ? -1 : 1));
    return filter.limit === undefined ? out : out.slice(0, filter.limit);
  }

  /** One catch-up at a time; concurrent readers share it. */
  private sync(): Promise<void> {
    this.syncing ??= this.catchUp().finally(() => (this.syncing = undefined));
    return this.syncing;
  }

  private async catchUp(): Promise<void> {
    const admin = await this.deps.admin();
    let topics: string[];
    try {
      topics = (await admin.listTopics()).filter((t) => t.endsWith(this.deps.options.dlqSuffix) && !t.startsWith('__')).sort();
    } catch (err) {
      throw toHeraldError(err, 'listing dead-letter topics');
    }
    if (topics.length === 0) {
      await this.stopReader();
      this.entries.clear();
      return;
    }
    if (!this.reader || this.reader.topics.join('\n') !== topics.join('\n')) await this.startReader(topics);
    const reader = this.reader!;
    const targets: { key: string; high: number }[] = [];
    try {
      for (const topic of topics) {
        for (const p of await admin.fetchTopicOffsets(topic)) {
          const high = Number(p.high);
          if (Number(p.low) < high) targets.push({ key: `${topic}:${p.partition}`, high });
        }
      }
    } catch (err) {
      throw toHeraldError(err, 'reading dead-letter offsets');
    }
    const until = Date.now() + CATCH_UP_TIMEOUT_MS;
    while (targets.some((t) => (reader.positions.get(t.key) ?? 0) < t.high)) {
      if (Date.now() > until || this.closed) throw new TransportUnavailableError(`reading dead letters did not catch up within ${CATCH_UP_TIMEOUT_MS} ms`, { details: { topics } });
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  private async startReader(topics: string[]): Promise<void> {
    await this.stopReader();
    this.entries.clear();
    const consumer = this.deps.kafka.consumer({
      groupId: `${this.deps.options.clientId}-dlq-reader-${randomUUID()}`,
      maxWaitTimeInMs: 100,
      sessionTimeout: this.deps.options.sessionTimeoutMs,
      heartbeatInterval: this.deps.options.heartbeatIntervalMs,
      allowAutoTopicCreation: false,
    });
    const reader: Reader = { consumer, topics, positions: new Map() };
    try {
      await consumer.connect();
      await consumer.subscribe({ topics, fromBeginning: true });
      await consumer.run({ autoCommit: false, eachBatch: async (payload) => this.apply(reader, payload) });
    } catch (err) {
      await consumer.disconnect().catch(() => undefined);
      throw toHeraldError(err, 'starting the dead-letter reader');
    }
    this.reader = reader;
  }

  private async stopReader(): Promise<void> {
    const reader = this.reader;
    this.reader = undefined;
    if (reader) await reader.consumer.disconnect().catch(() => undefined);
  }

  private async apply(reader: Reader, { batch }: EachBatchPayload): Promise<void> {
    for (const m of batch.messages) {
      const id = m.key?.toString();
      if (id === undefined) continue;
      if (m.value === null) this.entries.delete(id);
      else {
        const record = decodeDeadLetter(new Uint8Array(m.value), headersToStrings(m.headers));
        if (record) this.entries.set(record.id, { topic: batch.topic, record });
      }
    }
    const key = `${batch.topic}:${batch.partition}`;
    reader.positions.set(key, Math.max(reader.positions.get(key) ?? 0, Number(batch.lastOffset()) + 1));
  }
}
