// Stage 2: parsed documents → IR, checking Herald's rules. Every rule that fails adds a
// Diagnostic (never throws), so one run reports every problem of every file.

import { channelNames } from '../../runtime/core/naming.js';
import { PRIORITIES, type Priority } from '../../runtime/core/contract.js';
import { toPointer, type Diagnostic } from '../diagnostics.js';
import type { LoadedContract } from '../load/load-contracts.js';
import type { SourceLocator } from '../load/source-locator.js';
import type { Ir, IrChannel, IrDocument, IrMessage, IrOperation, IrParameter, IrServer, JsonSchema, SourceRef } from './ir.js';
import { pascalCase } from './naming.js';
import { cleanSchema, constProperties, isObj, pointerExists, schemaDiscriminator, sensitivePointers, topLevelProperties } from './schema.js';

type Obj = { [key: string]: unknown };

const PAYLOAD_EXPRESSION = /^\$message\.payload#(\/.*)?$/;
const HEADER_EXPRESSION = /^\$message\.header#(\/.*)?$/;
const JSON_CONTENT = /^application\/(.+\+)?json(;.*)?$/;
const SCHEMA_FORMATS = /^application\/(vnd\.aai\.asyncapi(\+json|\+yaml)?|schema\+json|schema\+yaml)(;version=.*)?$/;

