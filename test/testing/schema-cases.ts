// Inline schemas covering every keyword the testing kit supports, one concern per case, plus a
// "kitchen sink" that puts most of them together in one payload.

import type { JsonSchema } from '../../runtime/testing/schema-walk.js';

export interface SchemaCase {
  name: string;
  schema: JsonSchema;
}

const money = {
  type: 'object',
  required: ['amount', 'currency'],
  properties: {
    amount: { type: 'integer', minimum: 0, maximum: 1_000_000_000_000 },
    currency: { type: 'string', pattern: '^[A-Z]{3}$' },
  },
};

export const kitchenSink: JsonSchema = {
  type: 'object',
  required: ['id', 'email', 'createdAt', 'status', 'kind', 'total', 'lines', 'score', 'ratio', 'code', 'tags', 'point', 'step'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    email: { type: 'string', format: 'email', maxLength: 254 },
    createdAt: { type: 'string', format: 'date-time' },
    birthday: { type: 'string', format: 'date' },
    website: { type: 'string', format: 'uri' },
    status: { type: 'string', enum: ['pending', 'active', 'closed'] },
    kind: { const: 'order' },
    total: money,
    lines: {
      type: 'array',
      minItems: 1,
      maxItems: 3,
      items: {
        type: 'object',
        required: ['sku', 'quantity'],
        properties: {
          sku: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,64}$' },
          quantity: { type: 'integer', minimum: 1, maximum: 10_000 },
          note: { type: 'string', minLength: 1, maxLength: 20 },
        },
      },
    },
    score: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
    ratio: { type: 'number', minimum: -5, maximum: 5, multipleOf: 0.25 },
    code: { type: 'string', minLength: 2, maxLength: 4 },
    tags: { type: 'array', uniqueItems: true, maxItems: 5, items: { type: 'string', maxLength: 10 } },
    point: { type: 'array', items: [{ type: 'number' }, { type: 'number' }], additionalItems: false, minItems: 2 },
    step: { type: 'integer', multipleOf: 5, minimum: -100, maximum: 100 },
    nickname: { type: ['string', 'null'], maxLength: 30 },
  },
};

