// The content-hash manifest: what the last `generate` read and wrote, so an unchanged
// rerun can stop before parsing anything. Kept in node_modules/.cache/herald (or the
// system temp dir), never in the output dir, so it is not committed.

import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sha256 } from './write-output.js';

export interface Manifest {
  /** Hash of the generator, its dependencies' versions and every contract file. */
  fingerprint: string;
  /** Output file → sha256 of its content. */
  outputs: Record<string, string>;
}

function manifestPath(contractsDir: string, outDir: string): string {
  const cwdCache = path.join(process.cwd(), 'node_modules');
  const base = existsSync(cwdCache) ? path.join(cwdCache, '.cache', 'herald') : path.join(os.tmpdir(), 'herald-cache');
  return path.join(base, `generate-${sha256(`${path.resolve(contractsDir)}\n${path.resolve(outDir)}`).slice(0, 16)}.json`);
}

export async function readManifest(contractsDir: string, outDir: string): Promise<Manifest | undefined> {
  try {
    const data = JSON.parse(await readFile(manifestPath(contractsDir, outDir), 'utf8')) as Manifest;
    return typeof data.fingerprint === 'string' && typeof data.outputs === 'object' ? data : undefined;
  } catch {
    return undefined;
  }
}

export async function writeManifest(contractsDir: string, outDir: string, manifest: Manifest): Promise<void> {
  const file = manifestPath(contractsDir, outDir);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(manifest));
  } catch {
    // A cache that cannot be written only costs speed.
  }
}
