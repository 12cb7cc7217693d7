// Names of the topics the transport derives from a channel topic: the per-group retry
// topic and the dead-letter topic. Kafka caps names at 249 characters; longer names keep
// a readable prefix and end in a hash, so two long names never collide.

import { createHash } from 'node:crypto';
import { escapeToken } from '../../core/naming.js';

const MAX_TOPIC = 249;

export function boundedTopic(name: string): string {
  if (name.length <= MAX_TOPIC) return name;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 16);
  return `${name.slice(0, MAX_TOPIC - hash.length - 1)}-${hash}`;
}

export function retryTopic(topic: string, group: string, suffix: string): string {
  return boundedTopic(`${topic}${suffix}${escapeToken(group)}`);
}

export function deadLetterTopic(topic: string, suffix: string): string {
  return boundedTopic(`${topic}${suffix}`);
}

/** The Kafka consumer group of one subscription: one per (group, topic), see README. */
export function consumerGroupId(group: string, topic: string): string {
  return `${group}.${topic}`;
}
