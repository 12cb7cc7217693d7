// The compatibility engine: walks an OLD and a NEW JSON Schema side by side and reports
// every difference, in the manner of Confluent Schema Registry's JSON Schema diff.
//
// One traversal checks one direction:
//   backward – the new schema reads data written with the old one (writer = old)
//   forward  – the old schema reads data written with the new one (writer = new)
// Rule names always describe the edit old → new; each difference records how the new
// schema relates to the old one there (narrowed / widened / changed / neutral) and whether
// that breaks the traversal's direction. Where a verdict needs a nested comparison
// (anyOf/oneOf alternatives, allOf constraints, partially open content models) the nested
// comparison runs in the same direction.

import {
  ANNOTATION_KEYS,
  atomsToType,
  canonical,
  containsRef,
  declaredAtoms,
  deepEqual,
  describeAtoms,
  effectiveAtoms,
  finiteValues,
  isAnnotation,
  isEmptySchema,
  isObj,
  isSubset,
  resolveRef,
  seg,
  type Atom,
  type Obj,
} from './json.js';
import { relateFormats } from './formats.js';
import { breaks, type Change, type SchemaRule } from './rules.js';

export type Direction = 'backward' | 'forward';

export interface SchemaDifference {
  /** JSON pointer into the schema ('' for its root), following the new schema's structure where it has one. */
  pointer: string;
  rule: SchemaRule;
  change: Change;
  direction: Direction;
  /** Does this difference break readers in `direction`? */
  breaking: boolean;
  /** What changed, old → new, in words. */
  detail: string;
}

export interface TraversalOptions {
  /** Confluent treats a newly required property that has a `default` as compatible (readers fill it in). */
  defaultsFillRequired: boolean;
}

type Diff = SchemaDifference;
type Side = 'old' | 'new';

interface Alt {
  node: unknown;
  pointer: string;
}

const EMPTY: Obj = Object.freeze({}) as Obj;
const MAX_EXPANSION = 8;

function flip(d: Direction): Direction {
  return d === 'backward' ? 'forward' : 'backward';
}

function prefix(diffs: readonly Diff[], p: string): Diff[] {
  return p === '' ? [...diffs] : diffs.map((d) => ({ ...d, pointer: p + d.pointer }));
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function show(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v) : canonical(v);
}

function omit(node: Obj, ...keys: string[]): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(node)) if (!keys.includes(k)) out[k] = v;
  return out;
}

function isMultiple(a: number, b: number): boolean {
  if (b === 0) return false;
  const q = a / b;
  return Math.abs(q - Math.round(q)) < 1e-9 * Math.max(1, Math.abs(q));
}

/** Length in code points, as JSON Schema counts it. */
function strLength(s: string): number {
  return [...s].length;
}

export class Traversal {
  private readonly memo = new Map<object, Map<object, Diff[]>>();
  private readonly inProgress = new Map<object, Set<object>>();
  private readonly flattened: Record<Side, WeakMap<object, Obj>> = { old: new WeakMap(), new: new WeakMap() };
  private readonly expanded: Record<Side, WeakMap<object, Alt[]>> = { old: new WeakMap(), new: new WeakMap() };
  private flipped?: Traversal;

  constructor(
    readonly direction: Direction,
    private readonly oldRoot: unknown,
    private readonly newRoot: unknown,
    private readonly options: TraversalOptions,
  ) {}

  /** Compare the two roots. */
  run(): Diff[] {
    return this.compare(this.oldRoot, this.newRoot);
  }

  // ---------------------------------------------------------------- helpers

  private root(side: Side): unknown {
    return side === 'old' ? this.oldRoot : this.newRoot;
  }

  private diff(pointer: string, rule: SchemaRule, change: Change, detail: string): Diff {
    return { pointer, rule, change, direction: this.direction, breaking: breaks(change, this.direction), detail };
  }

  /** A difference whose verdict was decided by a nested comparison in this direction. */
  private verdict(pointer: string, rule: SchemaRule, breaking: boolean, detail: string): Diff {
    const change: Change = breaking ? (this.direction === 'backward' ? 'narrowed' : 'widened') : 'neutral';
    return { pointer, rule, change, direction: this.direction, breaking, detail };
  }

  private static hasBreaking(diffs: readonly Diff[]): boolean {
    return diffs.some((d) => d.breaking);
  }

  private resolve(side: Side, node: unknown): unknown {
    return resolveRef(this.root(side), node);
  }

  // ---------------------------------------------------------------- entry

  /** Compare two subschemas; pointers in the result are relative to them. */
  compare(oldRaw: unknown, newRaw: unknown): Diff[] {
    const o = this.resolve('old', oldRaw);
    const n = this.resolve('new', newRaw);
    if (o === false || n === false) {
      if (o === false && n === false) return [];
      if (o === false) return isObj(n) || n === true ? [this.diff('', 'SCHEMA_FALSE_REMOVED', 'widened', 'the old schema accepted nothing (false); the new one accepts values')] : [];
      return [this.diff('', 'SCHEMA_FALSE_ADDED', 'narrowed', 'the new schema accepts nothing (false)')];
    }
    const oo = isObj(o) ? o : EMPTY;
    const nn = isObj(n) ? n : EMPTY;
    if (oo === nn && !containsRef(oo)) return [];
    let byNew = this.memo.get(oo);
    const cached = byNew?.get(nn);
    if (cached) return cached;
    let active = this.inProgress.get(oo);
    if (active?.has(nn)) return []; // recursive cycle: assume compatible, as Confluent does
    if (!active) this.inProgress.set(oo, (active = new Set()));
    active.add(nn);
    try {
      const result = this.compareNodes(oo, nn);
      if (!byNew) this.memo.set(oo, (byNew = new Map()));
      byNew.set(nn, result);
      return result;
    } finally {
      active.delete(nn);
    }
  }

  private compareNodes(o: Obj, n: Obj): Diff[] {
    if (!containsRef(o) && !containsRef(n) && deepEqual(o, n)) return [];
    const fo = this.flatten('old', o);
    const fn = this.flatten('new', n);
    if (hasSum(fo) || hasSum(fn)) return this.compareSums(fo, fn);
    if (Array.isArray(fo['allOf']) || Array.isArray(fn['allOf'])) return this.compareProducts(fo, fn);
    return this.comparePlain(fo, fn);
  }

  // ---------------------------------------------------------------- allOf merging

  /** Merge `allOf` into one schema where that keeps the meaning; otherwise leave it. */
  private flatten(side: Side, node: Obj, depth = 0): Obj {
    const cache = this.flattened[side];
    const hit = cache.get(node);
    if (hit) return hit;
    let out = node;
    const list = node['allOf'];
    if (Array.isArray(list) && depth < MAX_EXPANSION) {
      const parts: Obj[] = [omit(node, 'allOf')];
      let ok = true;
      for (const b of list) {
        const r = this.resolve(side, b);
        if (r === true) continue;
        if (!isObj(r)) {
          ok = false;
          break;
        }
        parts.push(this.flatten(side, r, depth + 1));
      }
      const merged = ok ? mergeAll(parts) : undefined;
      if (merged) out = merged;
    }
    cache.set(node, out);
    return out;
  }

