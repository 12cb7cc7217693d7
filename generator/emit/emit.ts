// Stage 3: IR → in-memory files (paths relative to the output dir, '/'-separated).

import type { Diagnostic } from '../diagnostics.js';
import type { Ir } from '../model/ir.js';
import { header } from './code.js';
import { emitDescriptors } from './descriptors.js';
import { emitDomainIndex, emitRootIndex } from './indexes.js';
import { emitTypes } from './types.js';
import { emitValidators } from './validators.js';
import { emitPublishers, emitSubscribers } from './wrappers.js';

export interface EmitOptions {
  /** How headers name the contracts dir, e.g. `contracts` (→ "Generated from contracts/vendor.asyncapi.yaml"). */
  contractsLabel: string;
}

export interface EmitResult {
  files: Map<string, string>;
  diagnostics: Diagnostic[];
}

export async function emit(ir: Ir, options: EmitOptions): Promise<EmitResult> {
  const files = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  for (const doc of ir.documents) {
    const head = header(`${options.contractsLabel}/${doc.file}`);
    const validators = emitValidators(doc);
    diagnostics.push(...validators.diagnostics);
    if (validators.diagnostics.length) continue;
    const dir = doc.domain;
    files.set(`${dir}/types.ts`, head + '\n' + (await emitTypes(doc)));
    files.set(`${dir}/validators.ts`, head + validators.text);
    files.set(`${dir}/descriptors.ts`, head + '\n' + emitDescriptors(doc));
    files.set(`${dir}/publishers.ts`, head + '\n' + emitPublishers(doc));
    files.set(`${dir}/subscribers.ts`, head + '\n' + emitSubscribers(doc));
    files.set(`${dir}/index.ts`, head + '\n' + emitDomainIndex(doc));
  }
  files.set('index.ts', header(`${options.contractsLabel}/`) + '\n' + emitRootIndex(ir));
  return { files: new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), diagnostics };
}
