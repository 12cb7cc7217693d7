// Shared by the generator tests: generate fixtures in memory (once per test file), write
// output into temp dirs inside the repo (so `herald` resolves), and run tsc on them.

import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { generateFiles } from '../../generator/pipeline.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(ROOT, 'test/fixtures');
/** Fixtures that must generate; `ambiguous` and `invalid` must fail. */
export const VALID_FIXTURES = ['iot', 'request-reply', 'shared-channel', 'shop'] as const;

const cache = new Map<string, ReturnType<typeof generateFiles>>();

export function fixtureOutput(name: string): ReturnType<typeof generateFiles> {
  let result = cache.get(name);
  if (!result) cache.set(name, (result = generateFiles({ contractsDir: path.join(FIXTURES, name) })));
  return result;
}

/** A fresh directory under .cache/ (inside the repo, so the `herald` self-import resolves). */
export async function tempDir(label: string): Promise<string> {
  const dir = path.join(ROOT, '.cache', `tmp-generator-${label}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

export async function writeFiles(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  for (const [file, text] of files) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
}

/** Type-check every .ts file under `dir` with the repo's compiler options; resolves to tsc's output ('' when clean). */
export async function typecheck(dir: string): Promise<{ code: number; output: string }> {
  const config = path.join(dir, 'tsconfig.json');
  await writeFile(config, JSON.stringify({ extends: path.relative(dir, path.join(ROOT, 'tsconfig.json')), compilerOptions: { noEmit: true }, include: ['**/*.ts'], exclude: [] }));
  const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
  try {
    await promisify(execFile)(process.execPath, [tsc, '-p', config], { cwd: ROOT });
    return { code: 0, output: '' };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}
