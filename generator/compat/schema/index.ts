// Public face of the JSON Schema compatibility engine: compare an old and a new schema in
// the chosen mode under the chosen policy, and merge what both directions found.
//
// Policies
//   strict         Confluent's rules on the schemas exactly as written.
//   writer-reader  Herald's split (DESIGN.md §4): the writing side is validated with
//                  publishSchema() (objects that list their properties are closed) and the
//                  reading side with consumeSchema() (closed objects are opened). Each
//                  direction therefore compares the schemas the validators actually enforce:
//                  backward = publish(old) → consume(new), forward = publish(new) → consume(old).
//                  Adding or removing an optional property is compatible both ways; adding
//                  or removing a required one is not. Defaults are documentation here:
//                  Herald's validators never fill them in.
// Formats are judged under both policies (Herald asserts them; see formats.ts).

import { consumeSchema, publishSchema } from '../../model/schema.js';
import type { JsonSchema } from '../../model/ir.js';
import { Traversal, type Direction, type SchemaDifference } from './compare.js';
import type { SchemaRule } from './rules.js';

export type Mode = 'backward' | 'forward' | 'full';
export type Policy = 'writer-reader' | 'strict';
export type { Direction, SchemaDifference } from './compare.js';
export { SCHEMA_RULES, type SchemaRule, type Change, type RuleChange } from './rules.js';
export { FORMAT_SUBSUMPTIONS } from './formats.js';

export interface SchemaCompareOptions {
  mode?: Mode;
  policy?: Policy;
}

/** A merged finding: one rule at one place, with the direction(s) it breaks. */
export interface SchemaFinding {
  pointer: string;
  rule: SchemaRule;
  /** Which readers break: backward (new readers, old data), forward (old readers, new data) or both. For compatible findings: the directions checked. */
  direction: Direction | 'both';
  breaking: boolean;
  detail: string;
}

export function directionsOf(mode: Mode): Direction[] {
  return mode === 'full' ? ['backward', 'forward'] : [mode];
}

/** Every difference each checked direction reports, unmerged. */
export function compareSchemas(oldSchema: JsonSchema, newSchema: JsonSchema, options: SchemaCompareOptions = {}): SchemaDifference[] {
  const mode = options.mode ?? 'full';
  const policy = options.policy ?? 'writer-reader';
  const out: SchemaDifference[] = [];
  for (const direction of directionsOf(mode)) {
    let [o, n] = [oldSchema, newSchema];
    if (policy === 'writer-reader') {
      o = direction === 'backward' ? publishSchema(oldSchema) : consumeSchema(oldSchema);
      n = direction === 'backward' ? consumeSchema(newSchema) : publishSchema(newSchema);
    }
    const diffs = new Traversal(direction, o, n, { defaultsFillRequired: policy === 'strict' }).run();
    for (const d of diffs) {
      // Under writer-reader the writer is closed and the reader open by construction; the
      // resulting "unknown properties now allowed/rejected" notes are never breaking and
      // say nothing about the edit, so they are dropped.
      if (policy === 'writer-reader' && !d.breaking && (d.rule === 'ADDITIONAL_PROPERTIES_ADDED' || d.rule === 'ADDITIONAL_PROPERTIES_REMOVED')) continue;
      out.push(d);
    }
  }
  return out;
}

/**
 * Compare and merge: at each pointer, breaking findings win (the same rule breaking both
 * ways becomes `both`); where nothing breaks, the first direction's notes are kept once.
 * Sorted by pointer, then rule.
 */
export function diffSchemas(oldSchema: JsonSchema, newSchema: JsonSchema, options: SchemaCompareOptions = {}): SchemaFinding[] {
  const mode = options.mode ?? 'full';
  return mergeDirections(compareSchemas(oldSchema, newSchema, options), mode);
}

export function mergeDirections(diffs: readonly SchemaDifference[], mode: Mode): SchemaFinding[] {
  const byPointer = new Map<string, SchemaDifference[]>();
  for (const d of diffs) {
    const list = byPointer.get(d.pointer);
    if (list) list.push(d);
    else byPointer.set(d.pointer, [d]);
  }
  const checked: SchemaFinding['direction'] = mode === 'full' ? 'both' : mode;
  const out: SchemaFinding[] = [];
  for (const [pointer, list] of byPointer) {
    const broken = list.filter((d) => d.breaking);
    const byRule = new Map<string, SchemaFinding>();
    if (broken.length) {
      for (const d of broken) {
        const seen = byRule.get(d.rule);
        if (seen) {
          if (seen.direction !== d.direction) seen.direction = 'both';
        } else byRule.set(d.rule, { pointer, rule: d.rule, direction: d.direction, breaking: true, detail: d.detail });
      }
    } else {
      const first = list[0]!.direction;
      for (const d of list) {
        if (d.direction !== first || byRule.has(d.rule)) continue;
        byRule.set(d.rule, { pointer, rule: d.rule, direction: checked, breaking: false, detail: d.detail });
      }
    }
    out.push(...byRule.values());
  }
  return out.sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

/** Confluent's question: can a reader with schema `reader` read data written with `writer`? */
export function canRead(writer: JsonSchema, reader: JsonSchema, policy: Policy = 'writer-reader'): boolean {
  return !compareSchemas(writer, reader, { mode: 'backward', policy }).some((d) => d.breaking);
}
