// Golden files: the exact output for every valid fixture, checked in under golden/.
// Refresh after an intended change with `UPDATE_GOLDEN=1 npx vitest run test/generator/golden.test.ts`.

import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../generator/load/list-files.js';
import { generateFiles } from '../../generator/pipeline.js';
import { FIXTURES, fixtureOutput, VALID_FIXTURES } from './helpers.js';

const GOLDEN = path.join(import.meta.dirname, 'golden');
const update = process.env['UPDATE_GOLDEN'] === '1';

describe.each(VALID_FIXTURES)('golden output of fixture %s', (fixture) => {
  it('matches the checked-in files exactly', async () => {
    const { files, diagnostics } = await fixtureOutput(fixture);
    expect(diagnostics).toEqual([]);
    const dir = path.join(GOLDEN, fixture);
    if (update) {
      await rm(dir, { recursive: true, force: true });
      for (const [file, text] of files) {
        await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
        await writeFile(path.join(dir, file), text);
      }
    }
    expect(await listFiles(dir)).toEqual([...files.keys()].sort());
    for (const [file, text] of files) expect(text, `${fixture}/${file}`).toBe(await readFile(path.join(dir, file), 'utf8'));
  });

  it('is byte-identical when generated again from scratch', async () => {
    const first = await fixtureOutput(fixture);
    const again = await generateFiles({ contractsDir: path.join(FIXTURES, fixture) });
    expect([...again.files.entries()]).toEqual([...first.files.entries()]);
  });

  it('starts every file with the fixed header and contains no timestamps', async () => {
    const { files } = await fixtureOutput(fixture);
    for (const [file, text] of files) {
      expect(text.startsWith(`// Generated from ${fixture}/`), file).toBe(true);
      expect(text.split('\n')[0]!.endsWith('. Do not edit.'), file).toBe(true);
      expect(text, file).not.toMatch(/20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d(?!Z')/);
    }
  });
});
