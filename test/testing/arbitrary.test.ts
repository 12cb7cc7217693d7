import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HeraldError } from '../../runtime/core/errors.js';
import { arbitraryFromSchema } from '../../runtime/testing/arbitrary.js';
import { UnsupportedSchemaError } from '../../runtime/testing/schema-error.js';
import type { JsonSchema } from '../../runtime/testing/schema-walk.js';
import { SCHEMA_CASES } from './schema-cases.js';
import { errorList, validatorsFor } from './schema-validators.js';

const RUNS = 60;

function sample(schema: JsonSchema, numRuns = 300, options = {}): unknown[] {
  return fc.sample(arbitraryFromSchema(schema, options), { numRuns, seed: 7 });
}

function keysOf(v: unknown): string[] {
  return Object.keys(v as Record<string, unknown>);
}

describe('arbitraryFromSchema: generated values pass the publish (closed) and consume (open) validators', () => {
  for (const { name, schema } of SCHEMA_CASES) {
    it(name, () => {
      const { publish, consume } = validatorsFor(schema);
      fc.assert(
        fc.property(arbitraryFromSchema(schema), (value) => {
          expect(publish(value), `publish: ${errorList(publish.errors)}\n${JSON.stringify(value)}`).toBe(true);
          expect(consume(value), `consume: ${errorList(consume.errors)}\n${JSON.stringify(value)}`).toBe(true);
          // What the brokers carry is JSON: the value survives a JSON round trip unchanged.
          expect(JSON.parse(JSON.stringify(value))).toStrictEqual(value);
        }),
        { numRuns: RUNS },
      );
    });
  }
});

