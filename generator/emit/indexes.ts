// <domain>/index.ts (event map, upcaster map, contracts) and the top-level index.ts.

import type { Ir, IrDocument } from '../model/ir.js';
import { domainNames, eventNames, latestVersion, versionsByType } from '../model/naming.js';
import { compare, lit } from './code.js';

export function emitDomainIndex(doc: IrDocument): string {
  const d = domainNames(doc.domain);
  const events: string[] = [];
  const upcasters: string[] = [];
  for (const [type, versions] of versionsByType(doc)) {
    const latest = eventNames(latestVersion(versions), versions.length);
    const all = versions.map((v) => `${v.version}: T.${eventNames(v, versions.length).typeName}`).join('; ');
    events.push(`  ${lit(type)}: EventShape<T.${latest.typeName}, { ${all} }>;`);
    if (versions.length > 1) {
      const steps = versions.slice(0, -1).map((v, i) => {
        const next = versions[i + 1]!;
        return `    ${v.version}: (data: T.${eventNames(v, versions.length).typeName}) => T.${eventNames(next, versions.length).typeName};`;
      });
      upcasters.push(`  ${lit(type)}: {\n${steps.join('\n')}\n  };`);
    }
  }
  return [
    "import { defineContracts, type EventShape } from 'herald';",
    "import { descriptors } from './descriptors.js';",
    "import type * as T from './types.js';",
    '',
    "export * from './descriptors.js';",
    "export * from './publishers.js';",
    "export * from './subscribers.js';",
    "export * from './types.js';",
    '',
    events.length ? `export interface ${d.events} {\n${events.join('\n')}\n}` : `export type ${d.events} = Record<never, never>;`,
    '',
    '/** Each older version upcasts to the next one; the bus chains them up to the latest. */',
    upcasters.length ? `export interface ${d.upcasters} {\n${upcasters.join('\n')}\n}` : `export type ${d.upcasters} = Record<never, never>;`,
    '',
    `export const ${d.contracts} = defineContracts<${d.events}, ${d.upcasters}>(descriptors);`,
    '',
  ].join('\n');
}

export function emitRootIndex(ir: Ir): string {
  const docs = [...ir.documents].sort((a, b) => compare(a.domain, b.domain));
  const names = docs.map((doc) => ({ doc, d: domainNames(doc.domain) }));
  const extend = (pick: (d: ReturnType<typeof domainNames>) => string): string =>
    names.length ? `\n  extends ${names.map(({ d }) => pick(d)).join(',\n    ')}` : '';
  const lines = [
    "import { defineContracts } from 'herald';",
    ...names.flatMap(({ doc, d }) => [
      `import { descriptors as ${d.namespace}Descriptors } from './${doc.domain}/descriptors.js';`,
      `import type { ${d.events}, ${d.upcasters} } from './${doc.domain}/index.js';`,
    ]),
    '',
    ...names.map(({ doc, d }) => `export * as ${d.namespace} from './${doc.domain}/index.js';`),
    '',
    '/** Every event of every contract: the type parameter of a bus that carries them all. */',
    `export interface HeraldEvents${extend((d) => d.events)} {}`,
    '',
    `export interface HeraldUpcasters${extend((d) => d.upcasters)} {}`,
    '',
    names.length
      ? `export const contracts = defineContracts<HeraldEvents, HeraldUpcasters>([\n${names.map(({ d }) => `  ...${d.namespace}Descriptors,`).join('\n')}\n]);`
      : 'export const contracts = defineContracts<HeraldEvents, HeraldUpcasters>([]);',
    '',
  ];
  return lines.join('\n').replace(/\n\n\n/g, '\n\n');
}