function obj(v: unknown): Obj {
  return isObj(v) ? v : {};
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function buildIr(contracts: readonly LoadedContract[], locator: SourceLocator): { ir: Ir; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const documents = contracts.map((c) => buildDocument(c, locator, diagnostics));
  checkAcrossDocuments(documents, diagnostics, locator);
  return { ir: { documents }, diagnostics };
}

function buildDocument(contract: LoadedContract, locator: SourceLocator, diagnostics: Diagnostic[]): IrDocument {
  const { file, document: doc } = contract;
  const ref = (pointer: string): SourceRef => locator.locate(file, pointer);
  const report = (pointer: string, message: string, hint?: string): void => {
    diagnostics.push({ ...locator.locate(file, pointer), message, ...(hint ? { hint } : {}) });
  };

  const info = obj(doc['info']);
  const defaultContentType = str(doc['defaultContentType']) ?? 'application/json';
  const servers: IrServer[] = Object.entries(obj(doc['servers'])).map(([id, raw]) => {
    const s = obj(raw);
    const pathname = str(s['pathname']);
    return { id, host: str(s['host']) ?? '', protocol: str(s['protocol']) ?? '', ...(pathname ? { pathname } : {}) };
  });

  const channels: IrChannel[] = [];
  const messages: IrMessage[] = [];
  const channelRaw = Object.entries(obj(doc['channels']));
  for (const [channelId, raw] of channelRaw) {
    const ch = obj(raw);
    const pointer = toPointer(['channels', channelId]);
    const address = typeof ch['address'] === 'string' ? ch['address'] : null;
    const kafkaBinding = obj(obj(ch['bindings'])['kafka']);
    const kafkaTopic = str(kafkaBinding['topic']);
    const names = channelNames(channelId, address, kafkaTopic);
    const parameters: IrParameter[] = Object.entries(obj(ch['parameters'])).map(([name, p]) => {
      const param = obj(p);
      const en = Array.isArray(param['enum']) ? param['enum'].map(String) : undefined;
      return {
        name,
        ...(str(param['description']) ? { description: str(param['description']) } : {}),
        ...(en ? { enum: en } : {}),
        ...(param['default'] !== undefined ? { default: String(param['default']) } : {}),
        ...(str(param['location']) ? { location: str(param['location']) } : {}),
      };
    });
    for (const name of names.parameters) {
      if (!parameters.some((p) => p.name === name)) {
        report(`${pointer}/address`, `address parameter {${name}} of channel "${channelId}" is not declared`, `add "${name}" under channels.${channelId}.parameters`);
      }
    }
    const kafka = kafkaChannel(kafkaBinding);
    const channel: IrChannel = {
      id: channelId,
      address,
      subject: names.subject,
      topic: names.topic,
      parameters,
      messages: Object.keys(obj(ch['messages'])),
      ...(kafka ? { kafka } : {}),
      source: ref(pointer),
    };
    channels.push(channel);
    const onChannel: IrMessage[] = [];
    for (const [messageId, m] of Object.entries(obj(ch['messages']))) {
      const message = buildMessage(channelId, messageId, obj(m), defaultContentType, report, ref);
      if (!message) continue;
      const twin = onChannel.find((o) => o.type === message.type && o.version === message.version);
      if (twin) {
        report(
          toPointer(['channels', channelId, 'messages', messageId]),
          `messages "${twin.id}" and "${messageId}" on channel "${channelId}" are both event "${message.type}" version ${message.version}, so they cannot be told apart on the wire`,
          'give each message a distinct `name` (the event type), or mark one as a new version with x-herald-version',
        );
        continue;
      }
      onChannel.push(message);
    }
    assignDiscriminators(onChannel);
    messages.push(...onChannel);
  }

  const operations: IrOperation[] = [];
  for (const [opId, raw] of Object.entries(obj(doc['operations']))) {
    const op = obj(raw);
    const pointer = toPointer(['operations', opId]);
    const action = op['action'] === 'receive' ? 'receive' : 'send';
    const channelId = identify(op['channel'], doc['channels']);
    if (!channelId) {
      report(`${pointer}/channel`, `operation "${opId}" does not point at a channel of this document`, 'use `channel: { $ref: "#/channels/<id>" }`');
      continue;
    }
    const channelMessages = obj(obj(obj(doc['channels'])[channelId])['messages']);
    const listed = Array.isArray(op['messages']) ? op['messages'].map((m) => identify(m, channelMessages)).filter((m): m is string => !!m) : Object.keys(channelMessages);
    const queue = str(obj(obj(op['bindings'])['nats'])['queue']);
    const operation: IrOperation = { id: opId, action, channelId, messages: listed, ...(queue ? { nats: { queue } } : {}), source: ref(pointer) };
    if (isObj(op['reply'])) {
      const reply = op['reply'];
      const replyChannel = reply['channel'] !== undefined ? identify(reply['channel'], doc['channels']) : undefined;
      const replyMessages = obj(obj(obj(doc['channels'])[replyChannel ?? ''])['messages']);
      const replyAddress = isObj(reply['address']) ? (str(reply['address']['location']) ?? null) : undefined;
      operation.reply = {
        ...(replyChannel ? { channelId: replyChannel } : {}),
        ...(replyAddress !== undefined ? { address: replyAddress } : {}),
        messages: Array.isArray(reply['messages'])
          ? reply['messages'].map((m) => identify(m, replyMessages)).filter((m): m is string => !!m)
          : Object.keys(replyMessages),
      };
    }
    operations.push(operation);
    const channel = channels.find((c) => c.id === channelId);
    if (queue && channel && action === 'receive' && !channel.nats) channel.nats = { queue };
  }

  return {
    file,
    domain: contract.domain,
    asyncapi: String(doc['asyncapi']),
    title: str(info['title']) ?? contract.domain,
    version: str(info['version']) ?? '0.0.0',
    defaultContentType,
    servers,
    channels,
    operations,
    messages,
  };
}

type Report = (pointer: string, message: string, hint?: string) => void;

function buildMessage(
  channelId: string,
  messageId: string,
  m: Obj,
  defaultContentType: string,
  report: Report,
  ref: (pointer: string) => SourceRef,
): IrMessage | undefined {
  const pointer = toPointer(['channels', channelId, 'messages', messageId]);
  let ok = true;
  const fail: Report = (p, message, hint) => {
    ok = false;
    report(p, message, hint);
  };
  const type = str(m['name']) ?? messageId;

  const rawVersion = m['x-herald-version'] ?? 1;
  const version = typeof rawVersion === 'number' && Number.isInteger(rawVersion) && rawVersion >= 1 ? rawVersion : 1;
  if (version !== rawVersion) fail(`${pointer}/x-herald-version`, `x-herald-version of "${type}" must be a positive integer, got ${JSON.stringify(rawVersion)}`, 'versions count 1, 2, 3, …');

  const rawPriority = m['x-herald-priority'] ?? 'normal';
  const priority = PRIORITIES.includes(rawPriority as Priority) ? (rawPriority as Priority) : 'normal';
  if (priority !== rawPriority) fail(`${pointer}/x-herald-priority`, `x-herald-priority of "${type}" is ${JSON.stringify(rawPriority)}`, `use one of ${PRIORITIES.join(', ')}`);

  const contentType = str(m['contentType']) ?? defaultContentType;
  if (!JSON_CONTENT.test(contentType)) {
    fail(`${pointer}/contentType`, `content type "${contentType}" of "${type}" is not JSON`, 'Herald carries JSON payloads: use application/json (or a +json type)');
  }

  const payload = schemaOf(m['payload'], `${pointer}/payload`, type, fail) ?? {};
  const headers = m['headers'] !== undefined ? schemaOf(m['headers'], `${pointer}/headers`, type, fail) : undefined;
  const properties = topLevelProperties(payload);
  const known = properties.length ? `payload properties: ${properties.join(', ')}` : 'the payload schema has no properties';

  const payloadPointer = (expression: unknown, at: string, what: string): string | undefined => {
    const text = str(expression);
    const match = text === undefined ? null : PAYLOAD_EXPRESSION.exec(text);
    if (!match) {
      fail(at, `${what} of "${type}" must be a runtime expression like "$message.payload#/orderId", got ${JSON.stringify(expression)}`, known);
      return undefined;
    }
    const p = match[1] ?? '';
    if (!pointerExists(payload, p)) {
      fail(at, `${what} of "${type}" points at ${p || '/'}, which the payload schema does not define`, known);
      return undefined;
    }
    return p;
  };

  let aggregate: IrMessage['aggregate'];
  if (m['x-herald-aggregate'] !== undefined) {
    const agg = obj(m['x-herald-aggregate']);
    const at = `${pointer}/x-herald-aggregate`;
    const aggType = str(agg['type']);
    if (!aggType) fail(at, `x-herald-aggregate of "${type}" needs a "type" (the aggregate's name, e.g. "order")`);
    const idPointer = payloadPointer(agg['id'], `${at}/id`, 'x-herald-aggregate.id');
    if (aggType && idPointer !== undefined) aggregate = { type: aggType, idPointer };
  }

  let partitionKey: string | undefined;
  if (m['x-herald-partition-key'] !== undefined) partitionKey = payloadPointer(m['x-herald-partition-key'], `${pointer}/x-herald-partition-key`, 'x-herald-partition-key');

  let correlationId: IrMessage['correlationId'];
  if (isObj(m['correlationId'])) {
    const location = str(m['correlationId']['location']);
    const at = `${pointer}/correlationId/location`;
    if (location && PAYLOAD_EXPRESSION.test(location)) payloadPointer(location, at, 'correlationId.location');
    else if (location && HEADER_EXPRESSION.test(location)) {
      const p = HEADER_EXPRESSION.exec(location)![1] ?? '';
      if (headers !== undefined && !pointerExists(headers, p)) fail(at, `correlationId.location of "${type}" points at header ${p}, which the headers schema does not define`, `header properties: ${topLevelProperties(headers).join(', ') || 'none'}`);
    } else fail(at, `correlationId.location of "${type}" must be "$message.header#/…" or "$message.payload#/…", got ${JSON.stringify(location)}`);
    const description = str(m['correlationId']['description']);
    if (location) correlationId = { location, ...(description ? { description } : {}) };
  }

  const kafkaKey = obj(obj(m['bindings'])['kafka'])['key'];
  const examples = Array.isArray(m['examples']) ? m['examples'].filter((e) => isObj(e) && e['payload'] !== undefined).map((e) => structuredClone(obj(e)['payload'])) : [];
  const str_ = (k: string): Partial<Record<'title' | 'summary' | 'description', string>> => (str(m[k]) ? { [k]: str(m[k]) } : {});
  if (!ok) return undefined;
  return {
    id: messageId,
    type,
    version,
    retired: m['x-herald-retired'] === true,
    channelId,
    ...str_('title'),
    ...str_('summary'),
    ...str_('description'),
    contentType,
    payload,
    ...(headers !== undefined ? { headers } : {}),
    sensitive: sensitivePointers(payload),
    ...(aggregate ? { aggregate } : {}),
    ...(partitionKey !== undefined ? { partitionKey } : {}),
    priority,
    ...(correlationId ? { correlationId } : {}),
    ...(kafkaKey !== undefined ? { kafka: { key: cleanSchema(kafkaKey) } } : {}),
    examples,
    source: ref(pointer),
  };
}

/** A message payload/headers: a Schema Object, or a Multi Format Schema Object holding a JSON Schema. */
function schemaOf(raw: unknown, at: string, type: string, fail: Report): JsonSchema | undefined {
  if (isObj(raw) && typeof raw['schemaFormat'] === 'string' && raw['schema'] !== undefined) {
    if (!SCHEMA_FORMATS.test(raw['schemaFormat'])) {
      fail(`${at}/schemaFormat`, `schema format "${raw['schemaFormat']}" of "${type}" is not supported`, 'Herald generates code from JSON Schema (AsyncAPI Schema) payloads');
      return undefined;
    }
    return cleanSchema(raw['schema']);
  }
  return cleanSchema(raw);
}

function kafkaChannel(b: Obj): IrChannel['kafka'] | undefined {
  const topic = str(b['topic']);
  const partitions = typeof b['partitions'] === 'number' ? b['partitions'] : undefined;
  const replicas = typeof b['replicas'] === 'number' ? b['replicas'] : undefined;
  const config = isObj(b['topicConfiguration'])
    ? Object.fromEntries(Object.entries(b['topicConfiguration']).filter(([, v]) => v !== undefined && v !== null).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v)]))
    : undefined;
  if (topic === undefined && partitions === undefined && replicas === undefined && !config) return undefined;
  return {
    ...(topic !== undefined ? { topic } : {}),
    ...(partitions !== undefined ? { partitions } : {}),
    ...(replicas !== undefined ? { replicas } : {}),
    ...(config && Object.keys(config).length ? { config } : {}),
  };
}