describe('arbitraryFromSchema: shape of the generated data', () => {
  it('sometimes omits and sometimes includes optional properties', () => {
    const values = sample({ type: 'object', required: ['a'], properties: { a: { type: 'integer' }, b: { type: 'integer' } } });
    expect(values.every((v) => keysOf(v).includes('a'))).toBe(true);
    expect(values.some((v) => keysOf(v).includes('b'))).toBe(true);
    expect(values.some((v) => !keysOf(v).includes('b'))).toBe(true);
  });

  it('adds extra properties only where additionalProperties says so, never __proto__ or constructor', () => {
    const open = sample({ type: 'object', properties: { a: { type: 'string' } }, additionalProperties: true }, 500);
    expect(open.some((v) => keysOf(v).some((k) => k !== 'a'))).toBe(true);
    const map = sample({ type: 'object', additionalProperties: { type: 'integer' } }, 500);
    expect(map.some((v) => keysOf(v).length > 0)).toBe(true);
    for (const v of [...open, ...map]) {
      expect(keysOf(v)).not.toContain('__proto__');
      expect(keysOf(v)).not.toContain('constructor');
      expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    }
    const implicit = sample({ type: 'object', properties: { a: { type: 'string' } } }, 500);
    expect(implicit.every((v) => keysOf(v).every((k) => k === 'a'))).toBe(true);
  });

  it('keeps declared keys such as __proto__ as own data properties', () => {
    const values = sample({ type: 'object', required: ['__proto__'], properties: { ['__proto__']: { type: 'integer' } } }, 50);
    for (const v of values) {
      expect(Object.prototype.hasOwnProperty.call(v, '__proto__')).toBe(true);
      expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    }
  });

  it('includes non-ASCII, astral and combining characters in unconstrained strings', () => {
    const values = sample({ type: 'string' }, 500) as string[];
    expect(values.some((s) => /[^\x20-\x7e]/.test(s))).toBe(true);
    expect(values.some((s) => [...s].some((c) => c.codePointAt(0)! > 0xffff))).toBe(true);
  });

  it('counts string length in code points, as JSON Schema does', () => {
    const values = sample({ type: 'string', minLength: 2, maxLength: 3 }, 500) as string[];
    for (const s of values) expect([...s].length).toBeGreaterThanOrEqual(2);
    for (const s of values) expect([...s].length).toBeLessThanOrEqual(3);
    expect(values.some((s) => s.length > 3)).toBe(true);
  });

  it('writes date-times as RFC 3339 with milliseconds, in UTC and with offsets', () => {
    const values = sample({ type: 'string', format: 'date-time' }, 300) as string[];
    const shape = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}(Z|[+-]\d{2}:\d{2})$/;
    for (const v of values) {
      expect(v).toMatch(shape);
      expect(Number.isNaN(Date.parse(v))).toBe(false);
    }
    expect(values.some((v) => v.endsWith('Z'))).toBe(true);
    expect(values.some((v) => /[+-]\d{2}:\d{2}$/.test(v))).toBe(true);
  });

  it('bounds recursion by maxDepth and array length by maxItems', () => {
    const tree = {
      $ref: '#/$defs/node',
      $defs: { node: { type: 'object', required: ['kids'], properties: { kids: { type: 'array', items: { $ref: '#/$defs/node' } } } } },
    };
    const depth = (v: unknown): number => {
      const kids = (v as { kids: unknown[] }).kids;
      return 1 + Math.max(0, ...kids.map(depth));
    };
    const width = (v: unknown): number => {
      const kids = (v as { kids: unknown[] }).kids;
      return Math.max(kids.length, ...kids.map(width));
    };
    const values = sample(tree, 200, { maxDepth: 2, maxItems: 2 });
    expect(Math.max(...values.map(depth))).toBeLessThanOrEqual(3);
    expect(Math.max(...values.map(depth))).toBeGreaterThanOrEqual(2);
    expect(Math.max(...values.map(width))).toBe(2);
  });

  it('still generates minItems where it exceeds the maxItems option', () => {
    const values = sample({ type: 'array', minItems: 6, items: { type: 'integer' } }, 50, { maxItems: 2 }) as unknown[][];
    expect(values.every((v) => v.length === 6)).toBe(true);
  });

  it('covers every branch of a oneOf that has values of its own', () => {
    const values = sample({ oneOf: [{ type: 'integer' }, { type: 'number', maximum: 10 }] }, 300) as number[];
    expect(values.some((v) => Number.isInteger(v))).toBe(true);
    expect(values.some((v) => !Number.isInteger(v))).toBe(true);
    for (const v of values) if (!Number.isInteger(v)) expect(v).toBeLessThanOrEqual(10);
  });

  it('rejects invalid options', () => {
    expect(() => arbitraryFromSchema({}, { maxItems: -1 })).toThrow(HeraldError);
    expect(() => arbitraryFromSchema({}, { maxDepth: 0 })).toThrow(/maxDepth/);
  });
});

