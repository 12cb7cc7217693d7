// The bus's own publish preparation (validate → envelope → JSON → headers), outside a bus:
// used to measure its stages, and to give raw-client baselines the exact bytes and
// headers the typed path sends.

import { contracts } from '../../generated/index.js';
import { descriptors as vendorDescriptors } from '../../generated/vendor/descriptors.js';
import type { VendorEvents } from '../../generated/vendor/index.js';
import type { HeaderCodec } from '../../runtime/core/codec.js';
import { ContractIndex, defineContracts, type ContractSet, type EventDescriptor } from '../../runtime/core/contract.js';
import type { OutboundMessage, Transport } from '../../runtime/core/transport.js';
import { systemClock } from '../../runtime/core/clock.js';
import { silentLogger } from '../../runtime/bus/logger.js';
import { Metrics } from '../../runtime/bus/metrics.js';
import { PublishEngine } from '../../runtime/bus/publisher.js';
import { DEFAULT_MAX_PAYLOAD_BYTES } from '../../runtime/core/codec.js';

export const index = new ContractIndex(contracts.events);

/** Prefix of every Kafka topic the benchmarks use, so an existing cluster's topics are never touched. */
export const BENCH_TOPIC_PREFIX = 'herald-bench.';

/**
 * The vendor contracts (vendor.created is the benchmark event) with their Kafka topics
 * renamed: KAFKA_BROKERS may point at a cluster where `vendor.created` holds real data.
 * NATS needs no copy: the benchmarks use their own subject and stream prefixes.
 */
export const benchContracts: ContractSet<VendorEvents> = defineContracts<VendorEvents>(
  vendorDescriptors.map((d) => ({ ...d, channel: { ...d.channel, topic: BENCH_TOPIC_PREFIX + d.channel.topic } })),
);

export function descriptor(type: string): EventDescriptor {
  const d = index.latest(type);
  if (!d) throw new Error(`no descriptor for ${type}`);
  return d;
}

/** A PublishEngine wired as createBus wires it; only prepare() is used, so only the codec matters. */
export function publishEngine(codec: HeaderCodec): PublishEngine {
  const transport = { codec } as unknown as Transport;
  return new PublishEngine({
    index,
    transport,
    source: 'bench',
    maxPayloadBytes: DEFAULT_MAX_PAYLOAD_BYTES,
    retry: { attempts: 1, baseMs: 1, maxMs: 1 },
    logger: silentLogger,
    metrics: new Metrics(),
    clock: systemClock,
    ready: async () => undefined,
  });
}

/** The wire messages the typed path would send for these payloads (fresh ids each call). */
export function prepareMessages(engine: PublishEngine, type: string, payloads: readonly unknown[]): OutboundMessage[] {
  return payloads.map((p) => engine.prepare(type, p).message);
}
