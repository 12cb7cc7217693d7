// Mutations of a valid value that each break exactly one JSON Schema constraint, at a place and
// with a keyword AJV reports predictably. A candidate change is kept only when the changed node
// fails exactly the intended keyword (schema-local.ts) and no enclosing rule notices it (enum on a
// parent, uniqueItems of the parent array, oneOf/anyOf/not that mention the changed property).

import { canonicalJson, cloneJson, codePointLength, hasJsonType, isPlainObject, joinPointer, objectFromEntries, pointerFromPath, setOwn, type JsonType } from './schema-json.js';
import { localFailures } from './schema-local.js';
import { isMultipleOf } from './schema-numbers.js';
import { SchemaRoot, declaredTypes, hasOwn, isSchema, propertyNames, type Atom, type JsonSchema, type SchemaAt } from './schema-walk.js';

export interface Mutation {
  /** JSON pointer into the value where a validator reports the issue (AJV's instancePath; the object for required/additionalProperties, the array for item counts). */
  readonly pointer: string;
  /** The JSON Schema keyword expected to fail. */
  readonly keyword: string;
  readonly description: string;
  /** Returns a changed copy of `value`; never modifies its argument. */
  apply(value: unknown): unknown;
}

export interface MutationOptions {
  /**
   * Validate as the publish side does (closed writer): an object schema with `properties`, no
   * `additionalProperties` and no allOf/anyOf/oneOf around it rejects unknown properties, so
   * "extra property" mutations apply to it. Default false: only `additionalProperties: false` closes.
   */
  closed?: boolean;
}

type Path = readonly (string | number)[];

interface Change {
  readonly path: Path;
  readonly keyword: string;
  readonly description: string;
  /** The new value at `path`, computed from the current one there. */
  readonly transform: (current: unknown) => unknown;
}

/** Extra-property name for closed-object mutations (never __proto__/constructor). */
const EXTRA_KEY = 'heraldUnexpected';
const WRONG_TYPE_VALUES: readonly unknown[] = [null, true, 0, 1.5, 'herald', [], {}];
/** Properties that combinators may depend on as a whole object. */
const SHAPE_KEYWORDS = ['additionalProperties', 'minProperties', 'maxProperties', 'enum', 'const'];

/** Mutations of `value` (assumed valid against `schema`) that each break exactly one constraint. */
export function mutationsFor(schema: JsonSchema, value: unknown, options: MutationOptions = {}): Mutation[] {
  const root = new SchemaRoot(schema);
  const changes = new Mutator(root, options.closed ?? false).node([{ schema: root.schema, pointer: '' }], value, []);
  return changes.map((c) => ({
    pointer: pointerFromPath(c.path),
    keyword: c.keyword,
    description: c.description,
    apply: (input: unknown) => {
      const copy = cloneJson(input);
      return replaceAt(copy, c.path, c.transform(getAt(copy, c.path)));
    },
  }));
}

interface Guard {
  /** Property names that some oneOf/anyOf/not at this node looks at. */
  readonly names: Set<string>;
  /** The combinators look at the object as a whole (key set, enum, const, extra-property schemas): leave it alone. */
  readonly shape: boolean;
}

class Mutator {
  constructor(
    private readonly root: SchemaRoot,
    private readonly closed: boolean,
  ) {}

