// 5. In-memory end to end: createBus + memoryTransport, bus.publish → handler. Throughput
// with 256 publishes in flight, latency (publish call → handler entry) under that load,
// and latency one event at a time.

import { createBus, memoryTransport, silentLogger, type Bus } from 'herald';
import type { VendorEvents } from '../../generated/vendor/index.js';
import type { VendorCreated } from '../../generated/vendor/types.js';
import { EVENT, realisticVendors } from '../lib/payloads.js';
import { benchContracts } from '../lib/prepare.js';
import { alternate, quantile, type Row } from '../lib/stats.js';
import { windowed, within, type Suite } from '../lib/suite.js';

const contracts = benchContracts;
const WINDOW = 256;

interface Run {
  throughput: number;
  p50: number;
  p99: number;
}

/**
 * Publish every payload (their ids must be distinct) with `window` events in flight from
 * the publish call until their handler ran, timing each event over that path.
 */
async function run(payloads: readonly VendorCreated[], window: number): Promise<Run> {
  const bus: Bus<VendorEvents> = createBus({ contracts, transport: memoryTransport(), source: 'bench', logger: silentLogger });
  const sentAt = new Map<string, number>();
  const handled = new Map<string, () => void>();
  const latencies = new Float64Array(payloads.length);
  let received = 0;
  await bus.subscribe(
    EVENT,
    (event) => {
      const now = performance.now();
      const id = event.data.id;
      latencies[received++] = now - sentAt.get(id)!;
      handled.get(id)!();
    },
    { group: 'bench' },
  );
  const start = performance.now();
  await within(
    120_000,
    'in-memory publish and delivery',
    windowed(payloads.length, window, async (i) => {
      const p = payloads[i]!;
      const done = new Promise<void>((resolve) => handled.set(p.id, resolve));
      sentAt.set(p.id, performance.now());
      await bus.publish(EVENT, p);
      await done;
    }),
  );
  const elapsed = performance.now() - start;
  await bus.close();
  return { throughput: (payloads.length / elapsed) * 1000, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99) };
}

export const memorySuite: Suite = {
  name: 'memory',
  title: 'In-memory end to end (createBus + memoryTransport)',
  async run(ctx) {
    const n = ctx.quick ? 5_000 : 20_000;
    const single = ctx.quick ? 500 : 2_000;
    const payloads = realisticVendors(n);
    const { loaded: l, alone: a } = await alternate<'loaded' | 'alone', Run>({ rounds: ctx.rounds, warmup: ctx.warmup }, [
      ['loaded', () => run(payloads, WINDOW)],
      ['alone', () => run(payloads.slice(0, single), 1)],
    ]);
    const section = 'memory';
    const rows: Row[] = [
      { section, name: `throughput, ${WINDOW} events in flight`, unit: 'events/s', values: l.map((x) => x.throughput) },
      { section, name: 'latency p50 under that load', unit: 'ms', values: l.map((x) => x.p50) },
      { section, name: 'latency p99 under that load', unit: 'ms', values: l.map((x) => x.p99) },
      { section, name: 'latency p50, one event at a time', unit: 'ms', values: a.map((x) => x.p50), digits: 3 },
      { section, name: 'latency p99, one event at a time', unit: 'ms', values: a.map((x) => x.p99), digits: 3 },
    ];
    const notes = [
      `Each loaded round publishes ${n.toLocaleString('en-US')} vendor.created events through \`bus.publish\` (validation, envelope, encoding), with ${WINDOW} events in flight (an event leaves the window when its handler has run), to a subscription with the default concurrency (16) that decodes, validates and runs a handler; throughput is events handled per second from the first publish to the last handler call. Latency is from the \`publish\` call to the handler's first line. "One event at a time" publishes ${single.toLocaleString('en-US')} events, each after the previous one was handled: the floor of the path, dominated by the broker's \`setImmediate\` dispatch.`,
      'No target was set for these figures. The memory transport is a test and demo transport: its queue removes delivered entries with `Array.splice` from the front (linear in the backlog), and each delivery arms an ack-wait timer, so very deep backlogs slow it down; the broker transports do not share this.',
    ];
    return { rows, notes };
  },
};
