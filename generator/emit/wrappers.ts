// <domain>/publishers.ts and subscribers.ts: one-line typed wrappers over the bus.

import type { IrDocument } from '../model/ir.js';
import { domainNames, eventNames, latestVersion, versionsByType } from '../model/naming.js';
import { lit } from './code.js';

export function emitPublishers(doc: IrDocument): string {
  const d = domainNames(doc.domain);
  const methods: { signature: string; impl: string }[] = [];
  for (const [type, versions] of versionsByType(doc)) {
    const latest = latestVersion(versions);
    if (latest.retired) continue; // every version retired: nothing may publish it
    const names = eventNames(latest, versions.length);
    methods.push({
      signature: `  /** Publish ${type} (v${latest.version}). */\n  ${names.publishMethod}(data: T.${names.baseName}, options?: PublishOptions): Promise<PublishReceipt>;`,
      impl: `    ${names.publishMethod}: (data, options) => bus.publish(${lit(type)}, data, options),`,
    });
  }
  return wrapperModule(
    ["import type { PublishOptions, PublishReceipt, Publisher } from 'herald';", `import type { ${d.events} } from './index.js';`, "import type * as T from './types.js';", ''],
    d.publishers,
    `${d.publishersFactory}(bus: Publisher<${d.events}>)`,
    methods,
  );
}

export function emitSubscribers(doc: IrDocument): string {
  const d = domainNames(doc.domain);
  const methods: { signature: string; impl: string }[] = [];
  for (const [type, versions] of versionsByType(doc)) {
    const names = eventNames(versions[0]!, versions.length);
    methods.push({
      signature: `  /** Subscribe to ${type}. */\n  ${names.subscribeMethod}(handler: Handler<${d.events}, ${lit(type)}>, options: SubscribeOptions): Promise<Subscription>;`,
      impl: `    ${names.subscribeMethod}: (handler, options) => bus.subscribe(${lit(type)}, handler, options),`,
    });
  }
  return wrapperModule(
    [
      "import type { Handler, HandlerMap, SubscribeOptions, Subscriber, Subscription } from 'herald';",
      `import type { ${d.events} } from './index.js';`,
      '',
      `export type ${d.handlers} = HandlerMap<${d.events}>;`,
      '',
    ],
    d.subscribers,
    `${d.subscribersFactory}(bus: Subscriber<${d.events}>)`,
    methods,
  );
}

/** An interface of one-line methods and the factory that implements it over the bus. */
function wrapperModule(preamble: string[], iface: string, factory: string, methods: { signature: string; impl: string }[]): string {
  return [
    ...preamble,
    `export interface ${iface} {`,
    ...methods.map((m) => m.signature),
    '}',
    '',
    `export function ${factory}: ${iface} {`,
    '  return {',
    ...methods.map((m) => m.impl),
    '  };',
    '}',
    '',
  ]
    .join('\n')
    .replace(/ \{\n\}/g, ' {}')
    .replace(/return \{\n {2}\};/, 'return {};');
}
