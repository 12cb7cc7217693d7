// fast-check arbitraries derived from JSON Schemas. Values are built to match by construction;
// the few keywords that cannot be built directly (oneOf's "exactly one", not, some combinations)
// filter with a compiled check and first prove on a fixed-seed sample that filtering finds values,
// so an impossible or hopelessly narrow schema fails at once with UnsupportedSchemaError.

import fc from 'fast-check';
import { InvalidOptionError } from '../core/errors.js';
import { SchemaChecker } from './schema-ajv.js';
import { UnsupportedSchemaError } from './schema-error.js';
import { SUPPORTED_FORMATS, formatArbitrary, formatCheck } from './schema-formats.js';
import { canonicalJson, codePointLength, joinPointer, jsonEqual, cloneJson, objectFromEntries, type JsonType } from './schema-json.js';
import { isMultipleOf, lowerBound, upperBound, type Limit } from './schema-numbers.js';
import { SchemaRoot, declaredTypes, hasOwn, isSchema, type Atom, type Flattened, type JsonSchema, type SchemaAt } from './schema-walk.js';

export interface ArbitraryOptions {
  /** Longest generated array where the schema allows longer ones (never below `minItems`). Default 4. */
  maxItems?: number;
  /** How often one `$ref` may recurse into itself on one path before only the smallest instances are built. Default 3. */
  maxDepth?: number;
}

/** Property names never generated as extra keys: they have special meaning to JavaScript objects. */
const FORBIDDEN_EXTRA_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const SAMPLE_RUNS = 50;
const SAMPLE_SEED = 0x5eed;
const MIN_HITS = 3;

/**
 * One Unicode code point per unit, so `minLength`/`maxLength` (which count code points) hold:
 * mostly ASCII, plus single-code-point graphemes, combining marks, emoji, escapes and controls.
 */
const CODE_POINT: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-composite', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom('é', 'ß', '中', '🙂', '👩', '\u{1F3FD}', '\u0301', '\u200d', '\u0000', '\n', '"', '\\', '%', '/', '~') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);

const ABSENT: unique symbol = Symbol('absent');

/** Thrown inside the builder when, near the depth limit, a recursive `$ref` would be entered again. */
class RecursionCut extends Error {
  constructor(readonly pointer: string) {
    super(`recursion cut at #${pointer}`);
  }
}

interface Ctx {
  /** `$ref` targets followed on the path to this value. */
  readonly refStack: readonly string[];
  /** Index in refStack where "smallest instance" mode began, if it has. */
  readonly minimalFrom: number | undefined;
}

/**
 * Derives a fast-check arbitrary whose values are valid against `schema`, against its closed-writer
 * variant (no unknown properties unless `additionalProperties` allows them explicitly) and against
 * its open-reader variant. Throws UnsupportedSchemaError, naming the schema pointer and keyword,
 * where that cannot be guaranteed.
 */
export function arbitraryFromSchema(schema: JsonSchema, options: ArbitraryOptions = {}): fc.Arbitrary<unknown> {
  const maxItems = options.maxItems ?? 4;
  const maxDepth = options.maxDepth ?? 3;
  if (!Number.isInteger(maxItems) || maxItems < 0) throw new InvalidOptionError('maxItems must be a non-negative integer', { maxItems });
  if (!Number.isInteger(maxDepth) || maxDepth < 1) throw new InvalidOptionError('maxDepth must be a positive integer', { maxDepth });
  return new Builder(new SchemaRoot(schema), maxItems, maxDepth).build();
}

function unsatisfiable(pointer: string, keyword: string, message: string): UnsupportedSchemaError {
  return new UnsupportedSchemaError(pointer, keyword, message, 'unsatisfiable');
}

function isUnsatisfiable(err: unknown): boolean {
  return err instanceof UnsupportedSchemaError && err.reason === 'unsatisfiable';
}

class Builder {
  private readonly checker: SchemaChecker;
  private readonly anyJsonCache = new Map<number, fc.Arbitrary<unknown>>();