  // ---------------------------------------------------------------- anyOf / oneOf

  /** The alternatives of a union, each merged with the keywords next to the anyOf/oneOf (cached: identity matters for cycle detection). */
  private alternatives(side: Side, node: Obj, pointer: string, depth = 0): Alt[] {
    const key = Array.isArray(node['oneOf']) ? 'oneOf' : Array.isArray(node['anyOf']) ? 'anyOf' : undefined;
    if (!key || depth >= MAX_EXPANSION) return [{ node, pointer }];
    const cache = this.expanded[side];
    const hit = pointer === '' ? cache.get(node) : undefined;
    if (hit) return hit;
    const base = omit(node, key);
    const out: Alt[] = [];
    (node[key] as unknown[]).forEach((b, j) => {
      const r = this.resolve(side, b);
      if (r === false) return; // an impossible alternative adds nothing
      const branch = isObj(r) ? this.flatten(side, r) : EMPTY;
      const merged = isEmptySchema(base) ? branch : (mergeAll([base, branch]) ?? { allOf: [base, branch] });
      out.push(...this.alternatives(side, this.flatten(side, merged), `${pointer}/${key}/${j}`, depth + 1));
    });
    if (pointer === '') cache.set(node, out);
    return out;
  }

  private compareSums(o: Obj, n: Obj): Diff[] {
    let oa = this.alternatives('old', o, '');
    let na = this.alternatives('new', n, '');
    if (oa.length > 1 || na.length > 1) {
      oa = oa.flatMap(splitByType);
      na = na.flatMap(splitByType);
    }
    if (oa.length === 0 || na.length === 0) return this.compare(oa.length ? o : false, na.length ? n : false);
    if (oa.length === 1 && na.length === 1) return prefix(this.compare(oa[0]!.node, na[0]!.node), na[0]!.pointer || oa[0]!.pointer);

    const out: Diff[] = [];
    const backward = this.direction === 'backward';
    const writers = backward ? oa : na;
    const readers = backward ? na : oa;
    const pair = (w: Alt, r: Alt): Diff[] => {
      const [ov, nv] = backward ? [w, r] : [r, w];
      return prefix(this.compare(ov.node, nv.node), nv.pointer || ov.pointer);
    };
    const involved = new Set<Alt>();
    for (const w of writers) {
      let best: { r: Alt; diffs: Diff[] } | undefined;
      for (const r of readers) {
        const diffs = pair(w, r);
        if (Traversal.hasBreaking(diffs)) continue;
        involved.add(r);
        if (!best || diffs.length < best.diffs.length || (diffs.length === best.diffs.length && r.pointer === w.pointer && best.r.pointer !== w.pointer)) best = { r, diffs };
      }
      if (best) {
        out.push(...best.diffs);
        continue;
      }
      // No alternative accepts it: show why against its counterpart (same place, else the
      // closest alternative of an overlapping type), or report the alternative as lost.
      const related = readers.filter((r) => !this.disjointAlts(w, r));
      const counterpart = related.find((r) => r.pointer === w.pointer && w.pointer !== '') ?? this.closest(w, related, pair);
      if (counterpart) {
        involved.add(counterpart);
        out.push(...pair(w, counterpart));
      } else if (backward) out.push(this.diff(w.pointer, 'SUM_TYPE_NARROWED', 'narrowed', `the old alternative at ${w.pointer || 'the root'} (${describeAlt(w)}) is accepted by no alternative of the new schema`));
      else out.push(this.diff(w.pointer, 'SUM_TYPE_EXTENDED', 'widened', `the new alternative at ${w.pointer || 'the root'} (${describeAlt(w)}) is accepted by no alternative of the old schema`));
    }
    for (const r of readers) {
      if (involved.has(r)) continue;
      if (backward) out.push(this.diff(r.pointer, 'SUM_TYPE_EXTENDED', 'widened', `the new alternative at ${r.pointer || 'the root'} accepts values no old alternative did`));
      else out.push(this.diff(r.pointer, 'SUM_TYPE_NARROWED', 'narrowed', `the old alternative at ${r.pointer || 'the root'} is no longer needed by any new alternative`));
    }
    const oldExclusive = Array.isArray(o['oneOf']) && overlapping(oa, this.oldRoot);
    const newExclusive = Array.isArray(n['oneOf']) && overlapping(na, this.newRoot);
    if (newExclusive && !Array.isArray(o['oneOf'])) {
      out.push(this.diff('/oneOf', 'COMBINED_TYPE_CHANGED', 'narrowed', 'alternatives that can overlap became exclusive (oneOf): a value matching two of them is now rejected'));
    } else if (oldExclusive && !Array.isArray(n['oneOf'])) {
      out.push(this.diff('/anyOf', 'COMBINED_TYPE_EXTENDED', 'widened', 'oneOf with overlapping alternatives became anyOf: a value matching two of them is now accepted'));
    }
    return out;
  }

  /** Can no value match both the writer's and the reader's alternative (different types or discriminator values)? */
  private disjointAlts(w: Alt, r: Alt): boolean {
    const backward = this.direction === 'backward';
    return disjoint(w.node, r.node, backward ? this.oldRoot : this.newRoot, backward ? this.newRoot : this.oldRoot);
  }

  /** The related reader alternative with the fewest breaking differences. */
  private closest(w: Alt, readers: readonly Alt[], pair: (w: Alt, r: Alt) => Diff[]): Alt | undefined {
    let best: { r: Alt; score: number } | undefined;
    for (const r of readers) {
      const score = pair(w, r).filter((d) => d.breaking).length;
      if (!best || score < best.score) best = { r, score };
    }
    return best?.r;
  }

  // ---------------------------------------------------------------- allOf (not mergeable)

  private conjuncts(side: Side, node: Obj): Alt[] {
    const list = node['allOf'];
    if (!Array.isArray(list)) return [{ node, pointer: '' }];
    const base = omit(node, 'allOf');
    const out: Alt[] = isEmptySchema(base) ? [] : [{ node: base, pointer: '' }];
    list.forEach((b, k) => {
      const r = this.resolve(side, b);
      if (r !== true && !isEmptySchema(r)) out.push({ node: r, pointer: `/allOf/${k}` });
    });
    return out;
  }

