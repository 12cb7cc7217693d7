// NATS failures as Herald's typed errors: what the bus may retry (the server cannot be
// reached) and what it must not (the server refused the request).

import { errors as natsErrors } from '@nats-io/transport-node';
import { JetStreamApiError, JetStreamError } from '@nats-io/jetstream';
import { HeraldError, TransportClosedError, TransportUnavailableError, type ErrorCode } from '../../core/errors.js';

/** A stream or consumer on the server does not match what the contracts ask for. */
export class ProvisionDriftError extends HeraldError {
  constructor(message: string, details: Record<string, unknown>, cause?: unknown) {
    super('PROVISION_DRIFT', message, { details, cause });
    this.name = 'ProvisionDriftError';
  }
}

/** True when the error means "not reachable right now", as opposed to "refused". */
export function isUnavailable(err: unknown): boolean {
  if (err instanceof natsErrors.TimeoutError || err instanceof natsErrors.ConnectionError || err instanceof natsErrors.NoRespondersError) return true;
  if (err instanceof natsErrors.RequestError) return err.isNoResponders() || isUnavailable(err.cause);
  // JetStream answering 503 (no responders) while it starts up, or not enabled (yet).
  if (err instanceof JetStreamError && !(err instanceof JetStreamApiError)) return /jetstream is not enabled|no responders|503|heartbeats missed/i.test(err.message);
  return false;
}

/**
 * Map anything nats.js throws to a HeraldError. `closing` says the transport itself is
 * shutting down (then a closed connection is TransportClosedError, not "unavailable").
 * A refusal by the server (permissions, limits, bad config) keeps `code` and is not retriable.
 */
export function toHeraldError(err: unknown, what: string, closing: boolean, code: ErrorCode = 'PUBLISH_FAILED', details: Record<string, unknown> = {}): HeraldError {
  if (err instanceof HeraldError) return err;
  const message = (err as Error)?.message ?? String(err);
  if (err instanceof natsErrors.ClosedConnectionError || err instanceof natsErrors.DrainingConnectionError) {
    return closing ? new TransportClosedError(`${what}: transport is closed`) : new TransportUnavailableError(`${what}: NATS connection closed`, { cause: err, details });
  }
  if (isUnavailable(err)) return new TransportUnavailableError(`${what}: NATS/JetStream unavailable (${message})`, { cause: err, details });
  const apiCode = err instanceof JetStreamApiError ? err.code : undefined;
  return new HeraldError(code, `${what}: ${message}`, { cause: err, details: { ...details, ...(apiCode === undefined ? {} : { jetstreamCode: apiCode }) } });
}
