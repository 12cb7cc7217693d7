// Stage 1: find and parse every `*.asyncapi.yaml` under the contracts dir with
// @asyncapi/parser (the only importer of it), once per file, resolving relative `$ref`s
// across files. Parser findings become Diagnostics with file:line:column.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Parser } from '@asyncapi/parser';
import type { Diagnostic } from '../diagnostics.js';
import { listFiles } from './list-files.js';
import { SourceLocator } from './source-locator.js';

export interface LoadedContract {
  /** Relative to the contracts dir, '/'-separated. */
  file: string;
  absPath: string;
  /** File name without `.asyncapi.yaml` (or the document's `x-herald-domain`). */
  domain: string;
  /** The fully resolved document as plain data (`$ref`s inlined; may contain cycles for recursive schemas). */
  document: Record<string, unknown>;
}

export interface LoadResult {
  contracts: LoadedContract[];
  diagnostics: Diagnostic[];
  locator: SourceLocator;
  /** Every file under the contracts dir that a document may reference, with its text. */
  files: Map<string, string>;
}

const CONTRACT_FILE = /\.asyncapi\.ya?ml$/;
const DOMAIN = /^[a-z][a-z0-9-]*$/;

let sharedParser: Parser | undefined;

export function isContractFile(file: string): boolean {
  return CONTRACT_FILE.test(file);
}

export async function loadContracts(contractsDir: string): Promise<LoadResult> {
  const root = path.resolve(contractsDir);
  const locator = new SourceLocator(root);
  const diagnostics: Diagnostic[] = [];
  const files = new Map<string, string>();
  let names: string[];
  try {
    names = await listFiles(root);
  } catch (err) {
    diagnostics.push({ file: '.', pointer: '', message: `cannot read contracts dir ${contractsDir}: ${(err as Error).message}`, hint: 'pass --contracts DIR' });
    return { contracts: [], diagnostics, locator, files };
  }
  for (const name of names.filter((n) => /\.(ya?ml|json)$/.test(n))) {
    const text = await readFile(path.join(root, name), 'utf8');
    files.set(name, text);
    locator.register(path.join(root, name), text);
  }
  const contractFiles = [...files.keys()].filter(isContractFile);
  if (contractFiles.length === 0) {
    diagnostics.push({ file: '.', pointer: '', message: `no *.asyncapi.yaml files in ${contractsDir}`, hint: 'one AsyncAPI 3 document per domain, named <domain>.asyncapi.yaml' });
  }
  sharedParser ??= new Parser();
  const contracts: LoadedContract[] = [];
  for (const file of contractFiles) {
    const absPath = path.join(root, file);
    const result = await sharedParser.parse(files.get(file)!, { source: absPath });
    const errors = result.diagnostics.filter((d) => d.severity === 0);
    for (const d of errors) {
      if (isWrapper(d, errors)) continue;
      const source = typeof d.source === 'string' && d.source ? locator.relative(d.source) : file;
      const segments = (d.path ?? []).map(String);
      diagnostics.push({
        file: source,
        line: d.range ? d.range.start.line + 1 : undefined,
        column: d.range ? d.range.start.character + 1 : undefined,
        pointer: segments.map((s) => '/' + s.replace(/~/g, '~0').replace(/\//g, '~1')).join(''),
        message: d.message,
        hint: parserHint(String(d.code)),
      });
    }
    const document = result.document?.json() as Record<string, unknown> | undefined;
    if (!document) continue;
    const version = String(document['asyncapi'] ?? '');
    if (!version.startsWith('3.')) {
      const at = locator.locate(file, '/asyncapi');
      diagnostics.push({ ...at, message: `AsyncAPI ${version || '(none)'} is not supported`, hint: 'Herald reads AsyncAPI 3.x documents; migrate with the AsyncAPI converter' });
      continue;
    }
    const base = path.posix.basename(file).replace(CONTRACT_FILE, '');
    const explicit = document['x-herald-domain'];
    const domain = typeof explicit === 'string' ? explicit : base;
    if (!DOMAIN.test(domain)) {
      const at = locator.locate(file, typeof explicit === 'string' ? '/x-herald-domain' : '');
      diagnostics.push({ ...at, message: `domain "${domain}" is not a valid folder name`, hint: 'use lower-case letters, digits and dashes, starting with a letter (rename the file or set x-herald-domain)' });
      continue;
    }
    contracts.push({ file, absPath, domain, document });
  }
  return { contracts, diagnostics, locator, files };
}

type ParserDiagnostic = { message: string; path?: readonly (string | number)[] };

/** JSON Schema's `if/then/else` failures restate a more precise error found deeper in the same place. */
function isWrapper(d: ParserDiagnostic, all: readonly ParserDiagnostic[]): boolean {
  if (!/must match "(then|else)" schema/.test(d.message)) return false;
  const at = (d.path ?? []).join('/');
  return all.some((o) => o !== d && (o.path ?? []).length > (d.path ?? []).length && (o.path ?? []).join('/').startsWith(at + '/'));
}

function parserHint(code: string): string {
  switch (code) {
    case 'invalid-ref':
      return '$ref paths are relative to the file that contains them; check the path and the #/pointer';
    case 'asyncapi-document-resolved':
    case 'asyncapi-document-unresolved':
      return 'the document does not match the AsyncAPI 3 schema at this place';
    default:
      return `AsyncAPI parser rule "${code}"`;
  }
}