  private compareProducts(o: Obj, n: Obj): Diff[] {
    const oc = this.conjuncts('old', o);
    const nc = this.conjuncts('new', n);
    if (oc.length === 1 && nc.length === 1) return prefix(this.compare(oc[0]!.node, nc[0]!.node), nc[0]!.pointer || oc[0]!.pointer);
    if (oc.length === 0 || nc.length === 0) return this.compare(oc.length ? o : true, nc.length ? n : true);
    const out: Diff[] = [];
    const backward = this.direction === 'backward';
    // Every constraint of the reader must follow from some constraint of the writer.
    const readers = backward ? nc : oc;
    const writers = backward ? oc : nc;
    const pair = (w: Alt, r: Alt): Diff[] => {
      const [ov, nv] = backward ? [w, r] : [r, w];
      return prefix(this.compare(ov.node, nv.node), nv.pointer || ov.pointer);
    };
    const writerUsed = new Set<Alt>();
    for (const r of readers) {
      let best: Diff[] | undefined;
      for (const w of writers) {
        const diffs = pair(w, r);
        if (Traversal.hasBreaking(diffs)) continue;
        writerUsed.add(w);
        if (!best || diffs.length < best.length) best = diffs;
      }
      if (best) {
        out.push(...best);
        continue;
      }
      const same = writers.find((w) => w.pointer === r.pointer);
      if (same) out.push(...pair(same, r));
      else if (backward) out.push(this.diff(r.pointer, 'PRODUCT_TYPE_EXTENDED', 'narrowed', `the new constraint at ${r.pointer || 'the root'} follows from no constraint of the old schema`));
      else out.push(this.diff(r.pointer, 'PRODUCT_TYPE_NARROWED', 'widened', `the old constraint at ${r.pointer || 'the root'} follows from no constraint of the new schema`));
    }
    for (const w of writers) {
      if (writerUsed.has(w)) continue;
      if (backward) out.push(this.diff(w.pointer, 'PRODUCT_TYPE_NARROWED', 'widened', `the old constraint at ${w.pointer || 'the root'} is no longer required`));
      else out.push(this.diff(w.pointer, 'PRODUCT_TYPE_EXTENDED', 'narrowed', `the new constraint at ${w.pointer || 'the root'} is not required by the old schema`));
    }
    return out;
  }

  // ---------------------------------------------------------------- plain schemas

  private comparePlain(o: Obj, n: Obj): Diff[] {
    const out: Diff[] = [];
    const writer = this.direction === 'backward' ? o : n;
    const reader = this.direction === 'backward' ? n : o;
    const writerValues = finiteValues(writer);
    /** A breaking keyword difference is harmless when every value the writer can send (its enum) passes the reader's keyword. */
    const push = (d: Diff, check?: (value: unknown, readerNode: Obj) => boolean): void => {
      if (d.breaking && check && writerValues && writerValues.every((v) => check(v, reader))) {
        d = { ...d, breaking: false, detail: `${d.detail} (every value the writer's enum allows still passes)` };
      }
      out.push(d);
    };

    for (const key of ['title', 'description', 'default'] as const) {
      if (!deepEqual(o[key], n[key])) {
        const rule: SchemaRule = key === 'title' ? 'TITLE_CHANGED' : key === 'description' ? 'DESCRIPTION_CHANGED' : 'DEFAULT_CHANGED';
        out.push(this.diff(`/${key}`, rule, 'neutral', `${key} changed`));
      }
    }

    const oref = typeof o['$ref'] === 'string' ? o['$ref'] : undefined;
    const nref = typeof n['$ref'] === 'string' ? n['$ref'] : undefined;
    if ((oref || nref) && oref !== nref) out.push(this.diff('/$ref', 'REF_CHANGED', 'changed', `unresolvable $ref changed from ${oref ?? '(none)'} to ${nref ?? '(none)'}`));

    const oa = effectiveAtoms(o);
    const na = effectiveAtoms(n);
    const ov = finiteValues(o);
    const nv = finiteValues(n);
    if (!(ov && nv) && !(isSubset(oa, na) && isSubset(na, oa))) {
      const from = describeAtoms(oa);
      const to = describeAtoms(na);
      if (isSubset(oa, na)) out.push(this.diff('/type', 'TYPE_EXTENDED', 'widened', `type widened from ${from} to ${to}`));
      else if (isSubset(na, oa)) out.push(this.diff('/type', 'TYPE_NARROWED', 'narrowed', `type narrowed from ${from} to ${to}`));
      else out.push(this.diff('/type', 'TYPE_CHANGED', 'changed', `type changed from ${from} to ${to}`));
    }
    this.compareValues(o, n, ov, nv, out);

    const both = (...atoms: Atom[]): boolean => atoms.some((a) => oa.has(a)) && atoms.some((a) => na.has(a));
    if (both('string') || both('integer', 'fraction')) this.compareFormat(o, n, out);
    if (both('string')) this.compareString(o, n, push);
    if (both('integer', 'fraction')) this.compareNumber(o, n, push);
    if (both('object')) this.compareObject(o, n, out);
    if (both('array')) this.compareArray(o, n, out);
    this.compareNot(o, n, out);
    this.compareConditional(o, n, out);
    return out;
  }

  private compareValues(o: Obj, n: Obj, ov: unknown[] | undefined, nv: unknown[] | undefined, out: Diff[]): void {
    const oConst = 'const' in o;
    const nConst = 'const' in n;
    if (!ov && !nv) return;
    if (!ov) {
      out.push(nConst ? this.diff('/const', 'CONST_ADDED', 'narrowed', `const ${show(n['const'])} added`) : this.diff('/enum', 'ENUM_ADDED', 'narrowed', `enum ${show(nv)} added`));
      return;
    }
    if (!nv) {
      out.push(oConst ? this.diff('/const', 'CONST_REMOVED', 'widened', `const ${show(o['const'])} removed`) : this.diff('/enum', 'ENUM_REMOVED', 'widened', `enum ${show(ov)} removed`));
      return;
    }
    const os = new Set(ov.map(canonical));
    const ns = new Set(nv.map(canonical));
    const added = nv.filter((v) => !os.has(canonical(v)));
    const removed = ov.filter((v) => !ns.has(canonical(v)));
    if (added.length === 0 && removed.length === 0) return;
    if (oConst && nConst) {
      out.push(this.diff('/const', 'CONST_CHANGED', 'changed', `const changed from ${show(o['const'])} to ${show(n['const'])}`));
      return;
    }
    const at = nConst ? '/const' : '/enum';
    if (removed.length === 0) out.push(this.diff(at, 'ENUM_ARRAY_EXTENDED', 'widened', `allowed values added: ${added.map(show).join(', ')}`));
    else if (added.length === 0) out.push(this.diff(at, 'ENUM_ARRAY_NARROWED', 'narrowed', `allowed values removed: ${removed.map(show).join(', ')}`));
    else out.push(this.diff(at, 'ENUM_ARRAY_CHANGED', 'changed', `allowed values removed: ${removed.map(show).join(', ')}; added: ${added.map(show).join(', ')}`));
  }

