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