  node(list: readonly SchemaAt[], value: unknown, path: Path): Change[] {
    const atoms: Atom[] = [];
    for (const at of list) {
      const flat = this.root.flatten(at);
      if (flat.never !== undefined) return [];
      atoms.push(...flat.atoms);
    }
    if (atoms.length === 0) return [];
    const guard = this.guard(atoms);
    const closedAtoms = this.closedAtoms(atoms);
    const out: Change[] = [];
    const replace = (keyword: string, candidates: readonly unknown[], why: string): void => {
      for (const candidate of candidates) {
        const failed = localFailures(atoms, candidate, closedAtoms);
        if (failed.size === 1 && failed.has(keyword)) {
          out.push({ path, keyword, description: `${describePath(path)}: ${why} (${preview(candidate)})`, transform: () => cloneJson(candidate) });
          return;
        }
      }
    };

    if (atoms.some((a) => 'enum' in a.schema || 'const' in a.schema)) {
      if (!guard) {
        replace('enum', outsideValues(atoms, value), 'a value outside the enum');
        replace('const', outsideValues(atoms, value), 'a value other than the const');
      }
      return out;
    }

    if (!guard) this.scalarChanges(atoms, value, replace);

    if (Array.isArray(value) && !guard) {
      this.arrayChanges(atoms, value, replace);
      const unique = atoms.some((a) => a.schema.uniqueItems === true);
      value.forEach((item, i) => {
        const itemPath = [...path, i];
        for (const change of this.node(itemSchemas(atoms, i), item, itemPath)) {
          if (unique) {
            const changed = replaceAt(cloneJson(item), change.path.slice(itemPath.length), change.transform(getAt(item, change.path.slice(itemPath.length))));
            const key = canonicalJson(changed);
            if (value.some((other, j) => j !== i && canonicalJson(other) === key)) continue;
          }
          out.push(change);
        }
      });
    }

    if (isPlainObject(value) && !guard?.shape) {
      out.push(...this.objectChanges(atoms, value, path, closedAtoms, guard));
      for (const [key, child] of Object.entries(value)) {
        if (guard?.names.has(key)) continue;
        const schemas = propertySchemas(atoms, key);
        if (schemas.length > 0) out.push(...this.node(schemas, child, [...path, key]));
      }
    }
    return out;
  }

  /** Remove a required property; add an unknown one to a closed object. */
  private objectChanges(atoms: readonly Atom[], value: Record<string, unknown>, path: Path, closedAtoms: ReadonlySet<string>, guard: Guard | undefined): Change[] {
    const out: Change[] = [];
    const without = (obj: Record<string, unknown>, key: string): Record<string, unknown> => objectFromEntries(Object.entries(obj).filter(([k]) => k !== key));
    const required = new Set(atoms.flatMap((a) => (Array.isArray(a.schema.required) ? (a.schema.required as string[]) : [])));
    for (const key of required) {
      // AJV reads absent properties through the prototype: a missing "toString" is never reported missing.
      if (!hasOwn(value, key) || guard?.names.has(key) || key in Object.prototype) continue;
      const failed = localFailures(atoms, without(value, key), closedAtoms);
      if (failed.size === 1 && failed.has('required')) {
        out.push({
          path,
          keyword: 'required',
          description: `${describePath(path)}: remove required property "${key}"`,
          transform: (current) => without(current as Record<string, unknown>, key),
        });
      }
    }
    if (!atoms.some((a) => a.schema.additionalProperties === false) && closedAtoms.size === 0) return out;
    const declared = new Set(atoms.flatMap((a) => propertyNames(a.schema)));
    let extra = EXTRA_KEY;
    for (let n = 2; declared.has(extra) || hasOwn(value, extra); n++) extra = `${EXTRA_KEY}${n}`;
    const key = extra;
    const withExtra = (obj: Record<string, unknown>): Record<string, unknown> => {
      const next = cloneJson(obj);
      setOwn(next, key, null);
      return next;
    };
    const failed = localFailures(atoms, withExtra(value), closedAtoms);
    if (failed.size === 1 && failed.has('additionalProperties')) {
      out.push({
        path,
        keyword: 'additionalProperties',
        description: `${describePath(path)}: add unknown property "${key}"`,
        transform: (current) => withExtra(current as Record<string, unknown>),
      });
    }
    return out;
  }

