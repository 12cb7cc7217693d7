// The Kafka transport on kafkajs. The bus gives it encoded headers and body bytes; it
// moves them as records (key = partition key, headers = CloudEvents `ce_*` + content-type),
// provisions topics from the channel bindings, runs consumer groups with manual commits,
// redelivers through per-group retry topics and keeps dead letters on `<topic>.dlq`.

import { Kafka, logLevel, Partitioners, type Admin, type LogEntry, type Producer } from 'kafkajs';
import { kafkaHeaderCodec } from '../../core/codec.js';
import type { ChannelDescriptor } from '../../core/contract.js';
import { TransportClosedError, TransportUnavailableError } from '../../core/errors.js';
import type {
  DeadLetterRecord,
  MessageHandler,
  OutboundMessage,
  SubscriptionSpec,
  Transport,
  TransportFeatures,
  TransportHealth,
  TransportSubscription,
} from '../../core/transport.js';
import { BatchingProducer, type BatchingProducerStats, type ProducerRecord } from './batching-producer.js';
import { KafkaDeadLetterStore } from './dead-letter-store.js';
import { withoutInternal } from './headers.js';
import { toHeraldError } from './kafka-errors.js';
import { resolveOptions, type KafkaTransportOptions, type ResolvedKafkaOptions } from './options.js';
import { KafkaSubscription } from './subscription.js';
import { consumerGroupId, retryTopic } from './topic-names.js';
import { channelTopicSpecs, TopicProvisioner, type TopicSpec } from './topics.js';

const HEALTH_TIMEOUT_MS = 3000;

export interface KafkaTransport extends Transport {
  readonly name: 'kafka';
  /** Produce requests and records sent so far (batching is visible here). */
  publishStats(): BatchingProducerStats;
  /** Drop every subscription at once, committing nothing, as if the process died (for fault tests). */
  abort(): Promise<void>;
}

const FEATURES: TransportFeatures = { consumerGroups: true, persistent: true, ordering: 'partition-key', delayedRedelivery: true };

export function kafkaTransport(options: KafkaTransportOptions): KafkaTransport {
  const o = resolveOptions(options);
  const kafka = new Kafka({
    clientId: o.clientId,
    brokers: o.brokers,
    ssl: o.ssl,
    sasl: o.sasl,
    connectionTimeout: o.connectionTimeoutMs,
    requestTimeout: o.requestTimeoutMs,
    retry: { retries: o.retry.retries, initialRetryTime: o.retry.initialRetryTimeMs, maxRetryTime: o.retry.maxRetryTimeMs },
    logLevel: o.logger ? logLevel.WARN : logLevel.NOTHING,
    logCreator: () => (entry: LogEntry) => forwardLog(o, entry),
  });
  return new KafkaTransportImpl(kafka, o);
}

function forwardLog(o: ResolvedKafkaOptions, { level, log, namespace }: LogEntry): void {
  if (!o.logger) return;
  const { message, ...rest } = log;
  const entry = { ...rest, namespace, client: 'kafkajs' };
  if (level <= logLevel.ERROR) o.logger.error(entry, message);
  else o.logger.warn(entry, message);
}

class KafkaTransportImpl implements KafkaTransport {
  readonly name = 'kafka' as const;
  readonly features = FEATURES;
  readonly codec = kafkaHeaderCodec;
  readonly deadLetters: KafkaDeadLetterStore;
  private readonly topics: TopicProvisioner;
  private readonly subscriptions = new Set<KafkaSubscription>();
  private readonly channels = new Map<string, ChannelDescriptor>();
  private admin: Admin | undefined;
  private producer: Producer | undefined;
  private batcher: BatchingProducer | undefined;
  private connecting: Promise<void> | undefined;
  private closing: Promise<void> | undefined;

  constructor(
    private readonly kafka: Kafka,
    private readonly o: ResolvedKafkaOptions,
  ) {
    this.topics = new TopicProvisioner(() => this.connected(true).then(() => this.admin!), o);
    this.deadLetters = new KafkaDeadLetterStore({
      kafka,
      admin: () => this.connected(true).then(() => this.admin!),
      producer: () => this.connected(true).then(() => this.batcher!),
      topics: this.topics,
      options: o,
    });
  }

  publishStats(): BatchingProducerStats {
    return { ...(this.batcher?.stats ?? { requests: 0, records: 0, pending: 0 }) };
  }

  async connect(): Promise<void> {
    await this.connected();
  }

