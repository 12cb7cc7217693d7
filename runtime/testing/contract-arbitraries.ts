// Test data straight from the contracts: payload and whole-envelope arbitraries for any
// event of a contract set, derived from the payload schemas the generator embeds.

import type fc from 'fast-check';
import { ContractIndex, type ContractSet, type EventDescriptor, type EventMap, type UpcasterMap } from '../core/contract.js';
import { UnknownEventError, InvalidOptionError } from '../core/errors.js';
import type { EventType, HeraldEvent, PayloadOf } from '../bus/types.js';
import { arbitraryFromSchema, type ArbitraryOptions } from './arbitrary.js';
import { arbitraryEnvelope } from './envelope-arbitrary.js';

export interface ContractArbitraryOptions extends ArbitraryOptions {
  /** A specific contract version (default: the latest). */
  version?: number;
}

function descriptorOf(contracts: ContractSet<never, never> | ContractSet, type: string, version?: number): EventDescriptor {
  const index = new ContractIndex(contracts.events);
  const d = version === undefined ? index.latest(type) : index.get(type, version);
  if (!d) throw new UnknownEventError(type, version, index.types());
  if (d.schema === undefined) throw new InvalidOptionError(`${type} v${d.version} has no embedded schema; regenerate with this version of herald`, { event: type });
  return d;
}

/** Payloads of `type` that its validators accept. */
export function arbitraryFor<M extends EventMap<M>, U extends UpcasterMap<U>, K extends EventType<M>>(
  contracts: ContractSet<M, U>,
  type: K,
  options: ContractArbitraryOptions = {},
): fc.Arbitrary<PayloadOf<M, K>> {
  const d = descriptorOf(contracts as unknown as ContractSet, type, options.version);
  return arbitraryFromSchema(d.schema as Parameters<typeof arbitraryFromSchema>[0], options) as fc.Arbitrary<PayloadOf<M, K>>;
}

/** Whole envelopes of `type`: every CloudEvents attribute Herald sets, with a valid payload. */
export function arbitraryEventFor<M extends EventMap<M>, U extends UpcasterMap<U>, K extends EventType<M>>(
  contracts: ContractSet<M, U>,
  type: K,
  options: ContractArbitraryOptions = {},
): fc.Arbitrary<HeraldEvent<M, K>> {
  const d = descriptorOf(contracts as unknown as ContractSet, type, options.version);
  return arbitraryEnvelope({ type, version: d.version, data: arbitraryFor(contracts, type, options) }).map(
    (e) => ({ ...e, dataSchema: d.dataSchema }) as HeraldEvent<M, K>,
  );
}