  private scalarChanges(atoms: readonly Atom[], value: unknown, replace: (keyword: string, candidates: readonly unknown[], why: string) => void): void {
    let types: JsonType[] | undefined;
    for (const a of atoms) {
      const own = declaredTypes(a.schema);
      if (own) types = types ? types.filter((t) => own.has(t) || (t === 'integer' && own.has('number'))) : [...own];
    }
    if (types) {
      const allowed = types;
      replace('type', WRONG_TYPE_VALUES.filter((v) => !allowed.some((t) => hasJsonType(v, t))), 'a value of a type the schema does not allow');
    }
    if (typeof value === 'number') {
      for (const { schema: s } of atoms) {
        const steps = atoms.map((a) => a.schema.multipleOf).filter((m): m is number => typeof m === 'number');
        const below = (limit: number): number[] => [limit, limit - 1, limit - 0.5, ...steps.flatMap((m) => [Math.ceil(limit / m) * m - m, Math.floor(limit / m) * m])];
        const above = (limit: number): number[] => [limit, limit + 1, limit + 0.5, ...steps.flatMap((m) => [Math.floor(limit / m) * m + m, Math.ceil(limit / m) * m])];
        if (typeof s.minimum === 'number') replace('minimum', below(s.minimum).filter((v) => v < (s.minimum as number)), `below minimum ${s.minimum}`);
        if (typeof s.exclusiveMinimum === 'number') replace('exclusiveMinimum', below(s.exclusiveMinimum), `not above exclusiveMinimum ${s.exclusiveMinimum}`);
        if (typeof s.maximum === 'number') replace('maximum', above(s.maximum).filter((v) => v > (s.maximum as number)), `above maximum ${s.maximum}`);
        if (typeof s.exclusiveMaximum === 'number') replace('exclusiveMaximum', above(s.exclusiveMaximum), `not below exclusiveMaximum ${s.exclusiveMaximum}`);
        if (typeof s.multipleOf === 'number') {
          const m = s.multipleOf;
          replace('multipleOf', [value + m / 2, value - m / 2, value + 1, value - 1, value + 0.5, value - 0.5].filter((v) => !isMultipleOf(v, m)), `not a multiple of ${m}`);
        }
      }
    }
    if (typeof value === 'string') {
      const chars = [...value];
      const last = chars[chars.length - 1] ?? 'a';
      for (const { schema: s } of atoms) {
        if (typeof s.minLength === 'number' && s.minLength > 0) {
          const n = s.minLength - 1;
          replace('minLength', [chars.slice(0, n).join(''), 'a'.repeat(n), last.repeat(n)], `shorter than minLength ${s.minLength}`);
        }
        if (typeof s.maxLength === 'number' && s.maxLength < 100_000) {
          const grow = s.maxLength + 1 - chars.length;
          replace('maxLength', [value + last.repeat(Math.max(grow, 1)), 'a'.repeat(s.maxLength + 1), value + 'a'.repeat(Math.max(grow, 1))], `longer than maxLength ${s.maxLength}`);
        }
        if (typeof s.pattern === 'string') replace('pattern', patternBreakers(value), `does not match /${s.pattern}/`);
        if (typeof s.format === 'string') replace('format', formatBreakers(s.format, value), `not a valid ${s.format}`);
      }
    }
  }

  private arrayChanges(atoms: readonly Atom[], value: unknown[], replace: (keyword: string, candidates: readonly unknown[], why: string) => void): void {
    const tuple = atoms.some((a) => Array.isArray(a.schema.items));
    for (const { schema: s } of atoms) {
      if (typeof s.minItems === 'number' && s.minItems > 0 && value.length >= s.minItems) {
        replace('minItems', [value.slice(0, s.minItems - 1)], `fewer than minItems ${s.minItems}`);
      }
      const first = value[0];
      if (!tuple && value.length > 0 && typeof s.maxItems === 'number' && s.maxItems < 10_000) {
        const grown = [...value];
        while (grown.length <= s.maxItems) grown.push(cloneJson(value[grown.length % value.length]));
        replace('maxItems', [grown], `more than maxItems ${s.maxItems}`);
      }
      if (!tuple && s.uniqueItems === true && value.length > 0) replace('uniqueItems', [[...value, cloneJson(first)]], 'a duplicate item');
      if (Array.isArray(s.items) && s.additionalItems === false && value.length === s.items.length) {
        replace('additionalItems', [[...value, null]], `more items than the ${s.items.length} the tuple allows`);
      }
    }
  }