  constructor(
    private readonly root: SchemaRoot,
    private readonly maxItems: number,
    private readonly maxDepth: number,
  ) {
    this.checker = new SchemaChecker(root);
  }

  build(): fc.Arbitrary<unknown> {
    try {
      return this.schemas([{ schema: this.root.schema, pointer: '' }], { refStack: [], minimalFrom: undefined }, new Set());
    } catch (err) {
      if (err instanceof RecursionCut) {
        throw unsatisfiable(err.pointer, '$ref', 'the recursive schema has no finite instance: every way through it recurses again');
      }
      throw err;
    }
  }

  /** An arbitrary for values matching every schema of `list`. */
  private schemas(list: readonly SchemaAt[], ctx: Ctx, consumed: ReadonlySet<string>): fc.Arbitrary<unknown> {
    let flat: Flattened = { atoms: [], refs: [] };
    for (const at of list) flat = this.extend(flat, at);
    return this.atoms(flat, list[0]?.pointer ?? '', this.enterRefs(ctx, flat.refs), consumed);
  }

  private extend(flat: Flattened, at: SchemaAt): Flattened {
    const more = this.root.flatten(at);
    const never = flat.never ?? more.never;
    const merged = { atoms: [...flat.atoms, ...more.atoms], refs: [...flat.refs, ...more.refs] };
    return never === undefined ? merged : { ...merged, never };
  }

  private enterRefs(ctx: Ctx, refs: readonly string[]): Ctx {
    let { refStack, minimalFrom } = ctx;
    for (const ref of refs) {
      if (minimalFrom !== undefined && refStack.slice(minimalFrom).includes(ref)) throw new RecursionCut(ref);
      if (minimalFrom === undefined && refStack.filter((r) => r === ref).length >= this.maxDepth) minimalFrom = refStack.length;
      refStack = [...refStack, ref];
    }
    return { refStack, minimalFrom };
  }

  private atoms(flat: Flattened, pointer: string, ctx: Ctx, consumed: ReadonlySet<string>): fc.Arbitrary<unknown> {
    if (flat.never !== undefined) throw unsatisfiable(flat.never, 'false', 'the schema `false` matches no value');
    for (const atom of flat.atoms) {
      for (const keyword of ['oneOf', 'anyOf'] as const) {
        if (Array.isArray(atom.schema[keyword]) && !consumed.has(joinPointer(atom.pointer, keyword))) {
          return this.branches(keyword, atom, flat, ctx, consumed);
        }
      }
    }
    const core = this.core(flat.atoms, pointer, ctx);
    const nots = flat.atoms.filter((a) => 'not' in a.schema).map((a) => joinPointer(a.pointer, 'not'));
    if (nots.length === 0) return core;
    const checks = nots.map((p) => this.checker.check(p));
    return this.accept(core, (v) => !checks.some((c) => c.written(v) || c.open(v)), nots[0]!, 'not', 'values must not match "not"');
  }

  /** oneOf / anyOf: one alternative per branch, each merged with the sibling keywords. */
  private branches(keyword: 'oneOf' | 'anyOf', atom: Atom, flat: Flattened, ctx: Ctx, consumed: ReadonlySet<string>): fc.Arbitrary<unknown> {
    const group = joinPointer(atom.pointer, keyword);
    const branchList = atom.schema[keyword] as JsonSchema[];
    const inner = new Set(consumed).add(group);
    const checks = keyword === 'oneOf' ? branchList.map((_, j) => this.checker.check(joinPointer(group, j))) : [];
    const one = (v: unknown, variant: 'written' | 'open'): boolean => {
      let n = 0;
      for (const c of checks) if (c[variant](v) && ++n > 1) return false;
      return n === 1;
    };
    const exactlyOne = (v: unknown): boolean => one(v, 'written') && one(v, 'open');
    const options: fc.Arbitrary<unknown>[] = [];
    let cut: RecursionCut | undefined;
    let firstFailure: unknown;
    branchList.forEach((branch, i) => {
      const at = { schema: branch, pointer: joinPointer(group, i) };
      try {
        const extended = this.extend(flat, at);
        const arb = this.atoms(extended, at.pointer, this.enterRefs(ctx, extended.refs.slice(flat.refs.length)), inner);
        if (keyword === 'anyOf') {
          options.push(arb);
          return;
        }
        const hits = this.sample(arb, at.pointer, keyword).filter(exactlyOne).length;
        if (hits > 0) options.push(arb.filter(exactlyOne));
      } catch (err) {
        if (err instanceof RecursionCut) cut ??= err;
        else if (isUnsatisfiable(err)) firstFailure ??= err;
        else throw err;
      }
    });
    if (options.length > 0) return options.length === 1 ? options[0]! : fc.oneof(...options);
    if (cut) throw cut;
    if (firstFailure) throw firstFailure;
    throw new UnsupportedSchemaError(atom.pointer, keyword, 'no branch yields values that match exactly one branch (every branch overlaps another)', 'too-restrictive');
  }

