// Stage 4: compare generated files with the output dir, then write them (or only report,
// for --check). Only files that carry the generated header are ever deleted.

import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const GENERATED_MARK = '// Generated from ';

export interface OutputChanges {
  /** On disk with other content. */
  stale: string[];
  /** Not on disk. */
  missing: string[];
  /** Generated files on disk that the contracts no longer produce. */
  extra: string[];
  /** Files in the output dir that Herald did not generate (never touched). */
  foreign: string[];
  unchanged: string[];
}

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

export async function listOutput(outDir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(rel: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(path.join(outDir, rel), { withFileTypes: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw err;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(child);
      else out.push(child);
    }
  }
  await walk('');
  return out.sort();
}

export async function compareOutput(outDir: string, files: ReadonlyMap<string, string>): Promise<OutputChanges> {
  const changes: OutputChanges = { stale: [], missing: [], extra: [], foreign: [], unchanged: [] };
  const onDisk = await listOutput(outDir);
  for (const [file, text] of files) {
    if (!onDisk.includes(file)) changes.missing.push(file);
    else if ((await readFile(path.join(outDir, file), 'utf8')) === text) changes.unchanged.push(file);
    else changes.stale.push(file);
  }
  for (const file of onDisk) {
    if (files.has(file)) continue;
    const text = await readFile(path.join(outDir, file), 'utf8');
    (text.startsWith(GENERATED_MARK) ? changes.extra : changes.foreign).push(file);
  }
  return changes;
}

/** Write stale and missing files, delete extra generated ones (and folders left empty). */
export async function applyOutput(outDir: string, files: ReadonlyMap<string, string>, changes: OutputChanges): Promise<void> {
  for (const file of [...changes.stale, ...changes.missing]) {
    const target = path.join(outDir, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, files.get(file)!);
  }
  const dirs = new Set<string>();
  for (const file of changes.extra) {
    await rm(path.join(outDir, file));
    for (let dir = path.posix.dirname(file); dir !== '.'; dir = path.posix.dirname(dir)) dirs.add(dir);
  }
  for (const dir of [...dirs].sort((a, b) => b.length - a.length)) {
    try {
      await rmdir(path.join(outDir, dir));
    } catch {
      // not empty: something else lives there
    }
  }
}