  private compareFormat(o: Obj, n: Obj, out: Diff[]): void {
    const of = typeof o['format'] === 'string' ? o['format'] : undefined;
    const nf = typeof n['format'] === 'string' ? n['format'] : undefined;
    if (of === nf) return;
    if (!of) out.push(this.diff('/format', 'FORMAT_ADDED', 'narrowed', `format "${nf}" added`));
    else if (!nf) out.push(this.diff('/format', 'FORMAT_REMOVED', 'widened', `format "${of}" removed`));
    else {
      const rel = relateFormats(of, nf);
      if (rel === 'wider') out.push(this.diff('/format', 'FORMAT_WIDENED', 'widened', `format "${of}" replaced by the wider "${nf}"`));
      else if (rel === 'narrower') out.push(this.diff('/format', 'FORMAT_NARROWED', 'narrowed', `format "${of}" replaced by the narrower "${nf}"`));
      else out.push(this.diff('/format', 'FORMAT_CHANGED', 'changed', `format "${of}" replaced by "${nf}"`));
    }
  }

  private compareString(o: Obj, n: Obj, push: (d: Diff, check?: (v: unknown, r: Obj) => boolean) => void): void {
    for (const d of this.limit(o, n, 'maxLength', 'upper')) push(d, (v, r) => typeof v !== 'string' || strLength(v) <= (num(r['maxLength']) ?? Infinity));
    for (const d of this.limit(o, n, 'minLength', 'lower')) push(d, (v, r) => typeof v !== 'string' || strLength(v) >= (num(r['minLength']) ?? 0));
    const op = typeof o['pattern'] === 'string' ? o['pattern'] : undefined;
    const np = typeof n['pattern'] === 'string' ? n['pattern'] : undefined;
    const check = (v: unknown, r: Obj): boolean => typeof v !== 'string' || typeof r['pattern'] !== 'string' || safeTest(r['pattern'], v);
    if (op === np) return;
    if (!op) push(this.diff('/pattern', 'PATTERN_ADDED', 'narrowed', `pattern ${JSON.stringify(np)} added`), check);
    else if (!np) push(this.diff('/pattern', 'PATTERN_REMOVED', 'widened', `pattern ${JSON.stringify(op)} removed`), check);
    else push(this.diff('/pattern', 'PATTERN_CHANGED', 'changed', `pattern changed from ${JSON.stringify(op)} to ${JSON.stringify(np)}`), check);
  }

  /** min/max style keywords: `upper` ones (maxLength, maxItems, ...) narrow when added or decreased. */
  private limit(o: Obj, n: Obj, key: string, kind: 'upper' | 'lower'): Diff[] {
    const a = num(o[key]);
    const b = num(n[key]);
    if (a === b) return [];
    const name = key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase() as string;
    const rule = (suffix: string): SchemaRule => `${name}_${suffix}` as SchemaRule;
    const p = `/${key}`;
    if (a === undefined) return [this.diff(p, rule('ADDED'), 'narrowed', `${key} ${b} added`)];
    if (b === undefined) return [this.diff(p, rule('REMOVED'), 'widened', `${key} ${a} removed`)];
    const increased = b > a;
    const change: Change = increased === (kind === 'upper') ? 'widened' : 'narrowed';
    return [this.diff(p, rule(increased ? 'INCREASED' : 'DECREASED'), change, `${key} ${increased ? 'increased' : 'decreased'} from ${a} to ${b}`)];
  }

  private compareNumber(o: Obj, n: Obj, push: (d: Diff, check?: (v: unknown, r: Obj) => boolean) => void): void {
    const within = (v: unknown, r: Obj): boolean => {
      if (typeof v !== 'number') return true;
      const hi = upperBound(r);
      const lo = lowerBound(r);
      return (!hi || v < hi.value || (v === hi.value && !hi.exclusive)) && (!lo || v > lo.value || (v === lo.value && !lo.exclusive));
    };
    for (const kind of ['upper', 'lower'] as const) {
      const a = kind === 'upper' ? upperBound(o) : lowerBound(o);
      const b = kind === 'upper' ? upperBound(n) : lowerBound(n);
      if (!a && !b) continue;
      const base = kind === 'upper' ? 'MAXIMUM' : 'MINIMUM';
      const ruleOf = (bound: Bound, suffix: string): SchemaRule => `${bound.exclusive ? `EXCLUSIVE_${base}` : base}_${suffix}` as SchemaRule;
      const text = (bound: Bound): string => `${bound.keyword} ${bound.value}`;
      if (!a) push(this.diff(`/${b!.keyword}`, ruleOf(b!, 'ADDED'), 'narrowed', `${text(b!)} added`), within);
      else if (!b) push(this.diff(`/${a.keyword}`, ruleOf(a, 'REMOVED'), 'widened', `${text(a)} removed`), within);
      else if (a.value !== b.value || a.exclusive !== b.exclusive) {
        // Does the new bound let through more values than the old one?
        const looser =
          kind === 'upper' ? b.value > a.value || (b.value === a.value && a.exclusive && !b.exclusive) : b.value < a.value || (b.value === a.value && a.exclusive && !b.exclusive);
        const raised = b.value > a.value || (b.value === a.value && (kind === 'upper' ? !b.exclusive : b.exclusive));
        push(this.diff(`/${b.keyword}`, ruleOf(b, raised ? 'INCREASED' : 'DECREASED'), looser ? 'widened' : 'narrowed', `${text(a)} changed to ${text(b)}`), within);
      }
    }
    const a = num(o['multipleOf']);
    const b = num(n['multipleOf']);
    const check = (v: unknown, r: Obj): boolean => typeof v !== 'number' || num(r['multipleOf']) === undefined || isMultiple(v, num(r['multipleOf'])!);
    if (a === b) return;
    if (a === undefined) push(this.diff('/multipleOf', 'MULTIPLE_OF_ADDED', 'narrowed', `multipleOf ${b} added`), check);
    else if (b === undefined) push(this.diff('/multipleOf', 'MULTIPLE_OF_REMOVED', 'widened', `multipleOf ${a} removed`), check);
    else if (isMultiple(b, a)) push(this.diff('/multipleOf', 'MULTIPLE_OF_EXPANDED', 'narrowed', `multipleOf changed from ${a} to its multiple ${b}`), check);
    else if (isMultiple(a, b)) push(this.diff('/multipleOf', 'MULTIPLE_OF_REDUCED', 'widened', `multipleOf changed from ${a} to its divisor ${b}`), check);
    else push(this.diff('/multipleOf', 'MULTIPLE_OF_CHANGED', 'changed', `multipleOf changed from ${a} to ${b}`), check);
  }

  // ---------------------------------------------------------------- objects

