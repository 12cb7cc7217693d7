import fc from 'fast-check';
import type { ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { arbitraryFromSchema } from '../../runtime/testing/arbitrary.js';
import { mutationsFor, type Mutation } from '../../runtime/testing/mutate.js';
import { UnsupportedSchemaError } from '../../runtime/testing/schema-error.js';
import type { JsonSchema } from '../../runtime/testing/schema-walk.js';
import { SCHEMA_CASES, kitchenSink } from './schema-cases.js';
import { errorList, validatorsFor } from './schema-validators.js';

const RUNS = 50;

/** The mutated value fails, and every error is the mutation's own keyword at its pointer. */
function expectRejected(validate: ValidateFunction, value: unknown, m: Mutation): void {
  const mutated = m.apply(value);
  const context = `${m.description}\n${JSON.stringify(mutated)}`;
  expect(validate(mutated), `accepted: ${context}`).toBe(false);
  const seen = (validate.errors ?? []).map((e) => ({ pointer: e.instancePath, keyword: e.keyword }));
  expect(seen.length, context).toBeGreaterThan(0);
  for (const s of seen) expect(s, `${errorList(validate.errors)}\n${context}`).toEqual({ pointer: m.pointer, keyword: m.keyword });
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('mutationsFor: each mutation breaks exactly one constraint, where it says', () => {
  for (const { name, schema } of SCHEMA_CASES) {
    it(name, () => {
      const { publish, consume } = validatorsFor(schema);
      fc.assert(
        fc.property(arbitraryFromSchema(schema), (value) => {
          const frozen = deepFreeze(value);
          const snapshot = JSON.stringify(frozen);
          // Schema as written: both sides reject, except that readers tolerate unknown properties.
          for (const m of mutationsFor(schema, frozen)) {
            expectRejected(publish, frozen, m);
            if (m.keyword !== 'additionalProperties') expectRejected(consume, frozen, m);
          }
          // Closed writer: unknown properties are also rejected where the schema says nothing.
          for (const m of mutationsFor(schema, frozen, { closed: true })) expectRejected(publish, frozen, m);
          expect(JSON.stringify(frozen)).toBe(snapshot);
        }),
        { numRuns: RUNS },
      );
    });
  }
});

describe('mutationsFor: coverage', () => {
  function keywordsOver(schema: JsonSchema, closed: boolean, runs = 40): Set<string> {
    const seen = new Set<string>();
    for (const value of fc.sample(arbitraryFromSchema(schema), { numRuns: runs, seed: 11 })) {
      for (const m of mutationsFor(schema, value, { closed })) seen.add(m.keyword);
    }
    return seen;
  }

  it('produces every kind of mutation for the kitchen-sink schema', () => {
    const seen = keywordsOver(kitchenSink, true);
    for (const keyword of [
      'required', 'type', 'additionalProperties', 'enum', 'const', 'format', 'pattern', 'minLength', 'maxLength',
      'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minItems', 'maxItems', 'uniqueItems', 'additionalItems',
    ]) {
      expect(seen, keyword).toContain(keyword);
    }
  });

  it('adds unknown properties only to closed objects', () => {
    const open = { type: 'object', properties: { a: { type: 'string' } } };
    expect(keywordsOver(open, false)).not.toContain('additionalProperties');
    expect(keywordsOver(open, true)).toContain('additionalProperties');
    expect(keywordsOver({ ...open, additionalProperties: true }, true)).not.toContain('additionalProperties');
    expect(keywordsOver({ ...open, additionalProperties: false }, false)).toContain('additionalProperties');
  });

  it('reports required and additionalProperties at the object, bad values at the value', () => {
    const schema = { type: 'object', required: ['a'], additionalProperties: false, properties: { a: { type: 'object', required: ['b'], properties: { b: { type: 'string', format: 'uuid' } } } } };
    const value = { a: { b: '0b5a7c36-3f3f-4bd4-9c6a-8c1b6f0b2a11' } };
    const found = mutationsFor(schema, value).map((m) => `${m.pointer} ${m.keyword}`);
    expect(found).toEqual(expect.arrayContaining([' required', ' additionalProperties', ' type', '/a required', '/a type', '/a/b format', '/a/b type']));
  });

  it('leaves alone what a oneOf, anyOf or not depends on, and mutates the rest', () => {
    const schema = {
      type: 'object',
      required: ['kind', 'note'],
      properties: { kind: { type: 'string' }, note: { type: 'string', maxLength: 5 } },
      oneOf: [{ properties: { kind: { const: 'a' } } }, { properties: { kind: { const: 'b' } } }],
    };
    const found = mutationsFor(schema, { kind: 'a', note: 'hi' }).map((m) => `${m.pointer} ${m.keyword}`);
    expect(found).toContain(' required');
    expect(found).toContain('/note maxLength');
    expect(found.filter((f) => f.startsWith('/kind'))).toEqual([]);
    expect(mutationsFor(schema, { kind: 'a', note: 'hi' }).find((m) => m.keyword === 'required')?.description).toContain('"note"');
  });

  it('skips changes that would also make an item equal to another under uniqueItems', () => {
    // Item 0 goes below its minimum as 4, which is item 1: uniqueItems would fail too.
    const schema = { type: 'array', uniqueItems: true, items: [{ type: 'integer', minimum: 5 }, { type: 'integer' }] };
    const at = (value: number[]): string[] => mutationsFor(schema, value).map((m) => `${m.pointer} ${m.keyword}`);
    expect(at([5, 7])).toContain('/0 minimum');
    expect(at([5, 4])).not.toContain('/0 minimum');
  });

  it('throws UnsupportedSchemaError for keywords the kit does not know', () => {
    expect(() => mutationsFor({ type: 'object', dependentRequired: { a: ['b'] } }, {})).toThrow(UnsupportedSchemaError);
  });
});
