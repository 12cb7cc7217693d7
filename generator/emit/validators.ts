// <domain>/validators.ts: AJV standalone code compiled at generate time, two validators
// per event version (publish side closed, consume side open). Formats are asserted
// (ajv-formats). AJV's standalone output `require`s its runtime helpers even in ESM mode
// (ajv#2509); those calls become default imports of the same modules.

import { Ajv, _, type AnySchemaObject, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import type { Diagnostic } from '../diagnostics.js';
import type { IrDocument, IrMessage } from '../model/ir.js';
import { dataSchemaUri, eventNames, versionsByType } from '../model/naming.js';
import { consumeSchema, isObj, publishSchema } from '../model/schema.js';
import { formats } from '../../runtime/core/formats.js';

// Both are CommonJS modules whose `module.exports` function also carries itself as `.default`.
const addFormats = addFormatsModule.default;
const standaloneCode = standaloneCodeModule.default;

/** Annotation keywords AsyncAPI's Schema Object adds to JSON Schema. */
const ANNOTATIONS = ['discriminator', 'externalDocs', 'example'];

export interface ValidatorsOutput {
  text: string;
  diagnostics: Diagnostic[];
}

export function emitValidators(doc: IrDocument): ValidatorsOutput {
  // ownProperties: a payload's own fields only, never Object.prototype's (`toString`, `constructor`).
  const ajv = new Ajv({ code: { source: true, esm: true, lines: true }, strict: true, allErrors: true, allowUnionTypes: true, ownProperties: true });
  addFormats(ajv);
  // The same format functions at generate time (examples) and at run time, where the
  // generated code takes them from the public entry: ajv-formats' with a fast date-time path.
  ajv.addFormat('date-time', formats['date-time'] as Parameters<Ajv['addFormat']>[1]);
  ajv.opts.code.formats = _`require("herald").formats`;
  for (const keyword of [...ANNOTATIONS, ...extensionKeywords(doc)]) ajv.addKeyword({ keyword });
  const diagnostics: Diagnostic[] = [];
  const exports: Record<string, string> = {};
  // Events sharing one payload schema (vendor.created and vendor.updated) share one compiled function.
  const compiledBySchema = new Map<string, string>();
  /** export name → the export whose function it reuses */
  const aliases = new Map<string, string>();
  for (const versions of versionsByType(doc).values()) {
    for (const message of versions) {
      const names = eventNames(message, versions.length);
      const id = dataSchemaUri(doc.domain, message);
      const sides: [string, string, ReturnType<typeof publishSchema>][] = [
        [names.validatePublish, `${id}:publish`, publishSchema(message.payload)],
        [names.validateConsume, `${id}:consume`, consumeSchema(message.payload)],
      ];
      let compiled = true;
      for (const [exportName, schemaId, schema] of sides) {
        const key = JSON.stringify(schema);
        const twin = compiledBySchema.get(key);
        if (twin !== undefined) {
          aliases.set(exportName, twin);
          if (schemaId.endsWith(':publish')) checkExamples(message, ajv.getSchema(exports[twin]!)!, diagnostics);
          continue;
        }
        try {
          ajv.addSchema(withId(schema, schemaId));
          const validate = ajv.getSchema(schemaId);
          if (!validate) throw new Error('AJV did not compile the schema');
          compiledBySchema.set(key, exportName);
          exports[exportName] = schemaId;
          if (schemaId.endsWith(':publish')) checkExamples(message, validate, diagnostics);
        } catch (err) {
          compiled = false;
          ajv.removeSchema(schemaId);
          diagnostics.push({
            ...message.source,
            message: `payload schema of "${message.type}" v${message.version} does not compile: ${(err as Error).message}`,
            hint: 'Herald compiles payloads with AJV in strict mode (draft-07 keywords, ajv-formats formats)',
          });
          break;
        }
      }
      if (!compiled) for (const [exportName] of sides) delete exports[exportName];
    }
  }
  if (diagnostics.length) return { text: '', diagnostics };
  const code = standaloneCode(ajv, exports);
  const aliasLines = [...aliases].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, twin]) => `export const ${name}: Validator = ${twin};`);
  return { text: toModule(code) + (aliasLines.length ? `\n// Same schema, same function.\n${aliasLines.join('\n')}\n` : ''), diagnostics };
}

