// Map kafkajs errors onto Herald's typed errors: anything that says "the cluster cannot be
// reached right now" becomes a retriable TransportUnavailableError; the rest keeps its
// broker error type in `details` so callers can tell a bad request from an outage.

import { HeraldError, TransportUnavailableError } from '../../core/errors.js';

const UNAVAILABLE = new Set([
  'KafkaJSConnectionError',
  'KafkaJSConnectionClosedError',
  'KafkaJSRequestTimeoutError',
  'KafkaJSNoBrokerAvailableError',
  'KafkaJSBrokerNotFound',
  'KafkaJSGroupCoordinatorNotFound',
  'KafkaJSMetadataNotLoaded',
  'KafkaJSTopicMetadataNotLoaded',
  'KafkaJSLockTimeout',
  'KafkaJSTimeout',
]);

interface KafkaJsErrorLike {
  name?: string;
  message?: string;
  type?: string;
  retriable?: boolean;
  cause?: unknown;
}

function chain(err: unknown): KafkaJsErrorLike[] {
  const out: KafkaJsErrorLike[] = [];
  let cur: unknown = err;
  while (cur && typeof cur === 'object' && out.length < 10) {
    out.push(cur as KafkaJsErrorLike);
    cur = (cur as KafkaJsErrorLike).cause;
  }
  return out;
}

/** True when the error (or its cause) is a connection-level failure. */
export function isUnavailable(err: unknown): boolean {
  return chain(err).some((e) => (e.name !== undefined && UNAVAILABLE.has(e.name)) || e.name === 'KafkaJSNumberOfRetriesExceeded');
}

/** The broker's error code name (e.g. `UNKNOWN_TOPIC_OR_PARTITION`), when the error carries one. */
export function brokerErrorType(err: unknown): string | undefined {
  return chain(err).find((e) => typeof e.type === 'string')?.type;
}

/** Turn a kafkajs error into a HeraldError; `what` says what was being done. */
export function toHeraldError(err: unknown, what: string, code: 'PUBLISH_FAILED' | 'TRANSPORT_UNAVAILABLE' = 'TRANSPORT_UNAVAILABLE'): HeraldError {
  if (err instanceof HeraldError) return err;
  const root = chain(err);
  const message = root.map((e) => e.message).filter(Boolean).join(': ') || String(err);
  const type = brokerErrorType(err);
  const details = { operation: what, ...(type ? { brokerError: type } : {}) };
  if (isUnavailable(err) || root[0]?.retriable === true) return new TransportUnavailableError(`Kafka ${what} failed: ${message}`, { cause: err, details });
  return new HeraldError(code, `Kafka ${what} failed: ${message}`, { cause: err, details, retriable: false });
}
