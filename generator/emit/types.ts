// <domain>/types.ts: one TypeScript interface per payload, made by Modelina from per-payload
// JSON Schemas (never from the whole AsyncAPI document: Modelina only follows messages
// reachable from operations). Before Modelina runs, every object and enum is given a
// deterministic name (its title, else its path: OrderCreatedItem); after it runs, its
// output is post-processed deterministically (see `polish`).

import { TypeScriptGenerator } from '@asyncapi/modelina';
import type { IrDocument, JsonSchema } from '../model/ir.js';
import { eventNames, latestVersion, pascalCase, versionsByType } from '../model/naming.js';
import { isObj, publishSchema } from '../model/schema.js';
import { compare } from './code.js';

type Obj = { [key: string]: unknown };

/** Names a payload type must never take: they would shadow globals used by generated or user code. */
const GLOBALS = new Set(
  ('Array ArrayBuffer Awaited BigInt Boolean Buffer DataView Date Element Error Event Exclude Extract Function Generator Headers InstanceType ' +
    'Intl Iterator JSON Lowercase Map Math NonNullable Number Object Omit Parameters Partial Pick Promise Proxy Readonly Record Reflect Request ' +
    'Required Response ReturnType RegExp Set String Symbol Uint8Array Uppercase URL WeakMap WeakSet').split(' '),
);

const generator = new TypeScriptGenerator({
  modelType: 'interface',
  enumType: 'union',
  mapType: 'indexedObject',
  rawPropertyNames: true,
  useJavascriptReservedKeywords: false,
});

export class TypeGenerationError extends Error {}

export async function emitTypes(doc: IrDocument): Promise<string> {
  const registry = new Map<string, string>();
  const withRealAdditionalProperties = new Set<string>();
  const declarations = new Map<string, string>();
  for (const [type, versions] of versionsByType(doc)) {
    for (const message of versions) {
      const { typeName } = eventNames(message, versions.length);
      const named = nameSchemas(publishSchema(message.payload), typeName, registry, withRealAdditionalProperties);
      const models = await generator.generate({ $schema: 'http://json-schema.org/draft-07/schema#', ...named });
      for (const model of models) {
        const name = restoreName(model.modelName, registry);
        const text = polish(model.result, registry, withRealAdditionalProperties.has(name));
        const existing = declarations.get(name);
        if (existing !== undefined && existing !== text) {
          throw new TypeGenerationError(`Modelina produced two different declarations named ${name} (event ${message.type} v${message.version})`);
        }
        declarations.set(name, text);
      }
      if (!declarations.has(typeName)) throw new TypeGenerationError(`Modelina produced no declaration for ${typeName} (event ${message.type} v${message.version})`);
    }
    if (versions.length > 1) {
      const latest = eventNames(latestVersion(versions), versions.length);
      const alias = pascalCase(type);
      if (declarations.has(alias)) throw new TypeGenerationError(`the alias ${alias} of event ${type} collides with another type of the same name`);
      declarations.set(alias, `/** The latest version of ${type}. */\nexport type ${alias} = ${latest.typeName};`);
    }
  }
  const body = [...declarations.entries()].sort(([a], [b]) => compare(a, b)).map(([, text]) => text);
  return body.join('\n\n') + '\n';
}

/**
 * Give every object with properties, every enum and every titled schema a name: its title
 * (unless that would shadow a global), else its parent's name plus its path
 * (`items` → `Item`, a map value → `Value`, a union branch → `Option1`). Identical schemas
 * share a name; different ones get a numeric suffix.
 */
