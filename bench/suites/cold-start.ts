// 7. Cold start: process start to the first acknowledged publish, on the memory transport
// and on NATS (streams already provisioned by an earlier run, as after a deploy), against
// a process that starts Node with the same TypeScript loader and does nothing.

import { dropNatsStreams } from '../lib/brokers.js';
import { TS_NODE, runNode } from '../lib/child.js';
import { alternate, differences, type Row } from '../lib/stats.js';
import type { Suite } from '../lib/suite.js';

const ACKED = /^acked broker (\{.*\})$/m;

export const coldStartSuite: Suite = {
  name: 'cold-start',
  title: 'Cold start (process start → first acknowledged publish)',
  async run(ctx) {
    const endpoint = await ctx.brokers.nats();
    const { url } = endpoint;
    const script = 'bench/scripts/cold-start.ts';
    type Phases = { start: number; load: number; publish: number };
    const phases: Record<'memory' | 'nats', Phases[]> = { memory: [], nats: [] };
    let round = 0;
    const cold = async (kind: 'memory' | 'nats') => {
      const r = await runNode([...TS_NODE, script, kind, ...(kind === 'nats' ? [url] : [])], { until: ACKED });
      // alternate() runs the warm-up round first: its phases are not kept.
      if (round >= ctx.warmup * 3) phases[kind].push(JSON.parse(ACKED.exec(r.stdout)![1]!) as Phases);
      round++;
      return r.ms;
    };
    const r = await alternate({ rounds: ctx.rounds, warmup: ctx.warmup }, [
      ['baseline', async () => (round++, (await runNode([...TS_NODE, 'bench/scripts/noop.ts'])).ms)],
      ['memory', () => cold('memory')],
      ['nats', () => cold('nats')],
    ]).finally(() => dropNatsStreams(endpoint, 'BENCHCOLD_').catch((err: unknown) => ctx.log(`could not delete the benchmark streams: ${String(err)}`)));
    const section = 'cold-start';
    const rows: Row[] = [
      { section, name: 'memory transport', unit: 'ms', values: r.memory },
      { section, name: 'NATS JetStream (streams exist)', unit: 'ms', values: r.nats },
      { section, name: 'process start: node + tsx loader, empty module', unit: 'ms', values: r.baseline },
      { section, name: 'memory, beyond process start', unit: 'ms', values: differences(r.memory, r.baseline) },
      { section, name: 'NATS, beyond process start', unit: 'ms', values: differences(r.nats, r.baseline) },
      { section, name: 'in the process: loading runtime, contracts, memory transport', unit: 'ms', values: phases.memory.map((p) => p.load) },
      { section, name: 'in the process: loading runtime, contracts, NATS transport', unit: 'ms', values: phases.nats.map((p) => p.load) },
      { section, name: 'in the process: bus, publish, ack on memory', unit: 'ms', values: phases.memory.map((p) => p.publish), digits: 1 },
      { section, name: 'in the process: bus, connect, check streams, publish, ack on NATS', unit: 'ms', values: phases.nats.map((p) => p.publish), digits: 1 },
    ];
    const notes = [
      `Each run is a fresh \`node --import tsx\` process (the repository's TypeScript sources, compiled on load by tsx) that imports the runtime and every generated contract, creates a bus and publishes one vendor.created event; the time is taken when it prints that the broker acknowledged it. On NATS the bus connects and checks the stream of every channel of every contract (and the dead-letter stream) before the first publish; the streams exist from the warm-up run, as they would after the first deploy. No target was set for cold start. The "in the process" rows split the time after the process started: loading (and compiling, through tsx) the runtime, the nine generated contract modules and the transport dominates; a build of the package (\`npm run build\`, plain JavaScript) would skip the compiling.`,
    ];
    return { rows, notes };
  },
};
