import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../../../runtime/transports/kafka/options.js';
import { boundedTopic, consumerGroupId, deadLetterTopic, retryTopic } from '../../../runtime/transports/kafka/topic-names.js';
import { headersToStrings, withoutInternal } from '../../../runtime/transports/kafka/headers.js';
import { isUnavailable, toHeraldError } from '../../../runtime/transports/kafka/kafka-errors.js';

describe('Kafka transport options', () => {
  it('fills the documented defaults', () => {
    const o = resolveOptions({ brokers: ['localhost:9092'] });
    expect(o).toMatchObject({
      clientId: 'herald',
      createTopics: true,
      defaultPartitions: 3,
      dlqSuffix: '.dlq',
      retrySuffix: '.retry.',
      lingerMs: 0,
      compression: 'gzip',
      publishTimeoutMs: 10_000,
      sessionTimeoutMs: 30_000,
      heartbeatIntervalMs: 3000,
      startFrom: 'earliest',
      retry: { retries: 5, initialRetryTimeMs: 100, maxRetryTimeMs: 2000 },
    });
    expect(o.defaultReplicas).toBeUndefined();
  });

  it.each([
    [{ brokers: [] }, 'brokers'],
    [{ brokers: ['no-port'] }, 'brokers'],
    [{ brokers: ['h:1'], lingerMs: -1 }, 'lingerMs'],
    [{ brokers: ['h:1'], defaultPartitions: 0 }, 'defaultPartitions'],
    [{ brokers: ['h:1'], sessionTimeoutMs: 6000, heartbeatIntervalMs: 3000 }, 'heartbeatIntervalMs'],
    [{ brokers: ['h:1'], dlqSuffix: '/dlq' }, 'dlqSuffix'],
    [{ brokers: ['h:1'], compression: 'zstd' as 'gzip' }, 'compression'],
  ])('rejects %j', (options, field) => {
    expect(() => resolveOptions(options)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', message: expect.stringContaining(field) }));
  });
});

describe('derived topic names', () => {
  it('names retry and dead-letter topics after the channel topic and group', () => {
    expect(retryTopic('orders.created', 'billing', '.retry.')).toBe('orders.created.retry.billing');
    expect(retryTopic('orders', 'team/billing svc', '.retry.')).toBe('orders.retry.team_2Fbilling_20svc');
    expect(deadLetterTopic('orders.created', '.dlq')).toBe('orders.created.dlq');
    expect(consumerGroupId('billing', 'orders.created')).toBe('billing.orders.created');
  });

  it('keeps names within 249 characters without collisions', () => {
    const a = boundedTopic('x'.repeat(300) + 'a');
    const b = boundedTopic('x'.repeat(300) + 'b');
    expect(a).toHaveLength(249);
    expect(a).not.toBe(b);
    expect(boundedTopic('short')).toBe('short');
  });
});

describe('record headers', () => {
  it('turns Buffers and repeated keys into strings', () => {
    expect(headersToStrings({ a: Buffer.from('naïve ✓'), b: [Buffer.from('1'), '2'], c: undefined, d: 'plain' })).toEqual({ a: 'naïve ✓', b: '1,2', d: 'plain' });
    expect(headersToStrings(undefined)).toEqual({});
  });

  it('hides the transport’s own retry headers', () => {
    expect(withoutInternal({ ce_id: '1', herald_attempt: '2', herald_due: '3' })).toEqual({ ce_id: '1' });
  });
});

describe('kafkajs error mapping', () => {
  it('connection failures become a retriable TransportUnavailableError', () => {
    const conn = Object.assign(new Error('Connection error: ECONNREFUSED'), { name: 'KafkaJSConnectionError', retriable: true });
    const exhausted = Object.assign(new Error('retries exceeded'), { name: 'KafkaJSNumberOfRetriesExceeded', retriable: false, cause: conn });
    expect(isUnavailable(exhausted)).toBe(true);
    expect(toHeraldError(exhausted, 'publish', 'PUBLISH_FAILED')).toMatchObject({ name: 'TransportUnavailableError', code: 'TRANSPORT_UNAVAILABLE', retriable: true });
  });

  it('a request the broker refuses is a non-retriable error carrying the broker error type', () => {
    const tooLarge = Object.assign(new Error('The request included a message larger than the max message size the server will accept'), {
      name: 'KafkaJSProtocolError',
      type: 'MESSAGE_TOO_LARGE',
      retriable: false,
    });
    expect(toHeraldError(tooLarge, 'publish', 'PUBLISH_FAILED')).toMatchObject({ code: 'PUBLISH_FAILED', retriable: false, details: { brokerError: 'MESSAGE_TOO_LARGE' } });
  });
});