describe('arbitraryFromSchema: schemas it cannot sample exactly', () => {
  const cases: { name: string; schema: JsonSchema; pointer: string; keyword: string; reason?: string }[] = [
    { name: 'if/then/else', schema: { type: 'object', if: { required: ['a'] }, then: { required: ['b'] } }, pointer: '', keyword: 'if' },
    { name: 'patternProperties', schema: { properties: { m: { type: 'object', patternProperties: { '^x': { type: 'string' } } } } }, pointer: '/properties/m', keyword: 'patternProperties' },
    { name: 'contains', schema: { type: 'array', contains: { const: 1 } }, pointer: '', keyword: 'contains' },
    { name: 'an unsupported format', schema: { properties: { r: { type: 'string', format: 'regex' } } }, pointer: '/properties/r', keyword: 'format' },
    { name: 'a pattern fast-check cannot generate', schema: { properties: { p: { type: 'string', pattern: '^(?=a)a+$' } } }, pointer: '/properties/p', keyword: 'pattern' },
    { name: 'an invalid pattern', schema: { type: 'string', pattern: '[' }, pointer: '', keyword: 'pattern' },
    { name: 'a format with a pattern it never matches', schema: { type: 'string', format: 'email', pattern: '^[0-9]+$' }, pointer: '', keyword: 'pattern', reason: 'too-restrictive' },
    { name: 'contradictory bounds', schema: { properties: { n: { type: 'integer', minimum: 5, maximum: 4 } } }, pointer: '/properties/n', keyword: 'minimum', reason: 'unsatisfiable' },
    { name: 'contradictory lengths', schema: { type: 'string', minLength: 5, maxLength: 2 }, pointer: '', keyword: 'minLength', reason: 'unsatisfiable' },
    { name: 'contradictory types in allOf', schema: { allOf: [{ type: 'string' }, { type: 'integer' }] }, pointer: '/allOf/1', keyword: 'type', reason: 'unsatisfiable' },
    { name: 'a required property a closed object forbids', schema: { type: 'object', required: ['a'], additionalProperties: false }, pointer: '', keyword: 'additionalProperties', reason: 'unsatisfiable' },
    { name: 'uniqueItems over too few values', schema: { type: 'array', uniqueItems: true, minItems: 3, items: { enum: [1, 2] } }, pointer: '', keyword: 'uniqueItems', reason: 'too-restrictive' },
    { name: 'an external $ref', schema: { properties: { a: { $ref: 'common.yaml#/Money' } } }, pointer: '/properties/a', keyword: '$ref' },
    { name: 'a dangling $ref', schema: { properties: { a: { $ref: '#/$defs/missing' } } }, pointer: '/properties/a', keyword: '$ref' },
    {
      name: 'recursion without a finite instance',
      schema: { $ref: '#/$defs/n', $defs: { n: { type: 'object', required: ['n'], properties: { n: { $ref: '#/$defs/n' } } } } },
      pointer: '/$defs/n',
      keyword: '$ref',
      reason: 'unsatisfiable',
    },
    { name: 'a $ref loop with nothing in between', schema: { $ref: '#/$defs/a', $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } } }, pointer: '/$defs/b', keyword: '$ref' },
    { name: 'oneOf branches that always overlap', schema: { oneOf: [{ type: 'string' }, { type: 'string', maxLength: 1e6 }] }, pointer: '', keyword: 'oneOf', reason: 'too-restrictive' },
    {
      // Valid as written, but the consume side opens both objects and then {a} matches both branches.
      name: 'oneOf that only closed objects tell apart',
      schema: { oneOf: [{ type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false }, { type: 'object', properties: { b: { type: 'string' } }, additionalProperties: false }] },
      pointer: '',
      keyword: 'oneOf',
    },
    { name: 'a not that excludes everything', schema: { type: 'boolean', not: { type: 'boolean' } }, pointer: '/not', keyword: 'not', reason: 'too-restrictive' },
    { name: 'draft-04 boolean exclusiveMinimum', schema: { type: 'number', minimum: 0, exclusiveMinimum: true }, pointer: '', keyword: 'exclusiveMinimum' },
    { name: 'an unknown keyword', schema: { type: 'string', minLenght: 3 }, pointer: '', keyword: 'minLenght' },
    { name: 'the false schema', schema: { properties: { a: false }, required: ['a'] }, pointer: '/properties/a', keyword: 'false', reason: 'unsatisfiable' },
  ];

  for (const c of cases) {
    it(`throws UnsupportedSchemaError for ${c.name}`, () => {
      let thrown: unknown;
      try {
        arbitraryFromSchema(c.schema);
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(UnsupportedSchemaError);
      const err = thrown as UnsupportedSchemaError;
      expect(err).toBeInstanceOf(HeraldError);
      expect(err.code).toBe('INVALID_OPTION');
      expect({ pointer: err.pointer, keyword: err.keyword }).toEqual({ pointer: c.pointer, keyword: c.keyword });
      if (c.reason) expect(err.reason).toBe(c.reason);
      expect(err.message).toContain(`#${c.pointer}`);
      expect(err.details).toMatchObject({ pointer: c.pointer, keyword: c.keyword });
    });
  }

  it('never generates for a false optional property, and still samples the rest', () => {
    const values = sample({ type: 'object', properties: { a: false, b: { type: 'integer' } } }, 100);
    expect(values.every((v) => !keysOf(v).includes('a'))).toBe(true);
  });
});
