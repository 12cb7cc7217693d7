// Walking a self-contained JSON Schema: pointers, local `$ref`s, the keywords the kit knows,
// and flattening a schema into the "atoms" that all apply to one value ($ref and allOf expanded).

import { UnsupportedSchemaError } from './schema-error.js';
import { JSON_TYPES, isPlainObject, joinPointer, unescapePointerToken, type JsonType } from './schema-json.js';

/** A self-contained JSON Schema (draft-07 vocabulary): external `$ref`s inlined, recursion as local refs. */
export type JsonSchema = { [key: string]: unknown } | boolean;
export type SchemaObject = { [key: string]: unknown };

/** A schema together with its JSON pointer in the root schema. */
export interface SchemaAt {
  readonly schema: JsonSchema;
  readonly pointer: string;
}

/** A schema object that applies to the value as a whole; its `$ref` and `allOf` are already expanded. */
export interface Atom {
  readonly schema: SchemaObject;
  readonly pointer: string;
}

export interface Flattened {
  readonly atoms: Atom[];
  /** Pointers of the `$ref` targets followed, in order. */
  readonly refs: string[];
  /** Pointer of a `false` schema met on the way: no value matches. */
  readonly never?: string;
}

/** Keywords that carry no constraint for validation (or only contain other schemas by name). */
const ANNOTATIONS = new Set([
  '$schema', '$comment', 'title', 'description', 'default', 'examples', 'example', 'readOnly', 'writeOnly',
  'deprecated', 'discriminator', 'externalDocs', 'xml', 'contentMediaType', 'contentEncoding', '$defs', 'definitions',
]);

const SUPPORTED = new Set([
  'type', 'enum', 'const', 'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum',
  'maxLength', 'minLength', 'pattern', 'format', 'items', 'additionalItems', 'maxItems', 'minItems', 'uniqueItems',
  'maxProperties', 'minProperties', 'required', 'properties', 'additionalProperties', 'allOf', 'anyOf', 'oneOf',
  'not', '$ref', 'nullable',
]);

const NUMERIC_KEYWORDS = ['multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum'];
const COUNT_KEYWORDS = ['maxLength', 'minLength', 'maxItems', 'minItems', 'maxProperties', 'minProperties'];

export class SchemaRoot {
  readonly schema: JsonSchema;
  private readonly checked = new Set<string>();

  constructor(schema: JsonSchema) {
    if (typeof schema !== 'boolean' && !isPlainObject(schema)) {
      throw new UnsupportedSchemaError('', 'type', 'a JSON Schema must be an object or a boolean');
    }
    if (typeof schema === 'boolean') {
      this.schema = schema;
    } else {
      // The root's own identity does not matter here: refs are local ('#/...') by contract.
      const { $id: _id, $schema: _schema, ...rest } = schema;
      this.schema = rest;
    }
  }

  get(pointer: string): SchemaAt {
    let node: unknown = this.schema;
    if (pointer !== '') {
      for (const raw of pointer.slice(1).split('/')) {
        const token = unescapePointerToken(raw);
        if (Array.isArray(node)) node = node[Number(token)];
        else if (isPlainObject(node) && Object.prototype.hasOwnProperty.call(node, token)) node = node[token];
        else node = undefined;
        if (node === undefined) break;
      }
    }
    if (typeof node !== 'boolean' && !isPlainObject(node)) {
      throw new UnsupportedSchemaError(pointer, '$ref', `no schema at #${pointer}`);
    }
    return { schema: node, pointer };
  }

  resolveRef(ref: unknown, from: string): SchemaAt {
    if (typeof ref !== 'string' || !ref.startsWith('#')) {
      throw new UnsupportedSchemaError(from, '$ref', `only local references ("#/...") are supported, got ${JSON.stringify(ref)}; inline external schemas first`);
    }
    let fragment: string;
    try {
      fragment = decodeURIComponent(ref.slice(1));
    } catch {
      throw new UnsupportedSchemaError(from, '$ref', `malformed reference ${JSON.stringify(ref)}`);
    }
    if (fragment !== '' && !fragment.startsWith('/')) {
      throw new UnsupportedSchemaError(from, '$ref', `anchors are not supported (${ref}); use a JSON pointer`);
    }
    try {
      return this.get(fragment);
    } catch {
      throw new UnsupportedSchemaError(from, '$ref', `reference ${ref} does not point at a schema`);
    }
  }

  /** Rejects keywords the kit cannot honour, and malformed values of the ones it can. */
  checkKeywords(at: SchemaAt): void {
    if (typeof at.schema === 'boolean' || this.checked.has(at.pointer)) return;
    const s = at.schema;
    for (const key of Object.keys(s)) {
      if (key.startsWith('x-') || ANNOTATIONS.has(key)) continue;
      if (key === '$id') {
        if (at.pointer !== '' && containsRef(s)) {
          throw new UnsupportedSchemaError(at.pointer, '$id', 'a nested $id changes how the $refs below it resolve; remove it');
        }
        continue;
      }
      if (!SUPPORTED.has(key)) {
        throw new UnsupportedSchemaError(at.pointer, key, `keyword "${key}" is not supported by the testing kit`);
      }
    }
    this.checkShapes(at.pointer, s);
    this.checked.add(at.pointer);
  }