  private compareObject(o: Obj, n: Obj, out: Diff[]): void {
    const op = isObj(o['properties']) ? o['properties'] : EMPTY;
    const np = isObj(n['properties']) ? n['properties'] : EMPTY;
    const oreq = requiredSet(o);
    const nreq = requiredSet(n);
    const names = [...new Set([...Object.keys(op), ...Object.keys(np)])].sort();
    for (const name of names) {
      const at = `/properties${seg(name)}`;
      const inOld = name in op;
      const inNew = name in np;
      if (inOld && inNew) {
        out.push(...prefix(this.compare(op[name], np[name]), at));
        continue;
      }
      if (inNew) this.propertyAdded(o, name, np[name], nreq.has(name), at, out);
      else this.propertyRemoved(n, name, op[name], oreq.has(name), at, out);
    }
    for (const name of [...new Set([...oreq, ...nreq])].sort()) {
      const at = `/properties${seg(name)}`;
      const onlyOld = name in op && !(name in np);
      const onlyNew = name in np && !(name in op);
      if (nreq.has(name) && !oreq.has(name) && !onlyNew) {
        if (this.hasDefault('new', np[name])) out.push(this.diff(at, 'REQUIRED_ATTRIBUTE_WITH_DEFAULT_ADDED', 'neutral', `property "${name}" became required (it has a default)`));
        else out.push(this.diff(at, 'REQUIRED_ATTRIBUTE_ADDED', 'narrowed', `property "${name}" became required`));
      } else if (oreq.has(name) && !nreq.has(name) && !onlyOld) {
        out.push(this.diff(at, 'REQUIRED_ATTRIBUTE_REMOVED', 'widened', `property "${name}" is no longer required`));
      }
    }

    this.comparePatternProperties(o, n, out);
    this.compareRest(restOf(o['additionalProperties'], o['unevaluatedProperties']), restOf(n['additionalProperties'], n['unevaluatedProperties']), '/additionalProperties', 'PROPERTIES', out);

    const opn = o['propertyNames'];
    const npn = n['propertyNames'];
    if (opn !== undefined || npn !== undefined) {
      if (opn === undefined) out.push(this.diff('/propertyNames', 'PROPERTY_NAMES_ADDED', 'narrowed', 'propertyNames added'));
      else if (npn === undefined) out.push(this.diff('/propertyNames', 'PROPERTY_NAMES_REMOVED', 'widened', 'propertyNames removed'));
      else out.push(...prefix(this.compare(opn, npn), '/propertyNames'));
    }
    out.push(...this.limit(o, n, 'maxProperties', 'upper'), ...this.limit(o, n, 'minProperties', 'lower'));
    this.compareDependencies(o, n, out);
  }

  private hasDefault(side: Side, schema: unknown): boolean {
    if (!this.options.defaultsFillRequired) return false;
    const r = this.resolve(side, schema);
    return isObj(r) && 'default' in r;
  }

  /** What the object says about a property it does not list: true (anything), false (rejected) or a schema. */
  private coverage(node: Obj, name: string): unknown {
    const pats = isObj(node['patternProperties']) ? Object.entries(node['patternProperties']).filter(([p]) => safeTest(p, name)) : [];
    if (pats.length) return pats.length === 1 ? pats[0]![1] : { allOf: pats.map(([, s]) => s) };
    return restOf(node['additionalProperties'], node['unevaluatedProperties']);
  }

  private propertyAdded(o: Obj, name: string, schema: unknown, required: boolean, at: string, out: Diff[]): void {
    const cov = this.coverage(o, name);
    const resolved = this.resolve('new', schema);
    const q = `"${name}"`;
    if (cov === true) {
      if (required) {
        const withDefault = this.hasDefault('new', schema);
        out.push(
          this.diff(at, withDefault ? 'REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_OPEN_CONTENT_MODEL' : 'REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL', 'narrowed', `required property ${q} added; the old schema allowed unknown properties, so old data may lack it or carry it with any value`),
        );
      } else if (isEmptySchema(resolved)) {
        out.push(this.diff(at, 'PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL', 'neutral', `unconstrained optional property ${q} added`));
      } else {
        out.push(this.diff(at, 'OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL', 'narrowed', `optional property ${q} added; the old schema allowed unknown properties, so old data may carry it with any value`));
      }
      return;
    }
    if (cov === false) {
      if (resolved === false) return;
      if (!required) out.push(this.diff(at, 'OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL', 'widened', `optional property ${q} added; the old schema rejected unknown properties`));
      else if (this.hasDefault('new', schema)) out.push(this.diff(at, 'REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_UNOPEN_CONTENT_MODEL', 'widened', `required property ${q} with a default added; the old schema rejected unknown properties`));
      else out.push(this.diff(at, 'REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL', 'changed', `required property ${q} added; old data never has it and the old schema rejected unknown properties`));
      return;
    }
    const nested = prefix(this.compare(cov, schema), at);
    out.push(...nested);
    const covered = !Traversal.hasBreaking(nested);
    out.push(
      this.verdict(
        at,
        covered ? 'PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL' : 'PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL',
        !covered,
        `property ${q} added; the old schema's patternProperties/additionalProperties ${covered ? 'already allowed it' : 'described it differently'}`,
      ),
    );
    if (required) {
      if (this.hasDefault('new', schema)) out.push(this.diff(at, 'REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_UNOPEN_CONTENT_MODEL', 'neutral', `required property ${q} with a default added`));
      else out.push(this.diff(at, 'REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL', 'narrowed', `required property ${q} added; old data may lack it`));
    }
  }

  private propertyRemoved(n: Obj, name: string, schema: unknown, required: boolean, at: string, out: Diff[]): void {
    const cov = this.coverage(n, name);
    const resolved = this.resolve('old', schema);
    const q = `"${name}"`;
    const was = required ? 'required' : 'optional';
    if (cov === true) {
      const neutral = !required && isEmptySchema(resolved);
      out.push(this.diff(at, 'PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL', neutral ? 'neutral' : 'widened', `${was} property ${q} removed; the new schema accepts it with any value${required ? ' or not at all' : ''}`));
      return;
    }
    if (cov === false) {
      if (resolved === false) out.push(this.diff(at, 'PROPERTY_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL', 'neutral', `property ${q} (declared false) removed`));
      else out.push(this.diff(at, 'PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL', required ? 'changed' : 'narrowed', `${was} property ${q} removed; the new schema rejects unknown properties`));
      return;
    }
    const nested = prefix(this.compare(schema, cov), at);
    out.push(...nested);
    const covered = !Traversal.hasBreaking(nested);
    out.push(
      this.verdict(
        at,
        covered ? 'PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL' : 'PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL',
        !covered,
        `${was} property ${q} removed; the new schema's patternProperties/additionalProperties ${covered ? 'still accept it' : 'describe it differently'}`,
      ),
    );
    if (required) out.push(this.diff(at, 'REQUIRED_ATTRIBUTE_REMOVED', 'widened', `property ${q} is no longer required`));
  }