export const SCHEMA_CASES: SchemaCase[] = [
  { name: 'kitchen sink', schema: kitchenSink },
  {
    name: 'scalar types and type arrays',
    schema: {
      type: 'object',
      required: ['i', 'n', 'b', 'z', 'multi'],
      properties: {
        i: { type: 'integer' },
        n: { type: 'number' },
        b: { type: 'boolean' },
        z: { type: 'null' },
        multi: { type: ['integer', 'string', 'null'], minimum: 3, minLength: 2 },
        nullableKeyword: { type: 'string', nullable: true, maxLength: 3 },
        both: { type: ['integer', 'number'], maximum: 2.5 },
      },
    },
  },
  {
    name: 'numeric bounds and multipleOf',
    schema: {
      type: 'object',
      required: ['a', 'b', 'c', 'd', 'e', 'f'],
      properties: {
        a: { type: 'integer', minimum: -3, maximum: 3 },
        b: { type: 'integer', exclusiveMinimum: 0, exclusiveMaximum: 10, multipleOf: 3 },
        c: { type: 'number', minimum: 0.5, maximum: 0.75 },
        d: { type: 'number', multipleOf: 0.01, minimum: 0, maximum: 100 },
        e: { type: 'integer', minimum: 1_000_000_000_000, multipleOf: 7 },
        f: { type: 'number', exclusiveMinimum: -1e-9, exclusiveMaximum: 1e-9 },
      },
    },
  },
  {
    name: 'strings: lengths, patterns, unicode',
    schema: {
      type: 'object',
      required: ['free', 'bounded', 'currency', 'locale', 'phone', 'exact'],
      properties: {
        free: { type: 'string' },
        bounded: { type: 'string', minLength: 3, maxLength: 6 },
        currency: { type: 'string', pattern: '^[A-Z]{3}$' },
        locale: { type: 'string', pattern: '^[a-z]{2,3}(-[A-Z]{2})?$' },
        phone: { type: 'string', pattern: '^\\+[1-9][0-9]{6,14}$', maxLength: 12 },
        exact: { type: 'string', minLength: 4, maxLength: 4 },
        letters: { type: 'string', pattern: '^\\p{L}+$', maxLength: 5 },
      },
    },
  },
  {
    name: 'formats',
    schema: {
      type: 'object',
      required: ['uuid', 'email', 'date', 'dateTime', 'uri', 'ipv4', 'ipv6', 'hostname', 'time', 'uriReference', 'url'],
      properties: {
        uuid: { type: 'string', format: 'uuid' },
        email: { type: 'string', format: 'email' },
        date: { type: 'string', format: 'date' },
        dateTime: { type: 'string', format: 'date-time' },
        uri: { type: 'string', format: 'uri' },
        ipv4: { type: 'string', format: 'ipv4' },
        ipv6: { type: 'string', format: 'ipv6' },
        hostname: { type: 'string', format: 'hostname', minLength: 5 },
        time: { type: 'string', format: 'time' },
        uriReference: { type: 'string', format: 'uri-reference' },
        url: { type: 'string', format: 'url', maxLength: 60 },
      },
    },
  },
  {
    name: 'open, closed and typed-map objects',
    schema: {
      type: 'object',
      required: ['closed', 'map', 'open', 'bag'],
      properties: {
        closed: { type: 'object', additionalProperties: false, required: ['x'], properties: { x: { type: 'integer' }, y: { type: 'string' } } },
        map: { type: 'object', additionalProperties: { type: 'integer', minimum: 0 }, maxProperties: 3 },
        open: { type: 'object', additionalProperties: true, properties: { a: { type: 'string' } } },
        bag: { type: 'object', minProperties: 1, maxProperties: 2, properties: { p: { type: 'string' }, q: { type: 'string' }, r: { type: 'string' } } },
        implicitRequired: { type: 'object', required: ['k'], additionalProperties: { type: 'boolean' } },
        anything: {},
        alsoAnything: true,
      },
    },
  },
  {
    name: 'arrays: items, tuples, counts, uniqueness',
    schema: {
      type: 'object',
      required: ['list', 'pair', 'set', 'nested'],
      properties: {
        list: { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 4 },
        pair: { type: 'array', items: [{ type: 'string' }, { type: 'boolean' }], additionalItems: false },
        tupleRest: { type: 'array', items: [{ type: 'string' }], additionalItems: { type: 'integer' }, maxItems: 3 },
        set: { type: 'array', uniqueItems: true, minItems: 2, items: { type: 'integer', minimum: 0, maximum: 5 } },
        objects: { type: 'array', uniqueItems: true, items: { type: 'object', properties: { a: { type: 'boolean' } } } },
        nested: { type: 'array', items: { type: 'array', items: { type: 'string', enum: ['x', 'y'] }, maxItems: 2 } },
        untyped: { type: 'array' },
      },
    },
  },
  {
    name: 'enum and const of every type',
    schema: {
      type: 'object',
      required: ['s', 'n', 'mixed', 'obj', 'c'],
      properties: {
        s: { type: 'string', enum: ['a', 'b'] },
        n: { type: 'integer', enum: [1, 2, 3] },
        mixed: { enum: ['x', 7, null, true] },
        obj: { enum: [{ a: 1 }, [1, 2]] },
        c: { const: 'fixed' },
        narrowed: { type: 'string', enum: ['ab', 'abc', 'abcd'], minLength: 3 },
      },
    },
  },
  {
    name: 'oneOf: discriminated and overlapping',
    schema: {
      type: 'object',
      required: ['shape', 'value'],
      properties: {
        shape: {
          oneOf: [
            { type: 'object', required: ['kind', 'radius'], properties: { kind: { const: 'circle' }, radius: { type: 'number', minimum: 0 } } },
            { type: 'object', required: ['kind', 'side'], properties: { kind: { const: 'square' }, side: { type: 'integer', minimum: 1 } } },
          ],
        },
        value: { oneOf: [{ type: 'number' }, { type: 'object', required: ['min', 'max'], properties: { min: { type: 'number' }, max: { type: 'number' } } }] },
        overlap: { oneOf: [{ type: 'integer' }, { type: 'number', maximum: 10 }] },
        overlapStrings: { oneOf: [{ type: 'string', maxLength: 3 }, { type: 'string', pattern: '^[a-z]+$' }] },
      },
    },
  },
  {
    name: 'oneOf over closed branches told apart by required',
    schema: {
      oneOf: [
        { type: 'object', required: ['a'], properties: { a: { type: 'string' } }, additionalProperties: false },
        { type: 'object', required: ['b'], properties: { b: { type: 'string' }, c: { type: 'integer' } }, additionalProperties: false },
      ],
    },
  },
  {
    name: 'anyOf with sibling keywords',
    schema: {
      type: 'object',
      properties: { email: { type: 'string', format: 'email' }, phone: { type: 'string', pattern: '^[0-9]{6,10}$' }, name: { type: 'string' } },
      anyOf: [{ required: ['email'] }, { required: ['phone'] }],
    },
  },
  {
    name: 'allOf merging object schemas',
    schema: {
      allOf: [
        { type: 'object', required: ['changedBy'], properties: { changedBy: { type: 'string' }, changedAt: { type: 'string', format: 'date-time' } } },
        { type: 'object', required: ['settings'], properties: { settings: { type: 'array', items: { type: 'string' } }, changedBy: { minLength: 2 } } },
        { properties: { count: { type: 'integer', minimum: 0 } } },
        { properties: { count: { maximum: 9 } } },
      ],
    },
  },
  {
    name: 'allOf narrowing scalars',
    schema: {
      type: 'object',
      required: ['n', 's', 'e'],
      properties: {
        n: { allOf: [{ type: 'number', minimum: 0 }, { type: 'integer', exclusiveMaximum: 50 }, { multipleOf: 4 }, { multipleOf: 6 }] },
        s: { allOf: [{ type: 'string', minLength: 2 }, { maxLength: 5 }, { pattern: '^[a-c]+$' }] },
        e: { allOf: [{ enum: ['a', 'b', 'c'] }, { enum: ['b', 'c', 'd'] }] },
      },
    },
  },
  {
    name: 'not',
    schema: {
      type: 'object',
      required: ['word', 'n'],
      properties: {
        word: { type: 'string', minLength: 1, maxLength: 3, not: { enum: ['a', 'b'] } },
        n: { type: 'integer', minimum: 0, maximum: 20, not: { multipleOf: 2 } },
        notNull: { not: { type: 'null' } },
      },
    },
  },
  {
    name: 'recursive $ref through $defs',
    schema: {
      $ref: '#/$defs/Setting',
      $defs: {
        Setting: {
          type: 'object',
          required: ['key'],
          properties: {
            key: { type: 'string', minLength: 1 },
            value: {},
            children: { type: 'array', items: { $ref: '#/$defs/Setting' } },
          },
        },
      },
    },
  },
  {
    name: 'recursive $ref through definitions with a required link',
    schema: {
      definitions: {
        node: {
          type: 'object',
          required: ['value', 'next'],
          properties: { value: { type: 'integer' }, next: { oneOf: [{ $ref: '#/definitions/node' }, { type: 'null' }] } },
        },
      },
      type: 'object',
      required: ['head'],
      properties: { head: { $ref: '#/definitions/node' } },
    },
  },
  {
    name: '$ref with siblings and shared definitions',
    schema: {
      $defs: { money },
      type: 'object',
      required: ['price', 'discount'],
      properties: {
        price: { $ref: '#/$defs/money' },
        discount: { $ref: '#/$defs/money', description: 'annotations next to $ref are fine' },
        tip: { $ref: '#/$defs/money' },
      },
    },
  },
  {
    name: 'keys that JavaScript treats specially',
    schema: {
      type: 'object',
      // AJV rejects a "__proto__" property even when declared, and reads inherited members
      // (toString, constructor) for absent properties unless ownProperties is set: keep them required.
      required: ['constructor', 'toString', 'hasOwnProperty'],
      properties: {
        constructor: { type: 'integer' },
        toString: { type: 'boolean' },
        hasOwnProperty: { type: 'string', maxLength: 3 },
        'a/b~c': { type: 'string', minLength: 1 },
      },
    },
  },
  {
    name: 'annotations and extensions are ignored',
    schema: {
      $schema: 'http://json-schema.org/draft-07/schema#',
      title: 'Annotated',
      description: 'x',
      type: 'object',
      required: ['secret'],
      properties: {
        secret: { type: 'string', 'x-herald-sensitive': true, examples: ['s3cr3t'], default: 'x', readOnly: true, deprecated: false, $comment: 'c' },
      },
    },
  },
];