  /** What the oneOf/anyOf/not of this node look at; undefined when there are none. */
  private guard(atoms: readonly Atom[]): Guard | undefined {
    const combinators = atoms.flatMap((a) => {
      const out: SchemaAt[] = [];
      for (const k of ['oneOf', 'anyOf'] as const) {
        if (Array.isArray(a.schema[k])) (a.schema[k] as JsonSchema[]).forEach((b, i) => out.push({ schema: b, pointer: joinPointer(a.pointer, k, i) }));
      }
      if (isSchema(a.schema.not)) out.push({ schema: a.schema.not, pointer: joinPointer(a.pointer, 'not') });
      return out;
    });
    if (combinators.length === 0) return undefined;
    const guard: Guard = { names: new Set(), shape: false };
    const visit = (at: SchemaAt, seen: Set<string>): void => {
      if (seen.has(at.pointer)) return;
      seen.add(at.pointer);
      for (const { schema: s, pointer } of this.root.flatten(at).atoms) {
        for (const k of propertyNames(s)) guard.names.add(k);
        if (Array.isArray(s.required)) for (const k of s.required as string[]) guard.names.add(k);
        if (SHAPE_KEYWORDS.some((k) => k in s)) (guard as { shape: boolean }).shape = true;
        for (const k of ['oneOf', 'anyOf'] as const) {
          if (Array.isArray(s[k])) (s[k] as JsonSchema[]).forEach((b, i) => visit({ schema: b, pointer: joinPointer(pointer, k, i) }, seen));
        }
        if (isSchema(s.not)) visit({ schema: s.not, pointer: joinPointer(pointer, 'not') }, seen);
      }
    };
    for (const at of combinators) visit(at, new Set());
    return guard;
  }

  /**
   * With `closed`, the atoms a closed-writer validator closes: object schemas listing `properties`
   * with no `additionalProperties` that are not split across combinators (neither holding
   * allOf/anyOf/oneOf/if nor being an allOf branch themselves).
   */
  private closedAtoms(atoms: readonly Atom[]): Set<string> {
    if (!this.closed) return new Set();
    const closable = atoms.filter(
      ({ schema: s, pointer }) =>
        isPlainObject(s.properties) && !('additionalProperties' in s) && !['allOf', 'anyOf', 'oneOf', 'if'].some((k) => k in s) && !/\/allOf\/\d+$/.test(pointer),
    );
    return new Set(closable.map((a) => a.pointer));
  }
}

function propertySchemas(atoms: readonly Atom[], key: string): SchemaAt[] {
  const out: SchemaAt[] = [];
  for (const { schema: s, pointer } of atoms) {
    const props = s.properties as Record<string, JsonSchema> | undefined;
    if (isPlainObject(props) && hasOwn(props, key)) out.push({ schema: props[key]!, pointer: joinPointer(pointer, 'properties', key) });
    else if (isPlainObject(s.additionalProperties)) out.push({ schema: s.additionalProperties, pointer: joinPointer(pointer, 'additionalProperties') });
  }
  return out;
}

function itemSchemas(atoms: readonly Atom[], index: number): SchemaAt[] {
  const out: SchemaAt[] = [];
  for (const { schema: s, pointer } of atoms) {
    if (Array.isArray(s.items)) {
      if (index < s.items.length) out.push({ schema: s.items[index] as JsonSchema, pointer: joinPointer(pointer, 'items', index) });
      else if (isPlainObject(s.additionalItems)) out.push({ schema: s.additionalItems, pointer: joinPointer(pointer, 'additionalItems') });
    } else if (isPlainObject(s.items)) {
      out.push({ schema: s.items, pointer: joinPointer(pointer, 'items') });
    }
  }
  return out;
}