/** The key of a resolved object inside `container` (by identity, else by the parser's unique id). */
function identify(value: unknown, container: unknown): string | undefined {
  if (!isObj(value)) return undefined;
  const entries = Object.entries(obj(container));
  const same = entries.find(([, v]) => v === value);
  if (same) return same[0];
  const id = str(value['x-parser-unique-object-id']);
  return id && entries.some(([k]) => k === id) ? id : undefined;
}

/** On a channel carrying several event types, record the payload property that tells them apart, if the contract gives one. */
function assignDiscriminators(messages: IrMessage[]): void {
  const types = new Set(messages.map((m) => m.type));
  if (types.size < 2) return;
  const consts = new Map(messages.map((m) => [m, constProperties(m.payload)]));
  const explicit = messages.map((m) => schemaDiscriminator(m.payload)).find((d) => d !== undefined);
  const candidates = [...new Set([...(explicit ? [explicit] : []), ...[...consts.values()].flatMap((c) => [...c.keys()]).sort()])];
  for (const property of candidates) {
    const valueOf = new Map<string, string>();
    let distinct = true;
    for (const m of messages) {
      const value = consts.get(m)!.get(property);
      if (value === undefined) {
        distinct = false;
        break;
      }
      const owner = [...valueOf.entries()].find(([, v]) => v === value)?.[0];
      if (owner !== undefined && owner !== m.type) {
        distinct = false;
        break;
      }
      valueOf.set(m.type, value);
    }
    if (!distinct) continue;
    for (const m of messages) m.discriminator = { property, value: consts.get(m)!.get(property)! };
    return;
  }
}

