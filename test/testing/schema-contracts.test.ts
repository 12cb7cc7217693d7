// The kit against real contracts: every payload and header schema of contracts/ and of the
// generator's fixture documents, as the generator's IR hands them over (refs inlined, recursion
// as local $defs refs). Generated data passes the publish and consume validators; every mutation
// is rejected by the publish validator with exactly its keyword at its pointer.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIr } from '../../generator/pipeline.js';
import type { IrMessage } from '../../generator/model/ir.js';
import { arbitraryFromSchema } from '../../runtime/testing/arbitrary.js';
import { mutationsFor } from '../../runtime/testing/mutate.js';
import { errorList, validatorsFor } from './schema-validators.js';

const RUNS = 25;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function messagesIn(dir: string): Promise<{ messages: IrMessage[]; errors: number }> {
  const { ir, diagnostics } = await buildIr({ contractsDir: dir });
  return { messages: ir.documents.flatMap((d) => d.messages), errors: diagnostics.length };
}

const contracts = await messagesIn(path.join(root, 'contracts'));
const fixtureDirs = readdirSync(path.join(root, 'test/fixtures'), { withFileTypes: true }).filter((d) => d.isDirectory());
const fixtures: IrMessage[] = [];
for (const d of fixtureDirs) {
  // Fixtures built to fail generation (ambiguous, invalid) have no IR worth sampling.
  const loaded = await messagesIn(path.join(root, 'test/fixtures', d.name));
  if (loaded.errors === 0) fixtures.push(...loaded.messages);
}

const cases = [...contracts.messages.map((m) => ({ m, set: 'contracts' })), ...fixtures.map((m) => ({ m, set: 'fixtures' }))].flatMap(({ m, set }) => [
  { name: `${set}: ${m.type} v${m.version} payload`, schema: m.payload },
  ...(m.headers === undefined ? [] : [{ name: `${set}: ${m.type} v${m.version} headers`, schema: m.headers }]),
]);

describe('the testing kit on real contracts', () => {
  it('finds the contracts and the fixture documents', () => {
    expect(contracts.errors).toBe(0);
    expect(contracts.messages.length).toBeGreaterThanOrEqual(44);
    expect(fixtures.length).toBeGreaterThan(0);
  });

  for (const { name, schema } of cases) {
    it(name, () => {
      const { publish, consume } = validatorsFor(schema);
      let mutations = 0;
      fc.assert(
        fc.property(arbitraryFromSchema(schema), (value) => {
          expect(publish(value), `publish: ${errorList(publish.errors)}\n${JSON.stringify(value)}`).toBe(true);
          expect(consume(value), `consume: ${errorList(consume.errors)}\n${JSON.stringify(value)}`).toBe(true);
          for (const m of mutationsFor(schema, value, { closed: true })) {
            mutations++;
            const mutated = m.apply(value);
            expect(publish(mutated), `accepted: ${m.description}`).toBe(false);
            for (const e of publish.errors ?? []) {
              expect({ pointer: e.instancePath, keyword: e.keyword }, `${m.description}: ${errorList(publish.errors)}`).toEqual({ pointer: m.pointer, keyword: m.keyword });
            }
          }
        }),
        { numRuns: RUNS },
      );
      expect(mutations).toBeGreaterThan(0);
    });
  }
});
