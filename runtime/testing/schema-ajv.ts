// Compiled checks of sub-schemas, addressed by their JSON pointer in the root schema, for the few
// places where the arbitraries must filter (oneOf's "exactly one", not, enum candidates). This is
// test-time tooling: the runtime itself never compiles schemas.
//
// Every check runs twice: against the schema as written and against its reader variant (every
// `additionalProperties: false` dropped, as the consume-side validator does). Opening objects can
// make a value match a second oneOf branch or a `not`, so a value must pass both.

import { Ajv, type ValidateFunction } from 'ajv';
import { fullFormats } from './schema-formats.js';
import { isPlainObject } from './schema-json.js';
import type { JsonSchema, SchemaRoot } from './schema-walk.js';
import { UnsupportedSchemaError } from './schema-error.js';

const ROOT_ID = 'herald-testing:root';

export type Check = (value: unknown) => boolean;

/** A sub-schema's check in both variants. */
export interface VariantChecks {
  readonly written: Check;
  readonly open: Check;
}

export class SchemaChecker {
  private instances: { written: Ajv; open: Ajv } | undefined;
  private readonly cache = new Map<string, VariantChecks>();

  constructor(private readonly root: SchemaRoot) {}

  check(pointer: string): VariantChecks {
    const cached = this.cache.get(pointer);
    if (cached) return cached;
    const { written, open } = this.ajv();
    const checks = { written: compileAt(written, pointer), open: compileAt(open, pointer) };
    this.cache.set(pointer, checks);
    return checks;
  }

  private ajv(): { written: Ajv; open: Ajv } {
    this.instances ??= { written: makeAjv(this.root.schema), open: makeAjv(openVariant(this.root.schema)) };
    return this.instances;
  }
}

function makeAjv(schema: JsonSchema): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: false, validateFormats: true, validateSchema: false, allowUnionTypes: true });
  for (const [name, format] of Object.entries(fullFormats)) ajv.addFormat(name, format);
  ajv.addSchema(schema, ROOT_ID);
  return ajv;
}

function compileAt(ajv: Ajv, pointer: string): Check {
  let validate: ValidateFunction | undefined;
  try {
    validate = ajv.getSchema(`${ROOT_ID}#${encodeFragment(pointer)}`);
  } catch (cause) {
    throw new UnsupportedSchemaError(pointer, '$ref', `AJV cannot compile this schema: ${(cause as Error).message}`);
  }
  if (!validate) throw new UnsupportedSchemaError(pointer, '$ref', 'AJV found no schema at this pointer');
  const fn = validate;
  return (value) => fn(value) === true;
}

/** The reader's view: `additionalProperties: false` removed everywhere (pointers stay the same). */
function openVariant(node: unknown): JsonSchema {
  if (Array.isArray(node)) return node.map(openVariant) as unknown as JsonSchema;
  if (!isPlainObject(node)) return node as JsonSchema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'additionalProperties' && v === false) continue;
    out[k] = openVariant(v);
  }
  return out;
}

function encodeFragment(pointer: string): string {
  return pointer
    .split('/')
    .map((token) => encodeURIComponent(token))
    .join('/');
}
