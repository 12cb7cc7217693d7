// `npm run bench [-- --only <name>[,<name>…]] [--quick]`: run the benchmarks, print a
// table, and (after a full run) write bench/RESULTS.md. Brokers come from the test harness
// (or NATS_URL / KAFKA_BROKERS) and are stopped by PID at the end, on failure and on SIGINT.

import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Brokers } from './lib/brokers.js';
import { consoleTable, loadAverage, machineInfo, markdown, type SectionResult } from './lib/report.js';
import type { BenchContext, Suite } from './lib/suite.js';
import { coldStartSuite } from './suites/cold-start.js';
import { encodeSuite } from './suites/encode.js';
import { generateSuite } from './suites/generate.js';
import { kafkaSuite } from './suites/kafka.js';
import { memorySuite } from './suites/memory.js';
import { natsSuite } from './suites/nats.js';
import { validateSuite } from './suites/validate.js';

const SUITES: readonly Suite[] = [encodeSuite, validateSuite, memorySuite, natsSuite, kafkaSuite, generateSuite, coldStartSuite];
const RESULTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'RESULTS.md');

const USAGE = `Usage: npm run bench [-- --only <name>[,<name>...]] [--quick]

  --only   run only these suites: ${SUITES.map((s) => s.name).join(', ')}
  --quick  fewer rounds and smaller runs, for development (RESULTS.md is not written)

A full run (no --only, no --quick) writes bench/RESULTS.md.
NATS_URL and KAFKA_BROKERS point the broker suites at existing brokers.`;

interface Args {
  only?: string[];
  quick: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { quick: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--quick') args.quick = true;
    else if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!value) throw new Error('--only needs a suite name');
      args.only = [...(args.only ?? []), ...value.split(',').map((s) => s.trim()).filter(Boolean)];
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument "${arg}"\n\n${USAGE}`);
  }
  for (const name of args.only ?? []) {
    if (!SUITES.some((s) => s.name === name)) throw new Error(`unknown suite "${name}" (suites: ${SUITES.map((s) => s.name).join(', ')})`);
  }
  return args;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const loadStart = loadAverage();
  const brokers = new Brokers();
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping brokers started by this run…`);
    void brokers.stop().finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const selected = SUITES.filter((s) => !args.only || args.only.includes(s.name));
  const ctx: BenchContext = {
    quick: args.quick,
    rounds: args.quick ? 3 : 5,
    warmup: 1,
    brokers,
    log: (line) => console.log(`  ${line}`),
  };
  const sections: SectionResult[] = [];
  let failures = 0;
  try {
    for (const suite of selected) {
      const t0 = performance.now();
      console.log(`\n▶ ${suite.title}`);
      try {
        const result = await suite.run(ctx);
        sections.push({ name: suite.name, title: suite.title, ...result });
        console.log(`  done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      } catch (err) {
        failures++;
        const message = err instanceof Error ? err.message.split('\n')[0]! : String(err);
        console.error(`  ${suite.name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        sections.push({ name: suite.name, title: suite.title, rows: [], notes: [], skipped: `failed: ${message}` });
      }
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await brokers.stop();
  }

  console.log(consoleTable(sections));
  const full = !args.only && !args.quick;
  if (full) {
    const { nats, kafka } = brokers.used;
    const text = markdown(
      {
        date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
        ...machineInfo(),
        natsServer: nats ? `${nats.version} (${nats.origin})` : 'not used',
        kafka: kafka ? `${kafka.version} (${kafka.origin})` : 'not used',
        loadStart,
        loadEnd: loadAverage(),
        rounds: ctx.rounds,
        warmup: ctx.warmup,
        quick: ctx.quick,
        durationS: (performance.now() - started) / 1000,
        command: 'npm run bench',
      },
      sections,
    );
    await writeFile(RESULTS, text);
    console.log(`\nwrote ${path.relative(process.cwd(), RESULTS)}`);
  } else {
    console.log('\n(partial or --quick run: bench/RESULTS.md not written)');
  }
  console.log(`total ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return failures ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  },
);
