// The generator as functions: load → model → emit → write. No printing, no exiting
// (that is cli.ts). `buildIr` is also the compatibility checker's entry point.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { listFiles } from './load/list-files.js';
import type { Ir } from './model/ir.js';
import { readManifest, writeManifest } from './write/manifest.js';
import { applyOutput, compareOutput, listOutput, sha256, type OutputChanges } from './write/write-output.js';

export type { Diagnostic } from './diagnostics.js';
export type { Ir } from './model/ir.js';
export type { OutputChanges } from './write/write-output.js';

/** Parse every contract under `contractsDir` and build the IR, with every problem found. */
export async function buildIr(options: { contractsDir: string }): Promise<{ ir: Ir; diagnostics: Diagnostic[] }> {
  // Loaded on demand: the parser and Modelina take a second to import, which an unchanged rerun skips.
  const { loadContracts } = await import('./load/load-contracts.js');
  const { buildIr: buildIrFromContracts } = await import('./model/build-ir.js');
  const loaded = await loadContracts(options.contractsDir);
  const model = buildIrFromContracts(loaded.contracts, loaded.locator);
  return { ir: model.ir, diagnostics: sortDiagnostics([...loaded.diagnostics, ...model.diagnostics]) };
}

/** Generate every output file in memory (nothing is read from or written to the output dir). */
export async function generateFiles(options: { contractsDir: string }): Promise<{ ir: Ir; files: Map<string, string>; diagnostics: Diagnostic[] }> {
  const { ir, diagnostics } = await buildIr(options);
  if (diagnostics.length) return { ir, files: new Map(), diagnostics };
  const { emit } = await import('./emit/emit.js');
  const emitted = await emit(ir, { contractsLabel: path.basename(path.resolve(options.contractsDir)) });
  return { ir, files: emitted.files, diagnostics: sortDiagnostics(emitted.diagnostics) };
}

export interface GenerateOptions {
  contractsDir: string;
  outDir: string;
  /** Compare only: regenerate in memory and report stale, missing and extra files. */
  check?: boolean;
}

export interface GenerateResult {
  /** `unchanged`: the manifest showed nothing changed since the last run, so nothing was parsed. */
  mode: 'write' | 'check' | 'unchanged';
  diagnostics: Diagnostic[];
  /** Empty when there are diagnostics. */
  changes: OutputChanges;
  /** Number of files the contracts produce. */
  fileCount: number;
  elapsedMs: number;
}

const NO_CHANGES: OutputChanges = { stale: [], missing: [], extra: [], foreign: [], unchanged: [] };

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const elapsed = (): number => Math.round(performance.now() - started);
  const fingerprint = await inputFingerprint(options.contractsDir);
  if (!options.check) {
    const manifest = await readManifest(options.contractsDir, options.outDir);
    if (manifest && manifest.fingerprint === fingerprint && (await outputsMatch(options.outDir, manifest.outputs))) {
      const files = Object.keys(manifest.outputs).sort();
      return { mode: 'unchanged', diagnostics: [], changes: { ...NO_CHANGES, unchanged: files }, fileCount: files.length, elapsedMs: elapsed() };
    }
  }
  const { files, diagnostics } = await generateFiles(options);
  const mode = options.check ? 'check' : 'write';
  if (diagnostics.length) return { mode, diagnostics, changes: NO_CHANGES, fileCount: 0, elapsedMs: elapsed() };
  const changes = await compareOutput(options.outDir, files);
  if (!options.check) {
    await applyOutput(options.outDir, files, changes);
    const outputs = Object.fromEntries([...files.entries()].map(([file, text]) => [file, sha256(text)]));
    await writeManifest(options.contractsDir, options.outDir, { fingerprint, outputs });
  }
  return { mode, diagnostics, changes, fileCount: files.size, elapsedMs: elapsed() };
}

async function outputsMatch(outDir: string, outputs: Record<string, string>): Promise<boolean> {
  const onDisk = await listOutput(outDir);
  if (onDisk.length !== Object.keys(outputs).length) return false;
  for (const file of onDisk) {
    const expected = outputs[file];
    if (expected === undefined) return false;
    if (sha256(await readFile(path.join(outDir, file))) !== expected) return false;
  }
  return true;
}

let generatorHash: Promise<string> | undefined;

/** Everything the output depends on: the generator's own code, its libraries' versions, every contract file. */
async function inputFingerprint(contractsDir: string): Promise<string> {
  generatorHash ??= hashGenerator();
  const parts = [await generatorHash, path.basename(path.resolve(contractsDir))];
  try {
    for (const file of await listFiles(contractsDir)) parts.push(file, sha256(await readFile(path.join(contractsDir, file))));
  } catch {
    parts.push('unreadable');
  }
  return sha256(parts.join('\n'));
}

async function hashGenerator(): Promise<string> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const parts: string[] = [];
  for (const file of await listFiles(here)) {
    if (/\.(ts|js)$/.test(file)) parts.push(file, sha256(await readFile(path.join(here, file))));
  }
  const require = createRequire(import.meta.url);
  for (const pkg of ['@asyncapi/parser', '@asyncapi/modelina', 'ajv', 'ajv-formats', 'yaml']) {
    try {
      parts.push(pkg, (require(`${pkg}/package.json`) as { version: string }).version);
    } catch {
      parts.push(pkg, 'unknown');
    }
  }
  for (const candidate of ['../runtime/core/naming.ts', '../runtime/core/naming.js']) {
    try {
      parts.push(candidate, sha256(await readFile(path.join(here, candidate))));
    } catch {
      // only one of the two exists
    }
  }
  return sha256(parts.join('\n'));
}