  private core(atoms: readonly Atom[], pointer: string, ctx: Ctx): fc.Arbitrary<unknown> {
    const types = this.types(atoms);
    const enumValues = this.enumValues(atoms, pointer);
    if (enumValues) {
      const checks = atoms.map((a) => this.checker.check(a.pointer));
      const ok = enumValues.filter((v) => checks.every((c) => c.written(v) && c.open(v)));
      if (ok.length === 0) throw unsatisfiable(pointer, 'enum', 'no enum/const value satisfies the rest of the schema');
      return fc.constantFrom(...ok).map((v) => cloneJson(v));
    }
    if (types === 'any') return this.anyJson(2);
    const alternatives: fc.Arbitrary<unknown>[] = [];
    let failure: unknown;
    for (const type of types) {
      if (type === 'integer' && types.includes('number')) continue;
      try {
        alternatives.push(this.typed(type, atoms, pointer, ctx));
      } catch (err) {
        if (!(err instanceof RecursionCut) && !isUnsatisfiable(err)) throw err;
        failure ??= err;
      }
    }
    if (alternatives.length === 0) throw failure;
    return alternatives.length === 1 ? alternatives[0]! : fc.oneof(...alternatives);
  }

  /** The types to generate: the intersection of every `type`, else the types the keywords imply, else any. */
  private types(atoms: readonly Atom[]): JsonType[] | 'any' {
    let types: Set<JsonType> | undefined;
    for (const atom of atoms) {
      const own = declaredTypes(atom.schema);
      if (!own) continue;
      if (!types) {
        types = own;
        continue;
      }
      const both = new Set<JsonType>();
      for (const t of own) {
        if (types.has(t)) both.add(t);
        else if (t === 'integer' && types.has('number')) both.add('integer');
        else if (t === 'number' && types.has('integer')) both.add('integer');
      }
      types = both;
      if (types.size === 0) throw unsatisfiable(atom.pointer, 'type', 'the "type"s of the combined schemas have nothing in common');
    }
    if (types) return [...types].sort();
    const hinted = new Set<JsonType>();
    for (const { schema: s } of atoms) {
      if (['properties', 'required', 'additionalProperties', 'minProperties', 'maxProperties'].some((k) => k in s)) hinted.add('object');
      if (['items', 'additionalItems', 'minItems', 'maxItems', 'uniqueItems'].some((k) => k in s)) hinted.add('array');
      if (['minLength', 'maxLength', 'pattern', 'format'].some((k) => k in s)) hinted.add('string');
      if (['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'].some((k) => k in s)) hinted.add('number');
    }
    if (hinted.size === 0) return 'any';
    return [...hinted].sort();
  }

  private enumValues(atoms: readonly Atom[], pointer: string): unknown[] | undefined {
    let values: unknown[] | undefined;
    for (const { schema: s } of atoms) {
      const own = 'const' in s ? [s.const] : Array.isArray(s.enum) ? s.enum : undefined;
      if (!own) continue;
      values = values ? values.filter((v) => own.some((o) => jsonEqual(o, v))) : [...own];
    }
    if (values && values.length === 0) throw unsatisfiable(pointer, 'enum', 'the enum/const values of the combined schemas have nothing in common');
    return values;
  }