  private comparePatternProperties(o: Obj, n: Obj, out: Diff[]): void {
    const op = isObj(o['patternProperties']) ? o['patternProperties'] : EMPTY;
    const np = isObj(n['patternProperties']) ? n['patternProperties'] : EMPTY;
    for (const p of [...new Set([...Object.keys(op), ...Object.keys(np)])].sort()) {
      const at = `/patternProperties${seg(p)}`;
      if (p in op && p in np) out.push(...prefix(this.compare(op[p], np[p]), at));
      else if (p in np) {
        out.push(this.diff(at, 'PATTERN_PROPERTY_ADDED', 'neutral', `patternProperties ${JSON.stringify(p)} added`));
        out.push(...prefix(this.compare(restOf(o['additionalProperties'], o['unevaluatedProperties']), np[p]), at));
      } else {
        out.push(this.diff(at, 'PATTERN_PROPERTY_REMOVED', 'neutral', `patternProperties ${JSON.stringify(p)} removed`));
        out.push(...prefix(this.compare(op[p], restOf(n['additionalProperties'], n['unevaluatedProperties'])), at));
      }
    }
  }

  /** additionalProperties / additionalItems: true (anything), false (nothing) or a schema. */
  private compareRest(a: unknown, b: unknown, at: string, what: 'PROPERTIES' | 'ITEMS', out: Diff[]): void {
    if (a === b || (!containsRef(a) && !containsRef(b) && deepEqual(a, b))) return;
    const rule = (s: string): SchemaRule => `ADDITIONAL_${what}_${s}` as SchemaRule;
    const noun = what === 'PROPERTIES' ? 'unknown properties' : 'items beyond the tuple';
    if (b === false && a !== false) out.push(this.diff(at, rule('REMOVED'), 'narrowed', `${noun} are no longer allowed`));
    else if (a === false) out.push(this.diff(at, rule('ADDED'), 'widened', `${noun} are now allowed`));
    else if (a === true) out.push(this.diff(at, rule('NARROWED'), 'narrowed', `${noun} must now match a schema`));
    else if (b === true) out.push(this.diff(at, rule('EXTENDED'), 'widened', `${noun} may now have any value`));
    else out.push(...prefix(this.compare(a, b), at));
  }

  private compareDependencies(o: Obj, n: Obj, out: Diff[]): void {
    const od = dependencies(o);
    const nd = dependencies(n);
    for (const name of [...new Set([...od.arrays.keys(), ...nd.arrays.keys()])].sort()) {
      const a = od.arrays.get(name);
      const b = nd.arrays.get(name);
      const at = `/${b?.keyword ?? a!.keyword}${seg(name)}`;
      if (!a) out.push(this.diff(at, 'DEPENDENCY_ARRAY_ADDED', 'narrowed', `"${name}" now requires ${[...b!.names].join(', ')}`));
      else if (!b) out.push(this.diff(at, 'DEPENDENCY_ARRAY_REMOVED', 'widened', `"${name}" no longer requires ${[...a.names].join(', ')}`));
      else if (!(isSubset(a.names, b.names) && isSubset(b.names, a.names))) {
        if (isSubset(a.names, b.names)) out.push(this.diff(at, 'DEPENDENCY_ARRAY_EXTENDED', 'narrowed', `"${name}" now also requires ${[...b.names].filter((x) => !a.names.has(x)).join(', ')}`));
        else if (isSubset(b.names, a.names)) out.push(this.diff(at, 'DEPENDENCY_ARRAY_NARROWED', 'widened', `"${name}" no longer requires ${[...a.names].filter((x) => !b.names.has(x)).join(', ')}`));
        else out.push(this.diff(at, 'DEPENDENCY_ARRAY_CHANGED', 'changed', `"${name}" requires ${[...b.names].join(', ')} instead of ${[...a.names].join(', ')}`));
      }
    }
    for (const name of [...new Set([...od.schemas.keys(), ...nd.schemas.keys()])].sort()) {
      const a = od.schemas.get(name);
      const b = nd.schemas.get(name);
      const at = `/${b?.keyword ?? a!.keyword}${seg(name)}`;
      if (!a) out.push(this.diff(at, 'DEPENDENCY_SCHEMA_ADDED', 'narrowed', `schema dependency on "${name}" added`));
      else if (!b) out.push(this.diff(at, 'DEPENDENCY_SCHEMA_REMOVED', 'widened', `schema dependency on "${name}" removed`));
      else out.push(...prefix(this.compare(a.schema, b.schema), at));
    }
  }

  // ---------------------------------------------------------------- arrays

  private compareArray(o: Obj, n: Obj, out: Diff[]): void {
    const os = arrayShape(o);
    const ns = arrayShape(n);
    if (os.tuple.length === 0 && ns.tuple.length === 0) {
      if (o['items'] !== undefined || n['items'] !== undefined) out.push(...prefix(this.compare(os.rest, ns.rest), '/items'));
    } else {
      const tupleKey = ns.tuple.length ? ns.tupleKey : os.tupleKey;
      const count = Math.max(os.tuple.length, ns.tuple.length);
      for (let i = 0; i < count; i++) {
        const at = `/${tupleKey}/${i}`;
        const a = os.tuple[i];
        const b = ns.tuple[i];
        if (i < os.tuple.length && i < ns.tuple.length) out.push(...prefix(this.compare(a, b), at));
        else if (i < ns.tuple.length) this.itemAdded(os.rest, b, i, at, out);
        else this.itemRemoved(ns.rest, a, i, at, out);
      }
      this.compareRest(os.rest, ns.rest, `/${ns.restKey}`, 'ITEMS', out);
    }
    out.push(...this.limit(o, n, 'maxItems', 'upper'), ...this.limit(o, n, 'minItems', 'lower'));
    if ((o['uniqueItems'] === true) !== (n['uniqueItems'] === true)) {
      out.push(n['uniqueItems'] === true ? this.diff('/uniqueItems', 'UNIQUE_ITEMS_ADDED', 'narrowed', 'items must now be unique') : this.diff('/uniqueItems', 'UNIQUE_ITEMS_REMOVED', 'widened', 'items no longer need to be unique'));
    }
    const oc = o['contains'];
    const nc = n['contains'];
    if (oc !== undefined || nc !== undefined) {
      if (oc === undefined) out.push(this.diff('/contains', 'CONTAINS_ADDED', 'narrowed', 'contains added'));
      else if (nc === undefined) out.push(this.diff('/contains', 'CONTAINS_REMOVED', 'widened', 'contains removed'));
      else out.push(...prefix(this.compare(oc, nc), '/contains'));
    }
  }