function checkAcrossDocuments(documents: readonly IrDocument[], diagnostics: Diagnostic[], locator: SourceLocator): void {
  const seen = new Map<string, { doc: IrDocument; message: IrMessage }>();
  const domains = new Map<string, IrDocument>();
  for (const doc of documents) {
    const other = domains.get(doc.domain);
    if (other) {
      diagnostics.push({ ...locator.locate(doc.file, ''), message: `domain "${doc.domain}" is also the domain of ${other.file}`, hint: 'one contract file per domain; rename one file or set x-herald-domain' });
    }
    domains.set(doc.domain, doc);
    const typeNames = new Map<string, string>();
    for (const message of doc.messages) {
      const key = `${message.type}@${message.version}`;
      const first = seen.get(key);
      if (first) {
        diagnostics.push({
          ...locator.locate(doc.file, toPointer(['channels', message.channelId, 'messages', message.id])),
          message: `event "${message.type}" version ${message.version} is declared twice: ${first.doc.file} channel "${first.message.channelId}" message "${first.message.id}", and ${doc.file} channel "${message.channelId}" message "${message.id}"`,
          hint: 'an event version lives on exactly one channel of one contract; rename one message or give it another x-herald-version',
        });
      } else seen.set(key, { doc, message });
      const name = pascalCase(message.type);
      const clash = typeNames.get(name);
      if (clash !== undefined && clash !== message.type) {
        diagnostics.push({
          ...locator.locate(doc.file, toPointer(['channels', message.channelId, 'messages', message.id])),
          message: `event types "${clash}" and "${message.type}" both become the TypeScript name ${name}`,
          hint: 'rename one event',
        });
      }
      typeNames.set(name, message.type);
    }
  }
}