  private typed(type: JsonType, atoms: readonly Atom[], pointer: string, ctx: Ctx): fc.Arbitrary<unknown> {
    switch (type) {
      case 'null':
        return fc.constant(null);
      case 'boolean':
        return fc.boolean();
      case 'integer':
      case 'number':
        return this.number(type, atoms, pointer);
      case 'string':
        return this.string(atoms, pointer);
      case 'array':
        return this.array(atoms, pointer, ctx);
      case 'object':
        return this.object(atoms, pointer, ctx);
    }
  }

  private number(type: 'integer' | 'number', atoms: readonly Atom[], pointer: string): fc.Arbitrary<unknown> {
    const lower = lowerBound(atoms);
    const upper = upperBound(atoms);
    const steps = atoms.filter((a) => typeof a.schema.multipleOf === 'number').map((a) => ({ value: a.schema.multipleOf as number, pointer: a.pointer }));
    const within = (v: number): boolean => inside(v, lower, upper);
    const multiple = (v: number): boolean => steps.every((s) => isMultipleOf(v, s.value));
    if (type === 'integer') {
      const lo = Math.max(Number.MIN_SAFE_INTEGER, lower ? (lower.exclusive ? Math.floor(lower.value) + 1 : Math.ceil(lower.value)) : -Infinity);
      const hi = Math.min(Number.MAX_SAFE_INTEGER, upper ? (upper.exclusive ? Math.ceil(upper.value) - 1 : Math.floor(upper.value)) : Infinity);
      if (lo > hi) throw unsatisfiable(lower?.pointer ?? pointer, 'minimum', `no integer lies between the bounds (${lo} > ${hi})`);
      if (steps.length === 0) return fc.integer({ min: lo, max: hi });
      if (steps.every((s) => Number.isInteger(s.value))) {
        const step = steps.reduce((acc, s) => lcm(acc, s.value), 1);
        if (!Number.isSafeInteger(step)) throw new UnsupportedSchemaError(steps[0]!.pointer, 'multipleOf', 'the combined multipleOf is beyond the safe integer range');
        const kLo = Math.ceil(lo / step);
        const kHi = Math.floor(hi / step);
        if (kLo > kHi) throw unsatisfiable(steps[0]!.pointer, 'multipleOf', `no multiple of ${step} lies between ${lo} and ${hi}`);
        return fc.integer({ min: kLo, max: kHi }).map((k) => k * step + 0);
      }
      return this.accept(fc.integer({ min: lo, max: hi }), multiple, steps[0]!.pointer, 'multipleOf', 'integers that are multiples of a fractional multipleOf');
    }
    if (lower && upper && (lower.value > upper.value || (lower.value === upper.value && (lower.exclusive || upper.exclusive)))) {
      throw unsatisfiable(lower.pointer, lower.exclusive ? 'exclusiveMinimum' : 'minimum', `no number lies between ${lower.value} and ${upper.value}`);
    }
    if (steps.length > 0) {
      const step = steps.reduce((a, b) => (b.value > a.value ? b : a));
      for (const s of steps) {
        if (!isMultipleOf(step.value, s.value)) {
          throw new UnsupportedSchemaError(s.pointer, 'multipleOf', `combined multipleOf values ${step.value} and ${s.value} do not divide each other`);
        }
      }
      // k ranges over the multiples inside the bounds (a window of ±1e9 steps where unbounded).
      const span = 1e9;
      let kLo = lower ? Math.max(Number.MIN_SAFE_INTEGER, Math.ceil(lower.value / step.value)) : -span;
      let kHi = upper ? Math.min(Number.MAX_SAFE_INTEGER, Math.floor(upper.value / step.value)) : span;
      if (!lower && kLo > kHi) kLo = kHi - span;
      if (!upper && kLo > kHi) kHi = kLo + span;
      if (kLo > kHi) throw unsatisfiable(step.pointer, 'multipleOf', `no multiple of ${step.value} lies within the bounds`);
      const candidates = fc.integer({ min: kLo, max: kHi }).map((k) => snapToStep(k, step.value));
      return this.accept(candidates, (v) => within(v) && multiple(v), step.pointer, 'multipleOf', 'multiples of multipleOf within the bounds');
    }
    const doubles = fc
      .double({
        min: lower?.value ?? -Number.MAX_VALUE,
        max: upper?.value ?? Number.MAX_VALUE,
        minExcluded: lower?.exclusive ?? false,
        maxExcluded: upper?.exclusive ?? false,
        noNaN: true,
        noDefaultInfinity: true,
      })
      .map((v) => v + 0);
    const iLo = Math.max(Number.MIN_SAFE_INTEGER, lower ? (lower.exclusive ? Math.floor(lower.value) + 1 : Math.ceil(lower.value)) : -Infinity);
    const iHi = Math.min(Number.MAX_SAFE_INTEGER, upper ? (upper.exclusive ? Math.ceil(upper.value) - 1 : Math.floor(upper.value)) : Infinity);
    if (iLo > iHi) return doubles;
    return fc.oneof({ weight: 2, arbitrary: doubles }, { weight: 1, arbitrary: fc.integer({ min: iLo, max: iHi }) });
  }

