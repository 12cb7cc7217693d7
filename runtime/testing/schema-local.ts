// The keywords of a flattened schema that a value fails at its own level (children, combinators
// and $refs are not evaluated), with AJV's semantics. Mutations use it to keep only changes that
// break exactly the one keyword they aim at.

import { UnsupportedSchemaError } from './schema-error.js';
import { formatCheck } from './schema-formats.js';
import { canonicalJson, codePointLength, hasJsonType, isPlainObject, jsonEqual } from './schema-json.js';
import { isMultipleOf } from './schema-numbers.js';
import { declaredTypes, hasOwn, type Atom } from './schema-walk.js';

const regexes = new Map<string, RegExp>();

/** Patterns compiled as AJV compiles them (unicode flag), once each. */
function regex(pattern: string, pointer: string): RegExp {
  let re = regexes.get(pattern);
  if (!re) {
    try {
      re = new RegExp(pattern, 'u');
    } catch (err) {
      throw new UnsupportedSchemaError(pointer, 'pattern', `not a valid regular expression with the "u" flag AJV uses: ${(err as Error).message}`);
    }
    regexes.set(pattern, re);
  }
  return re;
}

/**
 * @param closed pointers of atoms whose missing `additionalProperties` counts as false (closed writer).
 */
export function localFailures(atoms: readonly Atom[], value: unknown, closed: ReadonlySet<string> = new Set()): Set<string> {
  const failed = new Set<string>();
  for (const { schema: s, pointer } of atoms) {
    const types = declaredTypes(s);
    if (types && ![...types].some((t) => hasJsonType(value, t))) failed.add('type');
    if (Array.isArray(s.enum) && !s.enum.some((e) => jsonEqual(e, value))) failed.add('enum');
    if ('const' in s && !jsonEqual(s.const, value)) failed.add('const');
    if (typeof value === 'number') {
      if (typeof s.minimum === 'number' && value < s.minimum) failed.add('minimum');
      if (typeof s.maximum === 'number' && value > s.maximum) failed.add('maximum');
      if (typeof s.exclusiveMinimum === 'number' && value <= s.exclusiveMinimum) failed.add('exclusiveMinimum');
      if (typeof s.exclusiveMaximum === 'number' && value >= s.exclusiveMaximum) failed.add('exclusiveMaximum');
      if (typeof s.multipleOf === 'number' && !isMultipleOf(value, s.multipleOf)) failed.add('multipleOf');
    }
    if (typeof value === 'string') {
      const n = codePointLength(value);
      if (typeof s.minLength === 'number' && n < s.minLength) failed.add('minLength');
      if (typeof s.maxLength === 'number' && n > s.maxLength) failed.add('maxLength');
      if (typeof s.pattern === 'string' && !regex(s.pattern, pointer).test(value)) failed.add('pattern');
      if (typeof s.format === 'string') {
        const check = formatCheck(s.format);
        if (check && !check(value)) failed.add('format');
      }
    }
    if (Array.isArray(value)) {
      if (typeof s.minItems === 'number' && value.length < s.minItems) failed.add('minItems');
      if (typeof s.maxItems === 'number' && value.length > s.maxItems) failed.add('maxItems');
      if (s.uniqueItems === true && new Set(value.map(canonicalJson)).size !== value.length) failed.add('uniqueItems');
      if (Array.isArray(s.items) && s.additionalItems === false && value.length > s.items.length) failed.add('additionalItems');
    }
    if (isPlainObject(value)) {
      const keys = Object.keys(value);
      if (Array.isArray(s.required) && s.required.some((k) => typeof k === 'string' && !hasOwn(value, k))) failed.add('required');
      if (typeof s.minProperties === 'number' && keys.length < s.minProperties) failed.add('minProperties');
      if (typeof s.maxProperties === 'number' && keys.length > s.maxProperties) failed.add('maxProperties');
      const closedHere = s.additionalProperties === false || (closed.has(pointer) && !('additionalProperties' in s));
      if (closedHere) {
        const props = isPlainObject(s.properties) ? s.properties : {};
        if (keys.some((k) => !hasOwn(props, k))) failed.add('additionalProperties');
      }
    }
  }
  return failed;
}