  private itemAdded(oldRest: unknown, schema: unknown, i: number, at: string, out: Diff[]): void {
    if (oldRest === true) {
      if (isEmptySchema(this.resolve('new', schema))) out.push(this.diff(at, 'ITEM_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL', 'neutral', `unconstrained tuple position ${i} added`));
      else out.push(this.diff(at, 'ITEM_ADDED_TO_OPEN_CONTENT_MODEL', 'narrowed', `tuple position ${i} added; old arrays may have any value there`));
    } else if (oldRest === false) {
      out.push(this.diff(at, 'ITEM_ADDED_TO_CLOSED_CONTENT_MODEL', 'widened', `tuple position ${i} added; old arrays never had one`));
    } else {
      const nested = prefix(this.compare(oldRest, schema), at);
      out.push(...nested);
      const covered = !Traversal.hasBreaking(nested);
      out.push(this.verdict(at, covered ? 'ITEM_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL' : 'ITEM_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL', !covered, `tuple position ${i} added; the old additionalItems schema ${covered ? 'already allowed it' : 'described it differently'}`));
    }
  }

  private itemRemoved(newRest: unknown, schema: unknown, i: number, at: string, out: Diff[]): void {
    const resolved = this.resolve('old', schema);
    if (newRest === true) {
      out.push(this.diff(at, 'ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL', isEmptySchema(resolved) ? 'neutral' : 'widened', `tuple position ${i} removed; any value is now accepted there`));
    } else if (newRest === false) {
      if (resolved === false) out.push(this.diff(at, 'ITEM_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL', 'neutral', `tuple position ${i} (declared false) removed`));
      else out.push(this.diff(at, 'ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL', 'narrowed', `tuple position ${i} removed; arrays that long are now rejected`));
    } else {
      const nested = prefix(this.compare(schema, newRest), at);
      out.push(...nested);
      const covered = !Traversal.hasBreaking(nested);
      out.push(this.verdict(at, covered ? 'ITEM_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL' : 'ITEM_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL', !covered, `tuple position ${i} removed; the new additionalItems schema ${covered ? 'still accepts it' : 'describes it differently'}`));
    }
  }

  // ---------------------------------------------------------------- not, if/then/else

  private compareNot(o: Obj, n: Obj, out: Diff[]): void {
    const a = o['not'];
    const b = n['not'];
    if (a === undefined && b === undefined) return;
    if (a === undefined) {
      out.push(this.diff('/not', 'NOT_ADDED', 'narrowed', 'not added'));
      return;
    }
    if (b === undefined) {
      out.push(this.diff('/not', 'NOT_REMOVED', 'widened', 'not removed'));
      return;
    }
    // The schema accepts what its `not` rejects: compare the negated schemas the other way round.
    if (!this.flipped) {
      this.flipped = new Traversal(flip(this.direction), this.oldRoot, this.newRoot, this.options);
      this.flipped.flipped = this;
    }
    const inner = this.flipped.compare(a, b);
    if (inner.length === 0) return;
    const broken = Traversal.hasBreaking(inner);
    const narrowed = this.direction === 'backward' ? broken : !broken;
    out.push(
      this.verdict(
        '/not',
        narrowed ? 'NOT_TYPE_EXTENDED' : 'NOT_TYPE_NARROWED',
        broken,
        narrowed ? 'the not schema now matches more, so fewer values are accepted' : 'the not schema now matches less, so more values are accepted',
      ),
    );
  }

  private compareConditional(o: Obj, n: Obj, out: Diff[]): void {
    const a = o['if'];
    const b = n['if'];
    if (a === undefined && b === undefined) return;
    if (a === undefined) out.push(this.diff('/if', 'CONDITIONAL_ADDED', 'narrowed', 'if/then/else added'));
    else if (b === undefined) out.push(this.diff('/if', 'CONDITIONAL_REMOVED', 'widened', 'if/then/else removed'));
    else if (!deepEqual(a, b) || containsRef(a) || containsRef(b)) {
      if (Traversal.equalish(this.compare(a, b))) {
        out.push(...prefix(this.compare(o['then'] ?? true, n['then'] ?? true), '/then'), ...prefix(this.compare(o['else'] ?? true, n['else'] ?? true), '/else'));
      } else out.push(this.diff('/if', 'CONDITIONAL_CHANGED', 'changed', 'the if condition changed'));
    } else {
      out.push(...prefix(this.compare(o['then'] ?? true, n['then'] ?? true), '/then'), ...prefix(this.compare(o['else'] ?? true, n['else'] ?? true), '/else'));
    }
  }

  /** Only annotation differences: the two schemas accept the same instances. */
  private static equalish(diffs: readonly Diff[]): boolean {
    return diffs.every((d) => d.change === 'neutral' && !d.breaking);
  }
}

// -------------------------------------------------------------------- schema shapes

function describeAlt(alt: Alt): string {
  return isObj(alt.node) ? describeAtoms(effectiveAtoms(alt.node)) : String(alt.node);
}

function hasSum(node: Obj): boolean {
  return Array.isArray(node['anyOf']) || Array.isArray(node['oneOf']);
}

function requiredSet(node: Obj): Set<string> {
  const r = node['required'];
  return new Set(Array.isArray(r) ? r.filter((x): x is string => typeof x === 'string') : []);
}

/** The schema for what a list does not name: absent or `{}` means anything. */
function restOf(primary: unknown, fallback?: unknown): unknown {
  const v = primary ?? fallback;
  if (v === undefined || v === true || isEmptySchema(v)) return true;
  if (v === false) return false;
  return v;
}

function arrayShape(node: Obj): { tuple: unknown[]; rest: unknown; tupleKey: string; restKey: string } {
  if (Array.isArray(node['prefixItems'])) return { tuple: node['prefixItems'], rest: restOf(node['items']), tupleKey: 'prefixItems', restKey: 'items' };
  if (Array.isArray(node['items'])) return { tuple: node['items'], rest: restOf(node['additionalItems']), tupleKey: 'items', restKey: 'additionalItems' };
  return { tuple: [], rest: restOf(node['items']), tupleKey: 'items', restKey: 'items' };
}

function dependencies(node: Obj): {
  arrays: Map<string, { names: Set<string>; keyword: string }>;
  schemas: Map<string, { schema: unknown; keyword: string }>;
} {
  const arrays = new Map<string, { names: Set<string>; keyword: string }>();
  const schemas = new Map<string, { schema: unknown; keyword: string }>();
  const add = (keyword: string, value: unknown): void => {
    if (!isObj(value)) return;
    for (const [k, v] of Object.entries(value)) {
      if (Array.isArray(v)) arrays.set(k, { names: new Set(v.map(String)), keyword });
      else schemas.set(k, { schema: v, keyword });
    }
  };
  add('dependencies', node['dependencies']);
  add('dependentRequired', node['dependentRequired']);
  add('dependentSchemas', node['dependentSchemas']);
  return { arrays, schemas };
}