  /**
   * Connect once; after a failure the next call tries again. Public calls are refused once
   * close() began; the transport's own (retry records, dead letters of in-flight handlers)
   * go on until the producer is flushed.
   */
  private connected(internal = false): Promise<void> {
    if (this.closing && !(internal && this.connecting)) return Promise.reject(new TransportClosedError('Kafka transport is closed'));
    this.connecting ??= (async () => {
      const admin = this.kafka.admin({ retry: { retries: this.o.retry.retries, initialRetryTime: this.o.retry.initialRetryTimeMs, maxRetryTime: this.o.retry.maxRetryTimeMs } });
      // Idempotent: the broker de-duplicates the client's own retries and keeps their order.
      // kafkajs retries an idempotent send until it succeeds; publishTimeoutMs bounds the wait.
      // The default partitioner is the Java client's murmur2: a key lands where Java producers put it.
      const producer = this.kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false, retry: { retries: Number.MAX_SAFE_INTEGER, initialRetryTime: this.o.retry.initialRetryTimeMs, maxRetryTime: this.o.retry.maxRetryTimeMs } });
      try {
        await admin.connect();
        await producer.connect();
      } catch (err) {
        await Promise.allSettled([admin.disconnect(), producer.disconnect()]);
        throw toHeraldError(err, `connecting to ${this.o.brokers.join(',')}`);
      }
      this.admin = admin;
      this.producer = producer;
      this.batcher = new BatchingProducer(producer, this.o);
    })().catch((err: unknown) => {
      this.connecting = undefined;
      throw err instanceof TransportClosedError ? err : toHeraldError(err, 'connecting');
    });
    return this.connecting;
  }

  async provision(channels: readonly ChannelDescriptor[]): Promise<void> {
    await this.connected();
    for (const c of channels) this.channels.set(c.topic, c);
    await this.topics.ensure(channels.flatMap((c) => channelTopicSpecs(c, this.o)));
  }

  async publish(messages: readonly OutboundMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await this.connected();
    await this.ensurePublishTopics(messages.map((m) => m.topic));
    await this.batcher!.send(messages.map((m): ProducerRecord => ({ topic: m.topic, key: m.key, value: m.body, headers: m.headers })));
  }

  /** Topics published to without provision(): created from defaults, or a clear error when creation is off. */
  private async ensurePublishTopics(topics: string[]): Promise<void> {
    const specs: TopicSpec[] = [];
    for (const topic of new Set(topics)) {
      const channel = this.channels.get(topic);
      if (channel) specs.push(...channelTopicSpecs(channel, this.o));
      else specs.push({ topic, partitions: this.o.defaultPartitions, replicas: this.o.defaultReplicas, config: { ...this.o.topicConfig }, checkDrift: false });
    }
    await this.topics.ensure(specs);
  }

  async subscribe(spec: SubscriptionSpec, handler: MessageHandler): Promise<TransportSubscription> {
    await this.connected();
    const topic = spec.channel.topic;
    this.channels.set(topic, spec.channel);
    await this.topics.ensure(channelTopicSpecs(spec.channel, this.o));
    const retry = retryTopic(topic, spec.group, this.o.retrySuffix);
    const partitions = (await this.topics.partitions(topic)) ?? spec.channel.kafka?.partitions ?? this.o.defaultPartitions;
    await this.topics.ensure([{ topic: retry, partitions, replicas: spec.channel.kafka?.replicas ?? this.o.defaultReplicas, config: { ...this.o.topicConfig }, checkDrift: false }]);
    const sub = new KafkaSubscription(
      {
        kafka: this.kafka,
        options: this.o,
        producer: () => this.connected(true).then(() => this.batcher!),
        deadLetters: this.deadLetters,
        groupId: consumerGroupId(spec.group, topic),
        topic,
        retryTopic: retry,
      },
      spec,
      handler,
    );
    await sub.start();
    this.subscriptions.add(sub);
    const close = sub.close.bind(sub);
    return {
      close: async (deadlineMs?: number) => {
        await close(deadlineMs);
        this.subscriptions.delete(sub);
      },
    };
  }

  async replay(record: DeadLetterRecord): Promise<void> {
    await this.connected();
    const o = record.original;
    await this.ensurePublishTopics([o.destination]);
    await this.batcher!.send([{ topic: o.destination, key: o.key, value: o.body, headers: withoutInternal(o.headers) }]);
  }

  async health(): Promise<TransportHealth> {
    const details: Record<string, unknown> = {
      brokers: this.o.brokers,
      clientId: this.o.clientId,
      subscriptions: this.subscriptions.size,
      publish: this.publishStats(),
    };
    if (this.topics.notes.length) details.provisioning = [...this.topics.notes];
    const crashed = [...this.subscriptions].filter((s) => s.lastError).map((s) => ({ group: s.group, channel: s.channelId, error: s.lastError }));
    if (crashed.length) details.consumerErrors = crashed;
    if (this.closing) return { connected: false, details: { ...details, closed: true } };
    try {
      await withTimeout(this.connected(), HEALTH_TIMEOUT_MS);
      const admin = this.admin!;
      const cluster = await withTimeout(admin.describeCluster(), HEALTH_TIMEOUT_MS);
      details.cluster = { clusterId: cluster.clusterId, controller: cluster.controller, brokers: cluster.brokers.map((b) => `${b.host}:${b.port}`) };
      const lag: Record<string, number> = {};
      for (const sub of this.subscriptions) {
        const key = `${sub.group}/${sub.channelId}`;
        lag[key] = (lag[key] ?? 0) + (await withTimeout(this.groupLag(admin, sub), HEALTH_TIMEOUT_MS));
      }
      return { connected: true, details, lag };
    } catch (err) {
      return { connected: false, details: { ...details, error: toHeraldError(err, 'health check').message } };
    }
  }

  /** Records not yet committed by the subscription's group, on its topic and its retry topic. */
  private async groupLag(admin: Admin, sub: KafkaSubscription): Promise<number> {
    const topics = [sub.topic, sub.retryTopic];
    const committed = await admin.fetchOffsets({ groupId: sub.groupId, topics });
    let lag = 0;
    for (const topic of topics) {
      const ends = await admin.fetchTopicOffsets(topic);
      const done = new Map((committed.find((c) => c.topic === topic)?.partitions ?? []).map((p) => [p.partition, Number(p.offset)]));
      for (const p of ends) {
        const at = done.get(p.partition) ?? -1;
        lag += Math.max(0, Number(p.high) - (at >= 0 ? at : Number(p.low)));
      }
    }
    return lag;
  }

  async abort(): Promise<void> {
    await Promise.allSettled([...this.subscriptions].map((s) => s.abort()));
    this.subscriptions.clear();
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.allSettled([...this.subscriptions].map((s) => s.close()));
      this.subscriptions.clear();
      await this.batcher?.close();
      await this.deadLetters.close();
      await Promise.allSettled([this.producer?.disconnect(), this.admin?.disconnect()]);
    })();
    return this.closing;
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    p,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new TransportUnavailableError(`Kafka did not answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
