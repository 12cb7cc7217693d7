// Turn validator errors into contract issues: a JSON pointer, the failing keyword, a message.

import type { ContractIssue } from './errors.js';
import type { Validator } from './contract.js';

export function issuesOf(validator: Validator): ContractIssue[] {
  return (validator.errors ?? []).map((e) => {
    let path = e.instancePath;
    // Report a missing property at the property itself, where a reader looks for it.
    if (e.keyword === 'required' && typeof e.params.missingProperty === 'string') path += '/' + e.params.missingProperty.replace(/~/g, '~0').replace(/\//g, '~1');
    if (e.keyword === 'additionalProperties' && typeof e.params.additionalProperty === 'string') {
      path += '/' + e.params.additionalProperty.replace(/~/g, '~0').replace(/\//g, '~1');
    }
    return { path, keyword: e.keyword, message: e.message ?? e.keyword, params: e.params, schemaPath: e.schemaPath };
  });
}

/** Validate and return the issues (empty when valid). */
export function check(validator: Validator, data: unknown): ContractIssue[] {
  return validator(data) ? [] : issuesOf(validator);
}