function nameSchemas(schema: JsonSchema, rootName: string, registry: Map<string, string>, realAdditional: Set<string>): Obj {
  const root = isObj(schema) ? schema : {};
  const named = (node: Obj, title: string): Obj => {
    const { title: _old, ...rest } = node;
    const canonical = JSON.stringify(rest);
    let name = title;
    for (let i = 2; registry.has(name) && registry.get(name) !== canonical; i++) name = `${title}${i}`;
    registry.set(name, canonical);
    if (isObj(node['properties']) && 'additionalProperties' in node['properties']) realAdditional.add(name);
    return { ...rest, title: name };
  };
  const walk = (node: unknown, prefix: string, hint: string, isRoot: boolean): unknown => {
    if (!isObj(node)) return node;
    const title = typeof node['title'] === 'string' ? pascalCase(node['title']) : undefined;
    const wantsName = isRoot || title !== undefined || isObj(node['properties']) || (Array.isArray(node['enum']) && node['const'] === undefined);
    const tentative = isRoot ? rootName : title !== undefined ? (GLOBALS.has(title) ? prefix + title : title) : prefix + hint;
    const childPrefix = wantsName ? tentative : prefix;
    const childHint = wantsName ? '' : hint;
    const out: Obj = { ...node };
    if (isObj(node['properties'])) {
      out['properties'] = Object.fromEntries(Object.entries(node['properties']).map(([k, v]) => [k, walk(v, childPrefix, childHint + pascalCase(k), false)]));
    }
    if (node['items'] !== undefined) {
      out['items'] = Array.isArray(node['items'])
        ? node['items'].map((v, i) => walk(v, childPrefix, `${childHint}Item${i + 1}`, false))
        : walk(node['items'], childPrefix, singular(childHint) || 'Item', false);
    }
    if (isObj(node['additionalProperties'])) out['additionalProperties'] = walk(node['additionalProperties'], childPrefix, `${childHint}Value`, false);
    for (const k of ['oneOf', 'anyOf', 'allOf'] as const) {
      const list = node[k];
      if (Array.isArray(list)) out[k] = list.map((v, i) => walk(v, childPrefix, `${childHint}${k === 'allOf' ? 'Part' : 'Option'}${i + 1}`, false));
    }
    for (const k of ['$defs', 'definitions'] as const) {
      const defs = node[k];
      if (isObj(defs)) out[k] = Object.fromEntries(Object.entries(defs).map(([d, v]) => [d, walk(v, '', pascalCase(d), false)]));
    }
    return wantsName ? named(out, tentative) : out;
  };
  return walk(root, '', '', true) as Obj;
}

/** `Items` → `Item`, `Addresses` → `Address`, `Categories` → `Category`; other words get `Item`. */
function singular(word: string): string {
  if (!word) return '';
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return `${word}Item`;
}

/** Modelina prefixes names it deems reserved with `Reserved`; the names chosen above are safe, so undo that. */
function restoreName(modelName: string, registry: Map<string, string>): string {
  const bare = modelName.replace(/^Reserved/, '');
  return modelName !== bare && registry.has(bare) && !registry.has(modelName) ? bare : modelName;
}

/**
 * Deterministic fixes to Modelina's output:
 * - `export` every declaration;
 * - undo `Reserved` prefixes on type references;
 * - the stray `additionalProperties` member Modelina adds to open objects (modelina#1879)
 *   becomes an index signature `[key: string]: unknown`;
 * - `any` becomes `unknown`, so consumers must narrow untyped fields.
 */
function polish(result: string, registry: Map<string, string>, keepAdditional: boolean): string {
  let text = result.replace(/\bReserved([A-Z][A-Za-z0-9_]*)\b/g, (m, bare: string) => (registry.has(bare) && !registry.has(m) ? bare : m));
  if (!keepAdditional) text = text.replace(/^(\s*)'additionalProperties'\?: \{ \[name: string\]: [^\n]*;$/m, '$1[key: string]: unknown;');
  text = text
    .split('\n')
    .map((line) => line.split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/).map((part, i) => (i % 2 === 1 ? part : part.replace(/\bany\b/g, 'unknown'))).join(''))
    .join('\n');
  return `export ${text.trim()}`;
}
