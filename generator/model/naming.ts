// Identifier naming shared by the model and every emitter, so a name is decided once.

import type { IrDocument, IrMessage } from './ir.js';

/** `payment.refund_failed` → `PaymentRefundFailed`; `websocket.user.connected` → `WebsocketUserConnected`. */
export function pascalCase(text: string): string {
  const name = text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
  if (!name) return 'Unnamed';
  return /^[0-9]/.test(name) ? `N${name}` : name;
}

export function camelCase(text: string): string {
  const pascal = pascalCase(text);
  const lead = /^[A-Z]+(?=[A-Z][a-z]|[0-9]|$)/.exec(pascal)?.[0] ?? pascal[0]!;
  return lead.toLowerCase() + pascal.slice(lead.length);
}

/** Versions of each event type in a document, ascending. */
export function versionsByType(doc: IrDocument): Map<string, IrMessage[]> {
  const map = new Map<string, IrMessage[]>();
  for (const m of [...doc.messages].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : a.version - b.version))) {
    const list = map.get(m.type) ?? [];
    list.push(m);
    map.set(m.type, list);
  }
  return map;
}

/** The version consumers receive: the highest one not retired (the highest of all when every one is). */
export function latestVersion(versions: readonly IrMessage[]): IrMessage {
  const live = versions.filter((v) => !v.retired);
  const pool = live.length ? live : versions;
  return pool.reduce((a, b) => (b.version > a.version ? b : a));
}

/** Names one event version uses in generated code. */
export interface EventNames {
  /** Payload interface name: `OrderCreatedV1` when the event has several versions, else `OrderCreated`. */
  typeName: string;
  /** The event-level name (`OrderCreated`), an alias of the latest version when versioned. */
  baseName: string;
  /** Descriptor const: `orderCreatedV1` / `vendorCreated`. */
  descriptorName: string;
  validatePublish: string;
  validateConsume: string;
  /** Publisher and subscriber method names (per event type, not per version). */
  publishMethod: string;
  subscribeMethod: string;
}

export function eventNames(message: IrMessage, versionCount: number): EventNames {
  const baseName = pascalCase(message.type);
  const suffix = versionCount > 1 ? `V${message.version}` : '';
  const typeName = baseName + suffix;
  return {
    typeName,
    baseName,
    descriptorName: camelCase(message.type) + suffix,
    validatePublish: `validate${baseName}V${message.version}Publish`,
    validateConsume: `validate${baseName}V${message.version}Consume`,
    publishMethod: camelCase(message.type),
    subscribeMethod: `on${baseName}`,
  };
}

export interface DomainNames {
  /** Folder under the output dir. */
  folder: string;
  /** `export * as <namespace>` in the top-level index. */
  namespace: string;
  events: string;
  upcasters: string;
  publishers: string;
  publishersFactory: string;
  handlers: string;
  subscribers: string;
  subscribersFactory: string;
  contracts: string;
}

export function domainNames(domain: string): DomainNames {
  const pascal = pascalCase(domain);
  const camel = camelCase(domain);
  return {
    folder: domain,
    namespace: camel,
    events: `${pascal}Events`,
    upcasters: `${pascal}Upcasters`,
    publishers: `${pascal}Publishers`,
    publishersFactory: `${camel}Publishers`,
    handlers: `${pascal}Handlers`,
    subscribers: `${pascal}Subscribers`,
    subscribersFactory: `${camel}Subscribers`,
    contracts: `${camel}Contracts`,
  };
}

/** `urn:herald:<domain>:<event type>:v<version>`: stable across file moves and servers. */
export function dataSchemaUri(domain: string, message: IrMessage): string {
  return `urn:herald:${encodeURIComponent(domain)}:${encodeURIComponent(message.type)}:v${message.version}`;
}