  private string(atoms: readonly Atom[], pointer: string): fc.Arbitrary<unknown> {
    let minLength = 0;
    let maxLength: number | undefined;
    const patterns: { regex: RegExp; pointer: string }[] = [];
    const formats: { name: string; pointer: string }[] = [];
    for (const { schema: s, pointer: p } of atoms) {
      if (typeof s.minLength === 'number') minLength = Math.max(minLength, s.minLength);
      if (typeof s.maxLength === 'number') maxLength = Math.min(maxLength ?? Infinity, s.maxLength);
      if (typeof s.pattern === 'string') {
        try {
          patterns.push({ regex: new RegExp(s.pattern, 'u'), pointer: p });
        } catch (err) {
          throw new UnsupportedSchemaError(p, 'pattern', `not a valid regular expression with the "u" flag AJV uses: ${(err as Error).message}`);
        }
      }
      if (typeof s.format === 'string' && !formats.some((f) => f.name === s.format)) formats.push({ name: s.format, pointer: p });
    }
    if (maxLength !== undefined && minLength > maxLength) {
      throw unsatisfiable(pointer, 'minLength', `minLength ${minLength} is greater than maxLength ${maxLength}`);
    }
    if (formats.length > 1) {
      throw new UnsupportedSchemaError(formats[1]!.pointer, 'format', `combines formats "${formats[0]!.name}" and "${formats[1]!.name}"`);
    }
    const lengthOk = (v: string): boolean => {
      const n = codePointLength(v);
      return n >= minLength && (maxLength === undefined || n <= maxLength);
    };
    const format = formats[0];
    if (format) {
      const arb = formatArbitrary(format.name);
      const check = formatCheck(format.name);
      if (!arb || !check) {
        throw new UnsupportedSchemaError(format.pointer, 'format', `format "${format.name}" is not supported (supported: ${SUPPORTED_FORMATS.join(', ')})`);
      }
      if (patterns.length === 0 && minLength === 0 && maxLength === undefined) return arb;
      const where = patterns[0]?.pointer ?? format.pointer;
      const keyword = patterns.length > 0 ? 'pattern' : maxLength !== undefined ? 'maxLength' : 'minLength';
      return this.accept(arb, (v) => lengthOk(v) && patterns.every((p) => p.regex.test(v)), where, keyword, `format "${format.name}" combined with ${keyword}`);
    }
    const first = patterns[0];
    if (first) {
      let arb: fc.Arbitrary<string>;
      try {
        arb = fc.stringMatching(first.regex, maxLength === undefined ? {} : { maxLength });
      } catch (err) {
        throw new UnsupportedSchemaError(first.pointer, 'pattern', `fast-check cannot generate strings for /${first.regex.source}/: ${(err as Error).message}`);
      }
      return this.accept(arb, (v) => lengthOk(v) && patterns.every((p) => p.regex.test(v)), first.pointer, 'pattern', 'pattern with the length bounds');
    }
    return fc.string({ unit: CODE_POINT, minLength, ...(maxLength === undefined ? {} : { maxLength }) });
  }

