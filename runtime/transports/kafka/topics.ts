// Topic provisioning: create what is missing (idempotently, tolerating a concurrent
// creator), and report drift — an existing topic with fewer partitions than its contract
// asks for — instead of "fixing" it: adding partitions moves keys to other partitions
// and breaks per-key order, so that is an operator's decision.

import type { Admin } from 'kafkajs';
import type { ChannelDescriptor } from '../../core/contract.js';
import { HeraldError } from '../../core/errors.js';
import { brokerErrorType, toHeraldError } from './kafka-errors.js';
import type { ResolvedKafkaOptions } from './options.js';
import { deadLetterTopic } from './topic-names.js';

const LEADER_WAIT_MS = 15_000;

export interface TopicSpec {
  topic: string;
  partitions: number;
  /** Wanted replicas; capped at the number of brokers ("where allowed"). */
  replicas?: number;
  config: Record<string, string>;
  /** Fail when the topic exists with fewer partitions. */
  checkDrift: boolean;
}

export interface TopicDrift {
  topic: string;
  expectedPartitions: number;
  actualPartitions: number;
}

export function channelTopicSpecs(channel: ChannelDescriptor, options: ResolvedKafkaOptions): TopicSpec[] {
  const replicas = channel.kafka?.replicas ?? options.defaultReplicas;
  return [
    {
      topic: channel.topic,
      partitions: channel.kafka?.partitions ?? options.defaultPartitions,
      replicas,
      config: { ...options.topicConfig, ...channel.kafka?.config },
      checkDrift: true,
    },
    deadLetterTopicSpec(channel.topic, options, replicas),
  ];
}

export function deadLetterTopicSpec(topic: string, options: ResolvedKafkaOptions, replicas = options.defaultReplicas): TopicSpec {
  // One partition: dead letters are few and read whole. Compacted: a purge writes tombstones.
  return { topic: deadLetterTopic(topic, options.dlqSuffix), partitions: 1, replicas, config: { 'cleanup.policy': 'compact' }, checkDrift: false };
}

export class TopicProvisioner {
  private readonly known = new Set<string>();
  /** Notes for health(): replicas capped, and the like. */
  readonly notes: string[] = [];

  constructor(
    private readonly admin: () => Promise<Admin>,
    private readonly options: ResolvedKafkaOptions,
  ) {}

  /** Partition count of an existing topic (undefined when it does not exist). */
  async partitions(topic: string): Promise<number | undefined> {
    const admin = await this.admin();
    try {
      const meta = await admin.fetchTopicMetadata({ topics: [topic] });
      return meta.topics[0]?.partitions.length;
    } catch (err) {
      if (brokerErrorType(err) === 'UNKNOWN_TOPIC_OR_PARTITION') return undefined;
      throw toHeraldError(err, `reading metadata of topic ${topic}`);
    }
  }

  async ensure(specs: readonly TopicSpec[]): Promise<void> {
    const todo = dedupe(specs.filter((s) => !this.known.has(s.topic)));
    if (todo.length === 0) return;
    const admin = await this.admin();
    let existing: Set<string>;
    try {
      existing = new Set(await admin.listTopics());
    } catch (err) {
      throw toHeraldError(err, 'listing topics');
    }
    const missing = todo.filter((s) => !existing.has(s.topic));
    if (missing.length) {
      if (!this.options.createTopics) {
        throw new HeraldError('PROVISION_DRIFT', `Kafka topics missing and createTopics is off: ${missing.map((s) => s.topic).join(', ')}. Create them, or enable createTopics.`, {
          details: { missing: missing.map((s) => s.topic) },
        });
      }
      await this.create(admin, missing);
    }
    const drift: TopicDrift[] = [];
    const present = todo.filter((s) => existing.has(s.topic) && s.checkDrift);
    if (present.length) {
      let meta;
      try {
        meta = await admin.fetchTopicMetadata({ topics: present.map((s) => s.topic) });
      } catch (err) {
        throw toHeraldError(err, 'reading topic metadata');
      }
      for (const s of present) {
        const actual = meta.topics.find((t) => t.name === s.topic)?.partitions.length ?? 0;
        if (actual < s.partitions) drift.push({ topic: s.topic, expectedPartitions: s.partitions, actualPartitions: actual });
      }
    }
    for (const s of todo) if (!drift.some((d) => d.topic === s.topic)) this.known.add(s.topic);
    if (drift.length) {
      const lines = drift.map((d) => `  ${d.topic}: has ${d.actualPartitions} partition(s), the contract asks for ${d.expectedPartitions}`);
      throw new HeraldError(
        'PROVISION_DRIFT',
        `Kafka topics differ from their contracts:\n${lines.join('\n')}\nAdding partitions re-maps keys (per-key order breaks for in-flight keys); ` +
          `if that is acceptable run: kafka-topics.sh --alter --topic <topic> --partitions <n>, else lower the contract's partitions.`,
        { details: { drift } },
      );
    }
  }

  private async create(admin: Admin, specs: TopicSpec[]): Promise<void> {
    let brokers: number;
    try {
      brokers = (await admin.describeCluster()).brokers.length;
    } catch (err) {
      throw toHeraldError(err, 'describing the cluster');
    }
    const topics = specs.map((s) => {
      const wanted = s.replicas ?? Math.min(3, brokers);
      const replicationFactor = Math.max(1, Math.min(wanted, brokers));
      if (replicationFactor < wanted) this.notes.push(`${s.topic}: ${wanted} replicas asked, ${replicationFactor} created (${brokers} broker(s))`);
      return {
        topic: s.topic,
        numPartitions: s.partitions,
        replicationFactor,
        configEntries: Object.entries(s.config).map(([name, value]) => ({ name, value })),
      };
    });
    try {
      await admin.createTopics({ topics, waitForLeaders: false });
    } catch (err) {
      // Another process created some of them first: that is the outcome we wanted.
      const errors = (err as { errors?: unknown[] }).errors;
      const onlyExists = Array.isArray(errors) && errors.length > 0 && errors.every((e) => brokerErrorType(e) === 'TOPIC_ALREADY_EXISTS');
      if (!onlyExists && brokerErrorType(err) !== 'TOPIC_ALREADY_EXISTS') throw toHeraldError(err, `creating topics ${specs.map((s) => s.topic).join(', ')}`);
    }
    await this.waitForLeaders(admin, specs.map((s) => s.topic));
  }

  /**
   * kafkajs's own wait gives up when the broker answers UNKNOWN_TOPIC_OR_PARTITION, which a
   * KRaft broker does for a moment after the controller created the topic: poll instead.
   */
  private async waitForLeaders(admin: Admin, names: string[]): Promise<void> {
    const until = Date.now() + LEADER_WAIT_MS;
    let last: unknown;
    while (Date.now() < until) {
      try {
        const meta = await admin.fetchTopicMetadata({ topics: names });
        if (names.every((n) => meta.topics.some((t) => t.name === n && t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0)))) return;
      } catch (err) {
        const type = brokerErrorType(err);
        if (type !== 'UNKNOWN_TOPIC_OR_PARTITION' && type !== 'LEADER_NOT_AVAILABLE') throw toHeraldError(err, `waiting for topics ${names.join(', ')}`);
        last = err;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw toHeraldError(last ?? new Error('no leader elected'), `waiting for leaders of topics ${names.join(', ')} (${LEADER_WAIT_MS} ms)`);
  }
}

function dedupe(specs: TopicSpec[]): TopicSpec[] {
  const seen = new Map<string, TopicSpec>();
  for (const s of specs) if (!seen.has(s.topic)) seen.set(s.topic, s);
  return [...seen.values()];
}
