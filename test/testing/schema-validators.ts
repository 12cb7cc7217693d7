// The two validators Herald generates for a payload schema, compiled here at test time: the
// publish side (closed writer, generator/model/schema.ts publishSchema) and the consume side
// (open reader). Same AJV setup as the generator: allErrors, union types, ajv-formats.

import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { consumeSchema, publishSchema } from '../../generator/model/schema.js';
import type { JsonSchema } from '../../runtime/testing/schema-walk.js';

const addFormats = addFormatsModule.default;

export interface SchemaValidators {
  publish: ValidateFunction;
  consume: ValidateFunction;
}

function compile(schema: JsonSchema): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

export function validatorsFor(schema: JsonSchema): SchemaValidators {
  return { publish: compile(publishSchema(schema)), consume: compile(consumeSchema(schema)) };
}

export function errorList(errors: readonly ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.keyword} ${e.message ?? ''}`).join('; ');
}
