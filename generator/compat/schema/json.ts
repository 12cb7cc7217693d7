// Small JSON Schema helpers for the compatibility engine: canonical equality, the set of
// JSON types a schema admits, local `$ref` resolution, and RFC 6901 pointer segments.

export type Obj = { [key: string]: unknown };

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** JSON text with sorted keys, so equal values give equal strings whatever their key order. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isObj(v)) {
    return `{${Object.keys(v)
      .sort()
      .filter((k) => v[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

export function deepEqual(a: unknown, b: unknown): boolean {
  return a === b || canonical(a) === canonical(b);
}

/** One RFC 6901 pointer segment. */
export function seg(s: string | number): string {
  return '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * JSON types as disjoint atoms: `integer` and `fraction` (a number with a fractional part)
 * make up `number`, so "integer ⊂ number" is plain set inclusion.
 */
export type Atom = 'null' | 'boolean' | 'object' | 'array' | 'integer' | 'fraction' | 'string';
export const ALL_ATOMS: readonly Atom[] = ['null', 'boolean', 'object', 'array', 'integer', 'fraction', 'string'];

export function typeAtoms(type: string): Atom[] {
  switch (type) {
    case 'number':
      return ['integer', 'fraction'];
    case 'null':
    case 'boolean':
    case 'object':
    case 'array':
    case 'integer':
    case 'string':
      return [type];
    default:
      return [];
  }
}

export function valueAtom(v: unknown): Atom {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  switch (typeof v) {
    case 'boolean':
      return 'boolean';
    case 'number':
      return Number.isInteger(v) ? 'integer' : 'fraction';
    case 'string':
      return 'string';
    default:
      return 'object';
  }
}

/** The declared types of a schema (every type when it has no `type`). */
export function declaredAtoms(node: Obj): Set<Atom> {
  const t = node['type'];
  if (typeof t === 'string') return new Set(typeAtoms(t));
  if (Array.isArray(t)) return new Set(t.flatMap((x) => (typeof x === 'string' ? typeAtoms(x) : [])));
  return new Set(ALL_ATOMS);
}

/** The values a schema allows when it lists them (`enum` or `const`), else undefined. */
export function finiteValues(node: Obj): unknown[] | undefined {
  if ('const' in node) return [node['const']];
  return Array.isArray(node['enum']) ? node['enum'] : undefined;
}

/** The types a schema actually admits: its declared types, narrowed by its enum/const values. */
export function effectiveAtoms(node: Obj): Set<Atom> {
  const declared = declaredAtoms(node);
  const values = finiteValues(node);
  if (!values) return declared;
  return new Set(values.map(valueAtom).filter((a) => declared.has(a)));
}

/** Human type names for a set of atoms (`integer` + `fraction` = `number`). */
export function describeAtoms(atoms: ReadonlySet<Atom>): string {
  if (atoms.size === 0) return 'nothing';
  if (atoms.size === ALL_ATOMS.length) return 'any type';
  const names: string[] = [];
  for (const a of ALL_ATOMS) {
    if (!atoms.has(a)) continue;
    if (a === 'integer') names.push(atoms.has('fraction') ? 'number' : 'integer');
    else if (a === 'fraction') {
      if (!atoms.has('integer')) names.push('number');
    } else names.push(a);
  }
  return names.join(' | ');
}

export function isSubset<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** Type names for the `type` keyword from a set of atoms, or undefined when it cannot be written (a bare fraction). */
export function atomsToType(atoms: ReadonlySet<Atom>): string[] | undefined {
  const out: string[] = [];
  for (const a of ALL_ATOMS) {
    if (!atoms.has(a)) continue;
    if (a === 'integer') out.push(atoms.has('fraction') ? 'number' : 'integer');
    else if (a === 'fraction') {
      if (!atoms.has('integer')) return undefined;
    } else out.push(a);
  }
  return out;
}

const withSiblings = new WeakMap<object, unknown>();

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Follow local `#/...` refs against `root`; a ref that cannot be followed is returned as is. */
export function resolveRef(root: unknown, node: unknown): unknown {
  let current = node;
  const seen = new Set<string>();
  while (isObj(current) && typeof current['$ref'] === 'string') {
    const ref = current['$ref'];
    if (!ref.startsWith('#') || seen.has(ref)) return current;
    seen.add(ref);
    let target: unknown = root;
    for (const s of ref.slice(1).split('/').slice(1)) {
      const key = safeDecode(s).replace(/~1/g, '/').replace(/~0/g, '~');
      target = isObj(target) ? target[key] : Array.isArray(target) ? target[Number(key)] : undefined;
    }
    if (target === undefined) return current;
    const siblings = Object.keys(current).filter((k) => k !== '$ref' && !ANNOTATION_KEYS.has(k));
    if (siblings.length === 0) {
      current = target;
      continue;
    }
    // `$ref` next to other keywords (allowed since 2019-09, common in AsyncAPI): both apply.
    // Cached so the same node always resolves to the same object (cycle detection needs identity).
    let combined = withSiblings.get(current);
    if (!combined) {
      const rest: Obj = {};
      for (const k of siblings) rest[k] = current[k];
      withSiblings.set(current, (combined = { allOf: [target, rest] }));
    }
    return combined;
  }
  return current;
}

/** Keywords that never change which instances a schema accepts. */
export const ANNOTATION_KEYS = new Set([
  'title',
  'description',
  'default',
  'examples',
  'example',
  '$comment',
  '$id',
  'id',
  '$schema',
  '$defs',
  'definitions',
  'deprecated',
  'readOnly',
  'writeOnly',
  'discriminator',
  'externalDocs',
  'contentEncoding',
  'contentMediaType',
]);

export function isAnnotation(key: string): boolean {
  return ANNOTATION_KEYS.has(key) || key.startsWith('x-');
}

/** True when the schema (after annotations are ignored) accepts every instance. */
export function isEmptySchema(node: unknown): boolean {
  if (node === true) return true;
  return isObj(node) && Object.keys(node).every(isAnnotation);
}

const refCache = new WeakMap<object, boolean>();

/** Does the subtree contain a `$ref` (so two equal-looking subtrees may still resolve differently)? */
export function containsRef(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const cached = refCache.get(v);
  if (cached !== undefined) return cached;
  const found = Array.isArray(v) ? v.some(containsRef) : typeof (v as Obj)['$ref'] === 'string' || Object.values(v as Obj).some(containsRef);
  refCache.set(v, found);
  return found;
}
