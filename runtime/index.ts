// The public runtime entry (`herald`). Explicit export list: what is not here is internal.

export {
  HeraldError,
  ContractViolationError,
  UnknownEventError,
  DecodeError,
  PayloadTooLargeError,
  PublishError,
  TransportUnavailableError,
  TransportClosedError,
  NonRetryableError,
  HandlerTimeoutError,
  UpcastError,
  InvalidOptionError,
  InvalidParameterError,
  SubscriptionConflictError,
  isHeraldError,
} from './core/errors.js';
export type { ErrorCode, ContractIssue } from './core/errors.js';

export { defineContracts, PRIORITIES } from './core/contract.js';
export type {
  Priority,
  Validator,
  ValidationErrorObject,
  ChannelDescriptor,
  EventDescriptor,
  EventShape,
  EventMap,
  UpcasterMap,
  ContractSet,
} from './core/contract.js';

export type { EventEnvelope, AggregateRef, WireAttributes } from './core/envelope.js';
export { kafkaHeaderCodec, natsHeaderCodec } from './core/codec.js';
/** String formats for generated validators (ajv-formats' full set, with a fast date-time path). */
export { formats } from './core/formats.js';
export type { HeaderCodec, HeaderStyle } from './core/codec.js';

export type {
  Transport,
  TransportFeatures,
  OutboundMessage,
  InboundMessage,
  MessagePosition,
  SubscriptionSpec,
  MessageHandler,
  TransportSubscription,
  DeadLetterReason,
  DeadLetterRecord,
  DeadLetterFilter,
  DeadLetterStore,
  TransportHealth,
} from './core/transport.js';

export type {
  EventType,
  PayloadOf,
  HeraldEvent,
  PublishOptions,
  PublishReceipt,
  BatchItem,
  Publisher,
  Subscriber,
  HandlerContext,
  Handler,
  HandlerMap,
  RetryPolicy,
  SubscribeOptions,
  Subscription,
} from './bus/types.js';

export { createBus } from './bus/bus.js';
export type { Bus, BusOptions, BusHealth } from './bus/bus.js';
export type { HandlerMiddleware } from './bus/consumer.js';
export { deadLetterAdmin } from './bus/dead-letters.js';
export type { DeadLetters } from './bus/dead-letters.js';
export { memoryIdempotencyStore, idempotencyKey } from './bus/idempotency.js';
export type { IdempotencyStore, MemoryIdempotencyOptions } from './bus/idempotency.js';
export { fileOutbox } from './bus/outbox.js';
export type { Outbox } from './bus/outbox.js';
export { consoleLogger, silentLogger, redact, REDACTED } from './bus/logger.js';
export type { Logger, LogFn, LogLevel } from './bus/logger.js';
export { Metrics } from './bus/metrics.js';
export type { MetricsSnapshot, Labels } from './bus/metrics.js';
export type { PublishRetry } from './bus/publisher.js';
export { DEFAULT_RETRY, backoffDelay } from './bus/retry.js';
export { currentEvent } from './bus/context.js';
export { systemClock } from './core/clock.js';
export type { Clock } from './core/clock.js';

export { memoryTransport, MemoryBroker } from './transports/memory/index.js';
export type { MemoryTransport, MemoryTransportOptions } from './transports/memory/index.js';