interface Bound {
  value: number;
  exclusive: boolean;
  keyword: string;
}

/** The tightest upper bound from maximum / exclusiveMaximum (draft-04 boolean form too). */
function upperBound(node: Obj): Bound | undefined {
  return tightest(node, 'maximum', 'exclusiveMaximum', (a, b) => a < b);
}

function lowerBound(node: Obj): Bound | undefined {
  return tightest(node, 'minimum', 'exclusiveMinimum', (a, b) => a > b);
}

function tightest(node: Obj, inclusiveKey: string, exclusiveKey: string, tighter: (a: number, b: number) => boolean): Bound | undefined {
  const list: Bound[] = [];
  const inc = num(node[inclusiveKey]);
  const exc = node[exclusiveKey];
  if (inc !== undefined) list.push({ value: inc, exclusive: exc === true, keyword: exc === true ? exclusiveKey : inclusiveKey });
  if (typeof exc === 'number') list.push({ value: exc, exclusive: true, keyword: exclusiveKey });
  let best: Bound | undefined;
  for (const b of list) if (!best || tighter(b.value, best.value) || (b.value === best.value && b.exclusive)) best = b;
  return best;
}

function safeTest(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(value);
  } catch {
    return false;
  }
}

/** One alternative per declared type, so `type: [string, null]` can meet `anyOf: [{string}, {null}]`. */
function splitByType(alt: Alt): Alt[] {
  const node = alt.node;
  if (!isObj(node) || !Array.isArray(node['type']) || node['type'].length < 2 || finiteValues(node)) return [alt];
  return node['type'].map((t) => ({ node: { ...node, type: t }, pointer: alt.pointer }));
}

/** Can a value match two of these alternatives (so oneOf differs from anyOf)? */
function overlapping(alts: readonly Alt[], root: unknown): boolean {
  for (let i = 0; i < alts.length; i++) for (let j = i + 1; j < alts.length; j++) if (!disjoint(alts[i]!.node, alts[j]!.node, root, root)) return true;
  return false;
}

/** No value matches both schemas (`a` resolves against `rootA`, `b` against `rootB`). */
function disjoint(a: unknown, b: unknown, rootA: unknown, rootB: unknown): boolean {
  if (!isObj(a) || !isObj(b)) return a === false || b === false;
  const aa = effectiveAtoms(a);
  const ba = effectiveAtoms(b);
  if (![...aa].some((x) => ba.has(x))) return true;
  const av = finiteValues(a);
  const bv = finiteValues(b);
  if (av && bv && !av.some((x) => bv.some((y) => deepEqual(x, y)))) return true;
  // A discriminator: a property both require, with no value in common.
  const ap = isObj(a['properties']) ? a['properties'] : EMPTY;
  const bp = isObj(b['properties']) ? b['properties'] : EMPTY;
  const areq = requiredSet(a);
  const breq = requiredSet(b);
  for (const name of Object.keys(ap)) {
    if (!(name in bp) || !areq.has(name) || !breq.has(name)) continue;
    const x = resolveRef(rootA, ap[name]);
    const y = resolveRef(rootB, bp[name]);
    if (isObj(x) && isObj(y) && disjoint(x, y, rootA, rootB)) return true;
  }
  return false;
}

// -------------------------------------------------------------------- allOf merge

const LOWER_LIMITS = new Set(['minLength', 'minimum', 'exclusiveMinimum', 'minItems', 'minProperties']);
const UPPER_LIMITS = new Set(['maxLength', 'maximum', 'exclusiveMaximum', 'maxItems', 'maxProperties']);
const OBJECT_MODEL = ['additionalProperties', 'patternProperties', 'unevaluatedProperties'];

/**
 * Merge schemas that must all hold into one, or undefined when that would change the
 * meaning (sibling-dependent keywords such as additionalProperties, or conflicts).
 */
export function mergeAll(parts: readonly Obj[]): Obj | undefined {
  const live = parts.filter((p) => !isEmptySchema(p));
  if (live.length <= 1) return live[0] ?? (parts[0] ? { ...parts[0] } : {});
  const describes = (p: Obj): boolean => 'properties' in p || OBJECT_MODEL.some((k) => k in p);
  const modelled = live.filter((p) => OBJECT_MODEL.some((k) => k in p));
  if (modelled.length > 1 || (modelled.length === 1 && live.some((p) => p !== modelled[0] && describes(p)))) return undefined;
  const tupled = live.filter((p) => 'additionalItems' in p || Array.isArray(p['items']));
  if (tupled.length > 1 || (tupled.length === 1 && live.some((p) => p !== tupled[0] && 'items' in p))) return undefined;

  const out: Obj = {};
  for (const part of live) {
    for (const [k, v] of Object.entries(part)) {
      if (!(k in out)) {
        out[k] = v;
        continue;
      }
      const cur = out[k];
      if (deepEqual(cur, v) || ANNOTATION_KEYS.has(k) || isAnnotation(k)) continue;
      if (k === 'type') {
        const a = declaredAtoms({ type: cur });
        const b = declaredAtoms({ type: v });
        const t = atomsToType(new Set([...a].filter((x) => b.has(x))));
        if (!t || t.length === 0) return undefined;
        out[k] = t.length === 1 ? t[0] : t;
      } else if (k === 'properties' && isObj(cur) && isObj(v)) {
        const merged: Obj = { ...cur };
        for (const [name, s] of Object.entries(v)) merged[name] = name in merged && !deepEqual(merged[name], s) ? { allOf: [merged[name], s] } : s;
        out[k] = merged;
      } else if (k === 'required' && Array.isArray(cur) && Array.isArray(v)) {
        out[k] = [...new Set([...cur, ...v])];
      } else if (k === 'enum' && Array.isArray(cur) && Array.isArray(v)) {
        out[k] = cur.filter((x) => v.some((y) => deepEqual(x, y)));
      } else if (LOWER_LIMITS.has(k) && typeof cur === 'number' && typeof v === 'number') {
        out[k] = Math.max(cur, v);
      } else if (UPPER_LIMITS.has(k) && typeof cur === 'number' && typeof v === 'number') {
        out[k] = Math.min(cur, v);
      } else if (k === 'uniqueItems') {
        out[k] = cur === true || v === true;
      } else if ((k === 'items' || k === 'propertyNames') && isObj(cur) && isObj(v)) {
        out[k] = { allOf: [cur, v] };
      } else if (k === 'not') {
        out[k] = { anyOf: [cur, v] };
      } else if (k === 'allOf' && Array.isArray(cur) && Array.isArray(v)) {
        out[k] = [...cur, ...v];
      } else {
        return undefined;
      }
    }
  }
  if ('const' in out && Array.isArray(out['enum'])) {
    if (!out['enum'].some((x) => deepEqual(x, out['const']))) return undefined;
    delete out['enum'];
  }
  return out;
}
