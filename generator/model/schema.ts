// JSON Schema helpers of the model stage: turn the parser's resolved schemas into plain,
// self-contained data, and answer questions about them (does a pointer exist, which
// fields are sensitive, which property is a discriminator).

import type { JsonSchema } from './ir.js';

type Obj = { [key: string]: unknown };

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Deep copy without the parser's `x-parser-*` annotations. Recursive schemas (object
 * cycles after `$ref` resolution) become `#/$defs/<Name>` refs, named by their title.
 */
export function cleanSchema(raw: unknown): JsonSchema {
  if (typeof raw === 'boolean') return raw;
  if (!isObj(raw)) return {};
  const defs: Obj = {};
  const cyclic = new Map<Obj, string>();
  const onStack = new Set<Obj>();
  const used = new Set<string>();

  const defName = (o: Obj): string => {
    let name = cyclic.get(o);
    if (!name) {
      const base = typeof o['title'] === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(o['title']) ? o['title'] : 'Recursive';
      name = base;
      for (let i = 2; used.has(name); i++) name = `${base}${i}`;
      used.add(name);
      cyclic.set(o, name);
    }
    return name;
  };

  const copy = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(copy);
    if (!isObj(v)) return v;
    if (onStack.has(v)) return { $ref: `#/$defs/${defName(v)}` };
    onStack.add(v);
    const out: Obj = {};
    for (const key of Object.keys(v)) {
      if (key.startsWith('x-parser-')) continue;
      out[key] = copy(v[key]);
    }
    onStack.delete(v);
    const name = cyclic.get(v);
    if (name) {
      defs[name] = out;
      return { $ref: `#/$defs/${name}` };
    }
    return out;
  };

  const root = copy(raw);
  if (!isObj(root)) return {};
  if (Object.keys(defs).length === 0) return root;
  if (typeof root['$ref'] === 'string') return { $defs: defs, allOf: [root] };
  return { ...root, $defs: { ...(isObj(root['$defs']) ? root['$defs'] : {}), ...defs } };
}

/** Follow a local `#/...` ref against the root schema. */
export function deref(root: JsonSchema, schema: unknown): unknown {
  let current = schema;
  for (let hops = 0; hops < 16 && isObj(current) && typeof current['$ref'] === 'string'; hops++) {
    const ref = current['$ref'];
    if (!ref.startsWith('#')) return current;
    let node: unknown = root;
    for (const seg of ref.slice(2).split('/').filter(Boolean)) {
      node = isObj(node) ? node[seg.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
    }
    current = node;
  }
  return current;
}

/** The schemas that apply at the same instance location (the schema itself plus its combinator branches). */
function alternatives(root: JsonSchema, schema: unknown, seen = new Set<unknown>()): Obj[] {
  const s = deref(root, schema);
  if (!isObj(s) || seen.has(s)) return [];
  seen.add(s);
  const out: Obj[] = [s];
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    const list = s[key];
    if (Array.isArray(list)) for (const branch of list) out.push(...alternatives(root, branch, seen));
  }
  for (const key of ['then', 'else']) if (s[key] !== undefined) out.push(...alternatives(root, s[key], seen));
  return out;
}

