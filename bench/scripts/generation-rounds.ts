// Child process of the generation benchmark (a fresh heap, away from the other suites):
// for each size, a bare @asyncapi/parser parse and a full in-memory generation
// (generateFiles: parse, model, emit) of the same synthetic contract, alternating within
// each round; then, once at the largest size, the time of each generator stage. Prints one
// JSON line: { sizes: { [n]: { parse: ms[], generate: ms[], files } }, stages: { [stage]: ms } }.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Parser } from '@asyncapi/parser';
import { emit } from '../../generator/emit/emit.js';
import { emitTypes } from '../../generator/emit/types.js';
import { emitValidators } from '../../generator/emit/validators.js';
import { loadContracts } from '../../generator/load/load-contracts.js';
import { buildIr } from '../../generator/model/build-ir.js';
import { generateFiles } from '../../generator/pipeline.js';
import { alternate } from '../lib/stats.js';
import { syntheticContract } from '../synthetic-contract.js';

interface Plan {
  sizes: number[];
  rounds: number;
  /** Fewer rounds for some sizes (--quick runs). */
  roundsBySize?: Record<string, number>;
}

const plan = JSON.parse(process.argv[2] ?? '{}') as Plan;
const parser = new Parser();
const out: Record<string, { parse: number[]; generate: number[]; files: number }> = {};
const stages: Record<string, number> = {};
const dir = await mkdtemp(path.join(tmpdir(), 'herald-bench-gen-'));
try {
  // Warm-up on the smallest size: loads the parser, its rulesets, Modelina and AJV.
  for (const [i, n] of [plan.sizes[0]!, ...plan.sizes].entries()) {
    const sizeDir = path.join(dir, `${n}-${i}`);
    const file = path.join(sizeDir, 'synthetic.asyncapi.yaml');
    const text = syntheticContract(n);
    await rm(sizeDir, { recursive: true, force: true });
    await mkdir(sizeDir, { recursive: true });
    await writeFile(file, text);
    let files = 0;
    const rounds = i === 0 ? 1 : (plan.roundsBySize?.[String(n)] ?? plan.rounds);
    const r = await alternate({ rounds, warmup: 0 }, [
      [
        'parse',
        async () => {
          const t0 = performance.now();
          const result = await parser.parse(text, { source: file });
          const ms = performance.now() - t0;
          if (!result.document) throw new Error(`synthetic contract of ${n} messages does not parse: ${result.diagnostics.map((d) => d.message).join('; ')}`);
          return ms;
        },
      ],
      [
        'generate',
        async () => {
          const t0 = performance.now();
          const g = await generateFiles({ contractsDir: sizeDir });
          const ms = performance.now() - t0;
          if (g.diagnostics.length) throw new Error(`synthetic contract of ${n} messages does not generate: ${g.diagnostics.map((d) => d.message).join('; ')}`);
          files = g.files.size;
          return ms;
        },
      ],
    ]);
    if (i > 0) out[String(n)] = { ...r, files };
  }
  // Where the time goes at the largest size: the stages generateFiles runs, timed one by one.
  const largest = path.join(dir, `${plan.sizes.at(-1)}-${plan.sizes.length}`);
  let t = performance.now();
  const lap = (stage: string) => {
    const now = performance.now();
    stages[stage] = now - t;
    t = now;
  };
  const loaded = await loadContracts(largest);
  lap('load (parse)');
  const { ir } = buildIr(loaded.contracts, loaded.locator);
  lap('model');
  for (const doc of ir.documents) emitValidators(doc);
  lap('emit validators (AJV standalone)');
  for (const doc of ir.documents) await emitTypes(doc);
  lap('emit types (Modelina)');
  const all = performance.now();
  await emit(ir, { contractsLabel: 'contracts' });
  stages['emit, all files (validators and types again, descriptors, wrappers, indexes)'] = performance.now() - all;
} finally {
  await rm(dir, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify({ sizes: out, stages }) + '\n');
