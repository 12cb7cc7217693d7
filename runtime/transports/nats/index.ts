// `herald/nats`: the NATS JetStream transport. The only module in Herald that imports the
// NATS client. Explicit export list: what is not here is internal.

export { natsTransport } from './transport.js';
export type { NatsTransportOptions, NatsTlsOptions, NatsStreamOptions, NatsDeadLetterOptions, NatsReconnectOptions, NatsLogger } from './options.js';
export { natsIdempotencyStore } from './idempotency.js';
export type { NatsIdempotencyOptions, NatsIdempotencyStore } from './idempotency.js';
export { ProvisionDriftError } from './errors.js';
export { DEAD_LETTER_HEADER } from './dead-letters.js';