  private checkShapes(pointer: string, s: SchemaObject): void {
    const bad = (keyword: string, what: string): never => {
      throw new UnsupportedSchemaError(pointer, keyword, `"${keyword}" must be ${what}`);
    };
    if ('type' in s) {
      const types = Array.isArray(s.type) ? s.type : [s.type];
      if (types.length === 0 || !types.every((t) => typeof t === 'string' && (JSON_TYPES as readonly string[]).includes(t))) {
        bad('type', `one of ${JSON_TYPES.join(', ')} or a non-empty array of them`);
      }
    }
    for (const k of NUMERIC_KEYWORDS) {
      if (k in s && (typeof s[k] !== 'number' || !Number.isFinite(s[k]))) {
        if (typeof s[k] === 'boolean') throw new UnsupportedSchemaError(pointer, k, `boolean "${k}" is draft-04 syntax; use the draft-07 numeric form`);
        bad(k, 'a finite number');
      }
    }
    if ('multipleOf' in s && !((s.multipleOf as number) > 0)) bad('multipleOf', 'greater than 0');
    for (const k of COUNT_KEYWORDS) {
      if (k in s && !(Number.isInteger(s[k]) && (s[k] as number) >= 0)) bad(k, 'a non-negative integer');
    }
    if ('enum' in s && (!Array.isArray(s.enum) || s.enum.length === 0)) bad('enum', 'a non-empty array');
    if ('required' in s && (!Array.isArray(s.required) || !s.required.every((r) => typeof r === 'string'))) bad('required', 'an array of strings');
    if ('pattern' in s && typeof s.pattern !== 'string') bad('pattern', 'a string');
    if ('format' in s && typeof s.format !== 'string') bad('format', 'a string');
    if ('uniqueItems' in s && typeof s.uniqueItems !== 'boolean') bad('uniqueItems', 'a boolean');
    if ('nullable' in s && typeof s.nullable !== 'boolean') bad('nullable', 'a boolean');
    if ('properties' in s && !(isPlainObject(s.properties) && Object.values(s.properties).every(isSchema))) bad('properties', 'an object of schemas');
    for (const k of ['additionalProperties', 'additionalItems', 'not']) {
      if (k in s && !isSchema(s[k])) bad(k, 'a schema');
    }
    if ('items' in s && !(isSchema(s.items) || (Array.isArray(s.items) && s.items.every(isSchema)))) bad('items', 'a schema or an array of schemas');
    for (const k of ['allOf', 'anyOf', 'oneOf']) {
      if (k in s && !(Array.isArray(s[k]) && (s[k] as unknown[]).length > 0 && (s[k] as unknown[]).every(isSchema))) bad(k, 'a non-empty array of schemas');
    }
  }

  /** Expands `$ref` (siblings apply too, as in AJV 8) and `allOf` into the atoms that all apply to one value. */
  flatten(at: SchemaAt, visiting: readonly string[] = []): Flattened {
    const atoms: Atom[] = [];
    const refs: string[] = [];
    let never: string | undefined;
    const walk = (node: SchemaAt, stack: readonly string[]): void => {
      if (node.schema === true) return;
      if (node.schema === false) {
        never ??= node.pointer;
        return;
      }
      this.checkKeywords(node);
      const s = node.schema;
      atoms.push({ schema: s, pointer: node.pointer });
      const next = [...stack, node.pointer];
      if ('$ref' in s) {
        const target = this.resolveRef(s.$ref, node.pointer);
        if (next.includes(target.pointer)) {
          throw new UnsupportedSchemaError(node.pointer, '$ref', `reference ${String(s.$ref)} loops back to itself without a property or item in between`, 'unsatisfiable');
        }
        refs.push(target.pointer);
        walk(target, next);
      }
      if (Array.isArray(s.allOf)) {
        s.allOf.forEach((branch, i) => walk({ schema: branch as JsonSchema, pointer: joinPointer(node.pointer, 'allOf', i) }, next));
      }
    };
    walk(at, visiting);
    return never === undefined ? { atoms, refs } : { atoms, refs, never };
  }
}

export function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'boolean' || isPlainObject(value);
}

function containsRef(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(containsRef);
  if (!isPlainObject(value)) return false;
  return Object.entries(value).some(([k, v]) => k === '$ref' || containsRef(v));
}

/** The `type` keyword of one atom as a set (with OpenAPI's `nullable: true` adding null), or undefined. */
export function declaredTypes(s: SchemaObject): Set<JsonType> | undefined {
  if (!('type' in s)) return undefined;
  const types = new Set((Array.isArray(s.type) ? s.type : [s.type]) as JsonType[]);
  if (s.nullable === true) types.add('null');
  return types;
}

/** Property names of an atom's `properties`. */
export function propertyNames(s: SchemaObject): string[] {
  return isPlainObject(s.properties) ? Object.keys(s.properties) : [];
}

export function hasOwn(obj: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}
