// <domain>/descriptors.ts: the plain data the runtime needs per event version.

import type { IrChannel, IrDocument } from '../model/ir.js';
import { camelCase, dataSchemaUri, eventNames, versionsByType } from '../model/naming.js';
import { compare, value } from './code.js';

export function emitDescriptors(doc: IrDocument): string {
  const channelConst = channelConstNames(doc.channels);
  const used = new Set(doc.messages.map((m) => m.channelId));
  const channels = [...doc.channels].filter((c) => used.has(c.id)).sort((a, b) => compare(channelConst.get(a.id)!, channelConst.get(b.id)!));
  const out: string[] = [
    "import type { ChannelDescriptor, EventDescriptor } from 'herald';",
    "import type * as T from './types.js';",
    "import * as V from './validators.js';",
    '',
  ];
  for (const channel of channels) {
    out.push(`const ${channelConst.get(channel.id)}: ChannelDescriptor = ${value(channelData(channel))};`, '');
  }
  const consts: string[] = [];
  const entries: { name: string; text: string }[] = [];
  for (const versions of versionsByType(doc).values()) {
    for (const m of versions) {
      const names = eventNames(m, versions.length);
      consts.push(names.descriptorName);
      const fields: string[] = [
        `type: ${value(m.type)}`,
        `version: ${m.version}`,
        `domain: ${value(doc.domain)}`,
        `messageId: ${value(m.id)}`,
        `channel: ${channelConst.get(m.channelId)}`,
        ...(m.aggregate ? [`aggregate: ${value(m.aggregate, '  ')}`] : []),
        ...(m.partitionKey !== undefined ? [`partitionKey: ${value(m.partitionKey)}`] : []),
        `priority: ${value(m.priority)}`,
        `contentType: ${value(m.contentType)}`,
        `dataSchema: ${value(dataSchemaUri(doc.domain, m))}`,
        `sensitive: ${value(m.sensitive, '  ')}`,
        ...(m.discriminator ? [`discriminator: ${value(m.discriminator, '  ')}`] : []),
        `retired: ${m.retired}`,
        `validate: {\n    publish: V.${names.validatePublish},\n    consume: V.${names.validateConsume},\n  }`,
        `source: ${value({ file: m.source.file, pointer: m.source.pointer }, '  ')}`,
        `schema: ${value(m.payload, '  ')}`,
      ];
      entries.push({
        name: names.descriptorName,
        text: `export const ${names.descriptorName}: EventDescriptor<T.${names.typeName}> = {\n${fields.map((f) => `  ${f},`).join('\n')}\n};`,
      });
    }
  }
  entries.sort((a, b) => compare(a.name, b.name));
  for (const e of entries) out.push(e.text, '');
  const list = consts.sort(compare);
  out.push(
    list.length ? `export const descriptors: readonly EventDescriptor[] = [\n${list.map((c) => `  ${c},`).join('\n')}\n];` : 'export const descriptors: readonly EventDescriptor[] = [];',
  );
  return out.join('\n') + '\n';
}

function channelData(c: IrChannel): Record<string, unknown> {
  const kafka = c.kafka
    ? Object.fromEntries(Object.entries({ partitions: c.kafka.partitions, replicas: c.kafka.replicas, config: c.kafka.config }).filter(([, v]) => v !== undefined))
    : undefined;
  return {
    id: c.id,
    address: c.address,
    subject: c.subject,
    topic: c.topic,
    parameters: c.parameters.length ? parameterOrder(c) : [],
    ...(kafka && Object.keys(kafka).length ? { kafka } : {}),
    ...(c.nats ? { nats: c.nats } : {}),
  };
}

/** Parameter names in subject order (then any declared but unused ones). */
function parameterOrder(c: IrChannel): string[] {
  const inSubject = [...c.subject.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!);
  return [...inSubject, ...c.parameters.map((p) => p.name).filter((n) => !inSubject.includes(n))];
}

function channelConstNames(channels: readonly IrChannel[]): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const c of [...channels].sort((a, b) => compare(a.id, b.id))) {
    const base = `${camelCase(c.id)}Channel`;
    let name = base;
    for (let i = 2; taken.has(name); i++) name = `${base}${i}`;
    taken.add(name);
    names.set(c.id, name);
  }
  return names;
}