  private array(atoms: readonly Atom[], pointer: string, ctx: Ctx): fc.Arbitrary<unknown> {
    let minItems = 0;
    let maxItems = Infinity;
    let unique = false;
    let tupleLength = 0;
    let forbiddenFrom = Infinity;
    for (const { schema: s } of atoms) {
      if (typeof s.minItems === 'number') minItems = Math.max(minItems, s.minItems);
      if (typeof s.maxItems === 'number') maxItems = Math.min(maxItems, s.maxItems);
      if (s.uniqueItems === true) unique = true;
      if (s.items === false) forbiddenFrom = 0;
      if (Array.isArray(s.items)) {
        tupleLength = Math.max(tupleLength, s.items.length);
        if (s.additionalItems === false) forbiddenFrom = Math.min(forbiddenFrom, s.items.length);
      }
    }
    const positions = (i: number): SchemaAt[] => {
      const out: SchemaAt[] = [];
      for (const { schema: s, pointer: p } of atoms) {
        if (Array.isArray(s.items)) {
          if (i < s.items.length) out.push({ schema: s.items[i] as JsonSchema, pointer: joinPointer(p, 'items', i) });
          else if (isSchema(s.additionalItems)) out.push({ schema: s.additionalItems, pointer: joinPointer(p, 'additionalItems') });
        } else if (isSchema(s.items)) {
          out.push({ schema: s.items, pointer: joinPointer(p, 'items') });
        }
      }
      return out;
    };
    const limit = Math.min(maxItems, forbiddenFrom);
    if (minItems > limit) throw unsatisfiable(pointer, 'minItems', `minItems ${minItems} exceeds the ${limit} items the schema allows`);
    let cap = ctx.minimalFrom !== undefined ? minItems : Math.min(limit, Math.max(minItems, this.maxItems));
    const slots: fc.Arbitrary<unknown>[] = [];
    for (let i = 0; i < Math.min(cap, tupleLength + 1); i++) {
      try {
        slots.push(this.item(positions(i), ctx));
      } catch (err) {
        if (!(err instanceof RecursionCut) || i < minItems) throw err;
        cap = i;
        break;
      }
    }
    const rest = slots[tupleLength];
    const selector = canonicalJson;
    if (tupleLength === 0) {
      if (cap === 0) return fc.constant([]);
      const item = rest!;
      if (!unique) return fc.array(item, { minLength: minItems, maxLength: cap });
      if (minItems > 0) {
        const distinct = new Set(this.sample(item, pointer, 'uniqueItems').map(selector)).size;
        if (distinct < minItems) {
          throw new UnsupportedSchemaError(pointer, 'uniqueItems', `items take too few distinct values (${distinct} seen) for minItems ${minItems}`, 'too-restrictive');
        }
      }
      return fc.uniqueArray(item, { minLength: minItems, maxLength: cap, selector });
    }
    const arrays = fc
      .integer({ min: minItems, max: cap })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => slots[Math.min(i, tupleLength)]!)));
    if (!unique) return arrays;
    return this.accept(arrays, (v) => new Set(v.map(selector)).size === v.length, pointer, 'uniqueItems', 'tuple items must be unique');
  }

  private item(list: SchemaAt[], ctx: Ctx): fc.Arbitrary<unknown> {
    return list.length === 0 ? this.anyJson(1) : this.schemas(list, ctx, new Set());
  }

  private object(atoms: readonly Atom[], pointer: string, ctx: Ctx): fc.Arbitrary<unknown> {
    const minimal = ctx.minimalFrom !== undefined;
    const declared: string[] = [];
    const required = new Set<string>();
    let minProperties = 0;
    let maxProperties = Infinity;
    for (const { schema: s } of atoms) {
      if (s.properties && typeof s.properties === 'object') for (const k of Object.keys(s.properties)) if (!declared.includes(k)) declared.push(k);
      if (Array.isArray(s.required)) for (const k of s.required as string[]) required.add(k);
      if (typeof s.minProperties === 'number') minProperties = Math.max(minProperties, s.minProperties);
      if (typeof s.maxProperties === 'number') maxProperties = Math.min(maxProperties, s.maxProperties);
    }
    if (minProperties > maxProperties) throw unsatisfiable(pointer, 'minProperties', `minProperties ${minProperties} exceeds maxProperties ${maxProperties}`);
    const keys = [...declared, ...[...required].filter((k) => !declared.includes(k))];
    const entries: fc.Arbitrary<readonly [string, unknown] | typeof ABSENT>[] = [];
    for (const key of keys) {
      const schemas: SchemaAt[] = [];
      let closedBy: string | undefined;
      for (const { schema: s, pointer: p } of atoms) {
        const props = s.properties as Record<string, JsonSchema> | undefined;
        if (props && hasOwn(props, key)) schemas.push({ schema: props[key]!, pointer: joinPointer(p, 'properties', key) });
        else if (s.additionalProperties === false) closedBy ??= p;
        else if (isSchema(s.additionalProperties) && s.additionalProperties !== true) schemas.push({ schema: s.additionalProperties, pointer: joinPointer(p, 'additionalProperties') });
      }
      const isRequired = required.has(key);
      if (closedBy !== undefined) {
        if (isRequired) throw unsatisfiable(closedBy, 'additionalProperties', `required property "${key}" is not allowed by additionalProperties: false`);
        continue;
      }
      if (!isRequired && minimal && minProperties === 0) continue;
      let value: fc.Arbitrary<unknown>;
      try {
        value = schemas.length === 0 ? this.anyJson(1) : this.schemas(schemas, ctx, new Set());
      } catch (err) {
        // An optional property may be left out when near the depth limit or when its schema is `false`.
        const never = err instanceof UnsupportedSchemaError && err.keyword === 'false';
        if (isRequired || !(err instanceof RecursionCut || never)) throw err;
        continue;
      }
      const entry = value.map((v) => [key, v] as const);
      entries.push(isRequired ? entry : fc.option(entry, { nil: ABSENT, freq: 3 }));
    }
    const extras = minimal ? fc.constant([]) : this.extraProperties(atoms, new Set(keys), ctx);
    let arb: fc.Arbitrary<Record<string, unknown>> = fc
      .tuple(fc.tuple(...entries), extras)
      .map(([own, more]) => objectFromEntries([...own.filter((e): e is readonly [string, unknown] => e !== ABSENT), ...more]));
    if (minProperties > 0 || maxProperties < Infinity) {
      const count = (o: Record<string, unknown>): boolean => {
        const n = Object.keys(o).length;
        return n >= minProperties && n <= maxProperties;
      };
      arb = this.accept(arb, count, pointer, minProperties > 0 ? 'minProperties' : 'maxProperties', 'property count bounds');
    }
    return arb;
  }

  /**
   * Extra keys only where every object schema says so explicitly (additionalProperties true or a
   * schema): a missing additionalProperties is closed on the publish side (closed writer).
   */
  private extraProperties(atoms: readonly Atom[], known: ReadonlySet<string>, ctx: Ctx): fc.Arbitrary<(readonly [string, unknown])[]> {
    const objectAtoms = atoms.filter(({ schema: s }) => ['properties', 'required', 'additionalProperties'].some((k) => k in s));
    const open = objectAtoms.length > 0 && objectAtoms.every(({ schema: s }) => 'additionalProperties' in s && s.additionalProperties !== false);
    if (!open) return fc.constant([]);
    const schemas = objectAtoms
      .filter(({ schema: s }) => s.additionalProperties !== true)
      .map(({ schema: s, pointer: p }) => ({ schema: s.additionalProperties as JsonSchema, pointer: joinPointer(p, 'additionalProperties') }));
    let value: fc.Arbitrary<unknown>;
    try {
      value = schemas.length === 0 ? this.anyJson(1) : this.schemas(schemas, ctx, new Set());
    } catch (err) {
      if (err instanceof RecursionCut) return fc.constant([]);
      throw err;
    }
    const key = fc.string({ unit: CODE_POINT, minLength: 1, maxLength: 8 }).filter((k) => !known.has(k) && !FORBIDDEN_EXTRA_KEYS.has(k));
    return fc.uniqueArray(fc.tuple(key, value), { maxLength: 2, selector: (e) => e[0] });
  }

  /** Any JSON value, nested at most `depth` levels (for unconstrained schemas such as `{}` or `true`). */
  private anyJson(depth: number): fc.Arbitrary<unknown> {
    const cached = this.anyJsonCache.get(depth);
    if (cached) return cached;
    const scalar = fc.oneof(
      fc.constant(null),
      fc.boolean(),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => v + 0),
      fc.string({ unit: CODE_POINT, maxLength: 8 }),
    );
    let arb: fc.Arbitrary<unknown> = scalar;
    if (depth > 0) {
      const inner = this.anyJson(depth - 1);
      const key = fc.string({ unit: CODE_POINT, maxLength: 6 }).filter((k) => !FORBIDDEN_EXTRA_KEYS.has(k));
      arb = fc.oneof(
        { weight: 3, arbitrary: scalar },
        { weight: 1, arbitrary: fc.array(inner, { maxLength: 3 }) },
        { weight: 1, arbitrary: fc.uniqueArray(fc.tuple(key, inner), { maxLength: 3, selector: (e) => e[0] }).map(objectFromEntries) },
      );
    }
    this.anyJsonCache.set(depth, arb);
    return arb;
  }

  private sample<T>(arb: fc.Arbitrary<T>, pointer: string, keyword: string): T[] {
    try {
      return fc.sample(arb, { numRuns: SAMPLE_RUNS, seed: SAMPLE_SEED });
    } catch (err) {
      if (err instanceof UnsupportedSchemaError || err instanceof RecursionCut) throw err;
      throw new UnsupportedSchemaError(pointer, keyword, `fast-check cannot generate values here: ${(err as Error).message}`);
    }
  }

  /** A filtered arbitrary, after proving on a fixed-seed sample that the filter lets enough values through. */
  private accept<T>(arb: fc.Arbitrary<T>, predicate: (v: T) => boolean, pointer: string, keyword: string, what: string): fc.Arbitrary<T> {
    const hits = this.sample(arb, pointer, keyword).filter(predicate).length;
    if (hits < MIN_HITS) {
      throw new UnsupportedSchemaError(
        pointer,
        keyword,
        `${what}: only ${hits} of ${SAMPLE_RUNS} candidate values qualify, too few to sample this schema`,
        'too-restrictive',
      );
    }
    return arb.filter(predicate);
  }
}

function inside(v: number, lower: Limit | undefined, upper: Limit | undefined): boolean {
  if (lower && (lower.exclusive ? v <= lower.value : v < lower.value)) return false;
  if (upper && (upper.exclusive ? v >= upper.value : v > upper.value)) return false;
  return true;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function lcm(a: number, b: number): number {
  return (a / gcd(a, b)) * b;
}

/** k × step, rounded to the step's decimals so that AJV's division check sees an exact multiple. */
function snapToStep(k: number, step: number): number {
  const raw = k * step;
  const decimals = (String(step).split('.')[1] ?? '').length;
  const rounded = decimals > 0 && decimals < 16 ? Number(raw.toFixed(decimals)) : raw;
  return (isMultipleOf(rounded, step) ? rounded : raw) + 0;
}