function withId(schema: unknown, id: string): AnySchemaObject {
  if (schema === true || schema === undefined) return { $id: id };
  if (schema === false) return { $id: id, not: {} };
  return { ...(schema as AnySchemaObject), $id: id };
}

function checkExamples(message: IrMessage, validate: { (data: unknown): boolean; errors?: ErrorObject[] | null }, diagnostics: Diagnostic[]): void {
  message.examples.forEach((example, i) => {
    if (validate(example)) return;
    const issues = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`).join('; ');
    diagnostics.push({
      ...message.source,
      message: `example ${i + 1} of "${message.type}" v${message.version} does not match its payload schema: ${issues}`,
      hint: 'fix the example or the schema (examples are validated like published payloads: unknown properties are rejected)',
    });
  });
}

/** Every `x-*` key used inside a payload schema, registered so AJV's strict mode accepts it. */
function extensionKeywords(doc: IrDocument): string[] {
  const found = new Set<string>();
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (isObj(v)) {
      for (const [k, child] of Object.entries(v)) {
        if (k.startsWith('x-')) found.add(k);
        visit(child);
      }
    }
  };
  for (const m of doc.messages) visit(m.payload);
  return [...found].sort();
}

/** AJV's standalone ESM output, made a real ES module with typed exports. */
function toModule(code: string): string {
  const deps = new Map<string, string>();
  let body = code.replace(/^"use strict";\s*/, '').replace(/require\("([^"]+)"\)/g, (_m, spec: string) => {
    let local = deps.get(spec);
    if (!local) deps.set(spec, (local = `runtime${deps.size}`));
    return local;
  });
  body = body.replace(/^export const (\w+) = (\w+);$/gm, 'export const $1: Validator = $2;');
  body = guardLengthChecks(body, deps.get('ajv/dist/runtime/ucs2length'));
  const imports = [...deps.entries()].map(([spec, local]) => `import * as ${local}Module from '${spec.endsWith('.js') || !spec.includes('/') ? spec : `${spec}.js`}';`);
  // CommonJS interop: Node puts module.exports on `default`; bundlers that honour
  // __esModule put exports.default there. AJV's runtime modules export objects.
  const interop = [...deps.values()].map((local) => `const ${local} = typeof ${local}Module.default === 'object' && ${local}Module.default !== null ? ${local}Module.default : ${local}Module;`);
  return ['// @ts-nocheck', "import type { Validator } from 'herald';", ...imports, ...interop, '', body.trim(), ''].join('\n');
}

/**
 * Counting code points (ucs2length) is only needed near the limit: a string of at most N
 * UTF-16 units has at most N code points, and one of at least 2N units at least N. Guard
 * each `maxLength`/`minLength` check with the cheap `.length`, keeping the verdicts exact.
 */
function guardLengthChecks(body: string, ucs2Module: string | undefined): string {
  if (!ucs2Module) return body;
  const fn = new RegExp(`^const (func\\d+) = ${ucs2Module}\\.default;$`, 'm').exec(body)?.[1];
  if (!fn) return body;
  return body
    .replace(new RegExp(`\\b${fn}\\((\\w+)\\) > (\\d+)`, 'g'), `($1.length > $2 && ${fn}($1) > $2)`)
    .replace(new RegExp(`\\b${fn}\\((\\w+)\\) < (\\d+)`, 'g'), (_m, v: string, n: string) => `(${v}.length < ${2 * Number(n)} && ${fn}(${v}) < ${n})`);
}
