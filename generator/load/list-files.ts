// Directory listing shared by the loader and the pipeline's fingerprint (kept apart from
// the loader so hashing inputs does not pull in the AsyncAPI parser).

import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Relative paths ('/'-separated) of every file under `dir`, sorted, skipping dot-entries and node_modules. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(rel: string): Promise<void> {
    const entries = await readdir(path.join(dir, rel), { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(child);
      else if (e.isFile()) out.push(child);
    }
  }
  await walk('');
  return out.sort();
}