/** Values near `value` that are unlikely to be in an enum or equal to a const. */
function outsideValues(atoms: readonly Atom[], value: unknown): unknown[] {
  const listed = atoms.flatMap((a) => ('const' in a.schema ? [a.schema.const] : Array.isArray(a.schema.enum) ? a.schema.enum : []));
  const out: unknown[] = [];
  if (typeof value === 'string') out.push(`${value}~`, value.toUpperCase(), value.toLowerCase(), 'herald-unlisted', ...listed.filter((v) => typeof v === 'string').map((v) => `${v}x`));
  if (typeof value === 'number') {
    const numbers = listed.filter((v): v is number => typeof v === 'number');
    out.push(value + 1, value - 1, Math.max(...numbers) + 1, Math.min(...numbers) - 1, value + 0.5);
  }
  if (typeof value === 'boolean') out.push(!value);
  if (Array.isArray(value)) out.push([...value, null], value.slice(1), []);
  if (isPlainObject(value)) out.push({});
  out.push(null, 'herald-unlisted', 0, false, [], {});
  return out;
}

function patternBreakers(value: string): string[] {
  const chars = [...value];
  const n = Math.max(chars.length, 1);
  const out = [value.toLowerCase(), value.toUpperCase(), '', ' '.repeat(n), '!'.repeat(n), 'a'.repeat(n), 'A'.repeat(n), '0'.repeat(n), '_'.repeat(n)];
  for (const c of ['!', ' ', 'a', 'A', '0', '_', '-', 'é']) {
    out.push(c + chars.slice(1).join(''), chars.slice(0, -1).join('') + c, `${value}${c}`, `${c}${value}`);
  }
  return out;
}

function formatBreakers(format: string, value: string): string[] {
  const specific: Record<string, string[]> = {
    date: ['2021-02-30', '2021-13-01', value.replace(/-/g, '/')],
    'date-time': [value.replace('T', ' ').replace(/[zZ]$|[+-]\d\d:\d\d$/, ''), value.replace(/T.*/, ''), `${value.slice(0, 5)}13${value.slice(7)}`, value.replace('T', 'X')],
    time: [value.replace(/[zZ]$|[+-]\d\d:\d\d$/, ''), `25${value.slice(2)}`],
    uuid: [`g${value.slice(1)}`, value.replace(/-/g, ''), value.slice(0, -1)],
    email: [value.replace('@', ''), value.replace('@', '@@'), `${value}@`],
    uri: [value.replace(/^[a-z][a-z0-9+.-]*:/i, ''), `:${value}`, value.replace(':', '')],
    'uri-reference': [`\\${value}`, `${value} x`],
    url: [value.replace(/^[a-z][a-z0-9+.-]*:/i, ''), `:${value}`],
    hostname: [`-${value}`, `${value}_`, `${value} `],
    ipv4: ['256.0.0.1', `${value}.1`, value.replace(/\./g, ',')],
    ipv6: [`${value}:::`, value.replace(/:/g, ';'), 'g::1'],
  };
  return [...(specific[format] ?? []), `${value} `, ` ${value}`, 'x', 'not-valid', ''];
}

function describePath(path: Path): string {
  return path.length === 0 ? '/' : pointerFromPath(path);
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return codePointLength(text) > 60 ? `${[...text].slice(0, 57).join('')}...` : text;
}

function getAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const token of path) node = (node as Record<string | number, unknown>)[token];
  return node;
}

/** Sets the value at `path` inside `root` (already a private copy) and returns the root. */
function replaceAt(root: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next;
  const parent = getAt(root, path.slice(0, -1));
  const last = path[path.length - 1]!;
  if (Array.isArray(parent)) parent[last as number] = next;
  else setOwn(parent as Record<string, unknown>, String(last), next);
  return root;
}