function unescape(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Does the JSON pointer name a location the payload schema describes? `*` or a number steps into arrays and maps. */
export function pointerExists(root: JsonSchema, pointer: string): boolean {
  if (pointer === '') return true;
  if (!pointer.startsWith('/')) return false;
  let level: unknown[] = [root];
  for (const seg of pointer.slice(1).split('/').map(unescape)) {
    const next: unknown[] = [];
    for (const s of level) {
      for (const alt of alternatives(root, s)) {
        const props = alt['properties'];
        const named = isObj(props) ? props[seg] : undefined;
        if (named !== undefined) next.push(named);
        const items = alt['items'];
        if ((seg === '*' || /^\d+$/.test(seg)) && items !== undefined) next.push(Array.isArray(items) ? items[Number(seg)] : items);
        if (named === undefined && isObj(alt['additionalProperties'])) next.push(alt['additionalProperties']);
        if (isObj(alt['patternProperties'])) next.push(...Object.values(alt['patternProperties']));
      }
    }
    if (next.length === 0) return false;
    level = next;
  }
  return true;
}

/** Top-level property names of an object payload (for hints). */
export function topLevelProperties(root: JsonSchema): string[] {
  const names = new Set<string>();
  for (const alt of alternatives(root, root)) if (isObj(alt['properties'])) for (const k of Object.keys(alt['properties'])) names.add(k);
  return [...names].sort();
}

/** JSON pointers of every subschema marked `x-herald-sensitive: true` (`*` for array items and map values). */
export function sensitivePointers(root: JsonSchema): string[] {
  const found = new Set<string>();
  const visiting = new Set<unknown>();
  const walk = (schema: unknown, pointer: string): void => {
    for (const alt of alternatives(root, schema)) {
      if (visiting.has(alt)) continue;
      visiting.add(alt);
      if (alt['x-herald-sensitive'] === true && pointer !== '') found.add(pointer);
      if (isObj(alt['properties'])) for (const [k, v] of Object.entries(alt['properties'])) walk(v, `${pointer}/${escape(k)}`);
      const items = alt['items'];
      if (items !== undefined) for (const item of Array.isArray(items) ? items : [items]) walk(item, `${pointer}/*`);
      if (isObj(alt['additionalProperties'])) walk(alt['additionalProperties'], `${pointer}/*`);
      visiting.delete(alt);
    }
  };
  walk(root, '');
  return [...found].sort();
}

/** Top-level properties whose value is fixed (`const`, or an `enum` of one string). */
export function constProperties(root: JsonSchema): Map<string, string> {
  const out = new Map<string, string>();
  for (const alt of alternatives(root, root)) {
    if (!isObj(alt['properties'])) continue;
    for (const [k, v] of Object.entries(alt['properties'])) {
      const s = deref(root, v);
      if (!isObj(s)) continue;
      if (typeof s['const'] === 'string') out.set(k, s['const']);
      else if (Array.isArray(s['enum']) && s['enum'].length === 1 && typeof s['enum'][0] === 'string') out.set(k, s['enum'][0]);
    }
  }
  return out;
}

/** The Schema Object's `discriminator` (AsyncAPI: a property name; OpenAPI style `{propertyName}` too). */
export function schemaDiscriminator(root: JsonSchema): string | undefined {
  if (!isObj(root)) return undefined;
  const d = root['discriminator'];
  if (typeof d === 'string') return d;
  if (isObj(d) && typeof d['propertyName'] === 'string') return d['propertyName'];
  return undefined;
}

const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
const SCHEMA_VALUES = ['additionalProperties', 'unevaluatedProperties', 'items', 'additionalItems', 'unevaluatedItems', 'contains', 'propertyNames', 'not', 'if', 'then', 'else'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items'];

/** Where a subschema sits: the keyword holding it and the (original) parent schema. */
export interface SchemaSlot {
  keyword: string;
  parent: Obj;
}

/**
 * Rebuild a schema bottom-up. `visit` gets each subschema (its children already rebuilt)
 * and the chain of slots from the root down to it (empty for the root).
 */
export function mapSchema(schema: JsonSchema, visit: (node: Obj, slots: readonly SchemaSlot[]) => Obj): JsonSchema {
  const walk = (node: unknown, slots: SchemaSlot[]): unknown => {
    if (!isObj(node)) return node;
    const out: Obj = { ...node };
    const at = (keyword: string): SchemaSlot[] => [...slots, { keyword, parent: node }];
    for (const key of SCHEMA_MAPS) {
      const map = node[key];
      if (isObj(map)) out[key] = Object.fromEntries(Object.entries(map).map(([k, v]) => [k, walk(v, at(key))]));
    }
    for (const key of SCHEMA_VALUES) if (isObj(node[key])) out[key] = walk(node[key], at(key));
    for (const key of SCHEMA_LISTS) {
      const list = node[key];
      if (Array.isArray(list)) out[key] = list.map((v) => walk(v, at(key)));
    }
    return visit(out, slots);
  };
  return walk(schema, []) as JsonSchema;
}

const COMBINATORS = ['allOf', 'anyOf', 'oneOf', 'if'];

function describesProperties(node: Obj): boolean {
  return isObj(node['properties']) || isObj(node['patternProperties']);
}

/**
 * The writer's schema: every object that lists its properties and says nothing about
 * extra ones gets `additionalProperties: false`. Objects open on purpose (an explicit
 * `additionalProperties`/`unevaluatedProperties`) stay as written; so do objects whose
 * properties are split across combinators (closing them in draft-07 would reject the
 * other branch's properties), the branches of `allOf`/`if`, and anything under `not`.
 */
export function publishSchema(schema: JsonSchema): JsonSchema {
  return mapSchema(schema, (node, slots) => {
    if (!describesProperties(node) || 'additionalProperties' in node || 'unevaluatedProperties' in node) return node;
    if (COMBINATORS.some((k) => k in node)) return node;
    if (slots.some((s) => s.keyword === 'not')) return node;
    const slot = slots[slots.length - 1];
    if (slot) {
      if (['allOf', 'if', 'then', 'else'].includes(slot.keyword)) return node;
      if ((slot.keyword === 'anyOf' || slot.keyword === 'oneOf') && (describesProperties(slot.parent) || 'additionalProperties' in slot.parent)) return node;
    }
    return { ...node, additionalProperties: false };
  });
}

/** The reader's schema: closed objects are opened (`additionalProperties: false` dropped); typed maps stay. */
export function consumeSchema(schema: JsonSchema): JsonSchema {
  return mapSchema(schema, (node) => {
    if (node['additionalProperties'] !== false && node['unevaluatedProperties'] !== false) return node;
    const out = { ...node };
    if (out['additionalProperties'] === false) delete out['additionalProperties'];
    if (out['unevaluatedProperties'] === false) delete out['unevaluatedProperties'];
    return out;
  });
}
