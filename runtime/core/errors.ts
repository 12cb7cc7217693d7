// Typed errors: every Herald error has a stable `code`, a `name`, an optional `cause`
// and structured `details`, so callers branch on codes instead of parsing messages.

export type ErrorCode =
  | 'CONTRACT_VIOLATION'
  | 'UNKNOWN_EVENT'
  | 'UNKNOWN_VERSION'
  | 'DECODE_FAILED'
  | 'PAYLOAD_TOO_LARGE'
  | 'INVALID_OPTION'
  | 'INVALID_PARAMETER'
  | 'PUBLISH_FAILED'
  | 'TRANSPORT_CLOSED'
  | 'TRANSPORT_UNAVAILABLE'
  | 'SUBSCRIPTION_CONFLICT'
  | 'HANDLER_TIMEOUT'
  | 'NON_RETRYABLE'
  | 'UPCAST_FAILED'
  | 'MISSING_UPCASTER'
  | 'OUTBOX_FAILED'
  | 'PROVISION_DRIFT'
  | 'NOT_FOUND';

export interface HeraldErrorOptions {
  cause?: unknown;
  details?: Record<string, unknown>;
}

export class HeraldError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;
  /** True when trying again later may succeed (broker down, timeout). */
  readonly retriable: boolean;

  constructor(code: ErrorCode, message: string, options: HeraldErrorOptions & { retriable?: boolean } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'HeraldError';
    this.code = code;
    this.details = options.details ?? {};
    this.retriable = options.retriable ?? false;
  }
}

/** One failed JSON Schema rule, located by a JSON pointer into the payload. */
export interface ContractIssue {
  /** JSON pointer into the payload, '' for the root. */
  path: string;
  /** The JSON Schema keyword that failed (required, type, format, additionalProperties, ...). */
  keyword: string;
  message: string;
  /** Keyword parameters, e.g. { missingProperty: 'id' }. */
  params?: Record<string, unknown>;
  /** Pointer into the schema that failed. */
  schemaPath?: string;
}

/** A payload does not match its contract; nothing was sent (publish) or the event was dead-lettered (consume). */
export class ContractViolationError extends HeraldError {
  readonly event: string;
  readonly version: number;
  readonly issues: readonly ContractIssue[];

  constructor(event: string, version: number, issues: readonly ContractIssue[], side: 'publish' | 'consume' = 'publish') {
    const list = issues.map((i) => `  ${i.path || '/'} ${i.keyword}: ${i.message}`).join('\n');
    super('CONTRACT_VIOLATION', `${event} v${version} payload violates its contract (${side} side, ${issues.length} issue${issues.length === 1 ? '' : 's'}):\n${list}`, {
      details: { event, version, side, issues },
    });
    this.name = 'ContractViolationError';
    this.event = event;
    this.version = version;
    this.issues = issues;
  }
}

/** The event type (or version) is not in the contracts the bus was built with. */
export class UnknownEventError extends HeraldError {
  constructor(event: string, version?: number, known: readonly string[] = []) {
    const what = version === undefined ? `event type "${event}"` : `version ${version} of "${event}"`;
    const hint = known.length ? ` Known: ${known.slice(0, 10).join(', ')}${known.length > 10 ? ', ...' : ''}.` : '';
    super(version === undefined ? 'UNKNOWN_EVENT' : 'UNKNOWN_VERSION', `Unknown ${what}.${hint}`, { details: { event, version } });
    this.name = 'UnknownEventError';
  }
}

/** A message could not be decoded: bad JSON, empty body, missing or invalid CloudEvents attributes. */
export class DecodeError extends HeraldError {
  constructor(message: string, options: HeraldErrorOptions = {}) {
    super('DECODE_FAILED', message, options);
    this.name = 'DecodeError';
  }
}

export class PayloadTooLargeError extends HeraldError {
  constructor(size: number, max: number, event?: string) {
    super('PAYLOAD_TOO_LARGE', `${event ? `${event}: ` : ''}payload is ${size} bytes, over the maximum of ${max} bytes`, {
      details: { size, max, event },
    });
    this.name = 'PayloadTooLargeError';
  }
}

/** Publishing failed after the configured retries and no outbox took the event. Retry later. */
export class PublishError extends HeraldError {
  constructor(message: string, options: HeraldErrorOptions = {}) {
    super('PUBLISH_FAILED', message, { ...options, retriable: true });
    this.name = 'PublishError';
  }
}

/** Thrown by transports when the broker cannot be reached; the bus retries these. */
export class TransportUnavailableError extends HeraldError {
  constructor(message: string, options: HeraldErrorOptions = {}) {
    super('TRANSPORT_UNAVAILABLE', message, { ...options, retriable: true });
    this.name = 'TransportUnavailableError';
  }
}

export class TransportClosedError extends HeraldError {
  constructor(message = 'transport is closed') {
    super('TRANSPORT_CLOSED', message);
    this.name = 'TransportClosedError';
  }
}

/** Throw from a handler to skip retries and dead-letter the event at once. */
export class NonRetryableError extends HeraldError {
  constructor(message: string, options: HeraldErrorOptions = {}) {
    super('NON_RETRYABLE', message, options);
    this.name = 'NonRetryableError';
  }
}

export class HandlerTimeoutError extends HeraldError {
  constructor(event: string, timeoutMs: number) {
    super('HANDLER_TIMEOUT', `handler for ${event} did not settle within ${timeoutMs} ms`, { details: { event, timeoutMs }, retriable: true });
    this.name = 'HandlerTimeoutError';
  }
}

export class UpcastError extends HeraldError {
  constructor(code: 'UPCAST_FAILED' | 'MISSING_UPCASTER', message: string, options: HeraldErrorOptions = {}) {
    super(code, message, options);
    this.name = 'UpcastError';
  }
}

export class InvalidOptionError extends HeraldError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('INVALID_OPTION', message, { details });
    this.name = 'InvalidOptionError';
  }
}

export class InvalidParameterError extends HeraldError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('INVALID_PARAMETER', message, { details });
    this.name = 'InvalidParameterError';
  }
}

export class SubscriptionConflictError extends HeraldError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('SUBSCRIPTION_CONFLICT', message, { details });
    this.name = 'SubscriptionConflictError';
  }
}

export function isHeraldError(err: unknown): err is HeraldError {
  return err instanceof HeraldError;
}

/** Normalise anything thrown (strings, objects, undefined) into an Error without losing what it was. */
export function toError(thrown: unknown): Error {
  if (thrown instanceof Error) return thrown;
  let text: string;
  try {
    text = typeof thrown === 'string' ? thrown : JSON.stringify(thrown) ?? String(thrown);
  } catch {
    text = String(thrown);
  }
  const err = new Error(`non-Error thrown: ${text}`);
  err.name = 'NonErrorThrown';
  return err;
}
