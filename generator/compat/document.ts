// Document rules: compare two IRs event by event. An event version is identified by
// (type, version) across the whole contract set, wherever it lives. For every pair present
// on both sides the payload, headers and Kafka key schemas are compared with the schema
// engine, and the message's channel (subject, topic, parameters, Kafka binding), its
// operations (actions, replies) and its wire properties (content type, discriminator) with
// the rules below. A breaking change is accepted only as a new version: adding a version is
// compatible, removing one is breaking unless the old contract marked it retired.

import type { Ir, IrChannel, IrDocument, IrMessage, IrOperation, JsonSchema } from '../model/ir.js';
import { canonical, seg } from './schema/json.js';
import { diffSchemas, directionsOf, type Direction, type Mode, type Policy } from './schema/index.js';

export type FindingDirection = Direction | 'both';

/** Document rules and the directions they break (empty: never breaking, a note). */
export const DOCUMENT_RULES = {
  EVENT_ADDED: { breaks: [], summary: 'a new event type' },
  EVENT_REMOVED: { breaks: ['backward'], summary: 'an event type was removed (its versions were not all retired)' },
  RETIRED_EVENT_REMOVED: { breaks: [], summary: 'an event type whose versions were all retired was removed' },
  VERSION_ADDED: { breaks: [], summary: 'a new version of an event (how a breaking change is accepted)' },
  VERSION_REMOVED: { breaks: ['backward'], summary: 'an event version that was not retired was removed' },
  RETIRED_VERSION_REMOVED: { breaks: [], summary: 'a retired event version was removed' },
  VERSION_RETIRED: { breaks: [], summary: 'an event version was marked x-herald-retired (still decoded, no longer published)' },
  VERSION_UNRETIRED: { breaks: [], summary: 'x-herald-retired was taken off an event version' },
  HEADERS_SCHEMA_ADDED: { breaks: [], summary: 'the message now documents its headers (Herald sets the CloudEvents headers itself)' },
  HEADERS_SCHEMA_REMOVED: { breaks: [], summary: 'the message no longer documents its headers' },
  KAFKA_KEY_SCHEMA_ADDED: { breaks: [], summary: 'the Kafka message binding now documents the record key' },
  KAFKA_KEY_SCHEMA_REMOVED: { breaks: [], summary: 'the Kafka message binding no longer documents the record key' },
  CONTENT_TYPE_CHANGED: { breaks: ['backward', 'forward'], summary: 'the message content type changed' },
  MESSAGE_ID_CHANGED: { breaks: [], summary: 'the message key changed (generated names may change; the wire does not)' },
  DISCRIMINATOR_CHANGED: { breaks: ['backward', 'forward'], summary: 'the payload discriminator (property or value) changed' },
  DISCRIMINATOR_ADDED: { breaks: [], summary: 'a payload discriminator now tells messages on the channel apart' },
  DISCRIMINATOR_REMOVED: { breaks: [], summary: 'the payload discriminator is gone (messages without CloudEvents headers cannot be told apart)' },
  PARTITION_KEY_CHANGED: { breaks: [], summary: 'the partition key changed (ordering is per key: events around the change may interleave)' },
  AGGREGATE_CHANGED: { breaks: [], summary: 'the aggregate type or id pointer changed' },
  CHANNEL_CHANGED: { breaks: [], summary: 'the event moved to another channel id (subject and topic compared separately)' },
  ADDRESS_CHANGED: { breaks: [], summary: 'the channel address was rewritten but maps to the same subject and topic' },
  SUBJECT_CHANGED: { breaks: ['backward', 'forward'], summary: 'the NATS subject changed: old and new sides no longer meet' },
  TOPIC_CHANGED: { breaks: ['backward', 'forward'], summary: 'the Kafka topic changed: old and new sides no longer meet' },
  PARAMETER_ADDED: { breaks: ['backward', 'forward'], summary: 'a channel parameter was added' },
  PARAMETER_REMOVED: { breaks: ['backward', 'forward'], summary: 'a channel parameter was removed' },
  PARAMETER_ENUM_ADDED: { breaks: ['backward'], summary: 'a channel parameter now lists its allowed values' },
  PARAMETER_ENUM_REMOVED: { breaks: ['forward'], summary: 'a channel parameter no longer lists its allowed values' },
  PARAMETER_ENUM_EXTENDED: { breaks: ['forward'], summary: 'values added to a channel parameter enum' },
  PARAMETER_ENUM_NARROWED: { breaks: ['backward'], summary: 'values removed from a channel parameter enum' },
  PARAMETER_ENUM_CHANGED: { breaks: ['backward', 'forward'], summary: 'values added to and removed from a channel parameter enum' },
  PARAMETER_LOCATION_CHANGED: { breaks: [], summary: 'a channel parameter takes its value from another payload field' },
  KAFKA_PARTITIONS_DECREASED: { breaks: ['backward', 'forward'], summary: 'fewer Kafka partitions (Kafka cannot shrink a topic)' },
  KAFKA_PARTITIONS_INCREASED: { breaks: [], summary: 'more Kafka partitions (keys map to new partitions: ordering across the change is lost)' },
  KAFKA_REPLICAS_CHANGED: { breaks: [], summary: 'Kafka replication factor changed' },
  KAFKA_TOPIC_CONFIG_CHANGED: { breaks: [], summary: 'Kafka topic configuration changed' },
  NATS_QUEUE_CHANGED: { breaks: [], summary: 'the NATS queue group of a receive operation changed (a new group gets every event again)' },
  OPERATION_ADDED: { breaks: [], summary: 'a new operation sends or receives the event' },
  SEND_OPERATION_REMOVED: { breaks: ['forward'], summary: 'a send operation of the event was removed: consumers on the old contract stop receiving it' },
  RECEIVE_OPERATION_REMOVED: { breaks: ['backward'], summary: 'a receive operation of the event was removed: events written under the old contract lose this consumer' },
  OPERATION_RENAMED: { breaks: [], summary: 'an operation got a new id (same action and channel; generated names may change)' },
  OPERATION_ACTION_CHANGED: { breaks: ['backward', 'forward'], summary: 'an operation switched between send and receive' },
  REPLY_ADDED: { breaks: ['backward'], summary: 'an operation now expects a reply that old responders never send' },
  REPLY_REMOVED: { breaks: ['forward'], summary: 'old requesters wait for a reply that new responders no longer send' },
  REPLY_ADDRESS_CHANGED: { breaks: ['backward', 'forward'], summary: 'replies go to another address' },
  REPLY_MESSAGE_ADDED: { breaks: ['forward'], summary: 'a reply message old requesters do not know' },
  REPLY_MESSAGE_REMOVED: { breaks: ['backward'], summary: 'a reply message new requesters no longer understand' },
  SERVER_ADDED: { breaks: [], summary: 'a server was added' },
  SERVER_REMOVED: { breaks: [], summary: 'a server was removed' },
  SERVER_HOST_CHANGED: { breaks: [], summary: 'a server host or path changed (deployment detail)' },
  SERVER_PROTOCOL_CHANGED: { breaks: ['backward', 'forward'], summary: 'a server protocol changed' },
} as const satisfies Record<string, { breaks: readonly Direction[]; summary: string }>;

export type DocumentRule = keyof typeof DOCUMENT_RULES;

export interface Finding {
  /** Event type, or '*' for document-wide findings (servers). */
  event: string;
  version: number | null;
  /** JSON pointer into the contract file `file` of side `side`. */
  pointer: string;
  rule: string;
  direction: FindingDirection;
  breaking: boolean;
  message: string;
  /** Contract file (relative to its contracts dir) the pointer refers to. */
  file: string;
  /** The contract set `file` belongs to: the new one unless the thing only exists in the old one. */
  side: 'old' | 'new';
}

export interface CompareOptions {
  mode?: Mode;
  policy?: Policy;
}

interface Located {
  doc: IrDocument;
  message: IrMessage;
}

/** Schema rules that only change annotations; they are not reported at document level. */
const ANNOTATION_RULES = new Set(['TITLE_CHANGED', 'DESCRIPTION_CHANGED']);

export function directionText(direction: FindingDirection, breaking: boolean, mode: Mode): string {
  if (!breaking) return `compatible (${mode === 'full' ? 'backward and forward' : mode})`;
  switch (direction) {
    case 'backward':
      return 'breaks backward: consumers on the new contract cannot read events written with the old one (retained or replayed events, producers not yet upgraded)';
    case 'forward':
      return 'breaks forward: consumers still on the old contract cannot read events written with the new one';
    default:
      return 'breaks both ways: producers and consumers on the old and new contracts cannot be mixed';
  }
}

export function compareIr(oldIr: Ir, newIr: Ir, options: CompareOptions = {}): Finding[] {
  const mode = options.mode ?? 'full';
  const policy = options.policy ?? 'writer-reader';
  const checked = directionsOf(mode);
  const out: Finding[] = [];

  const ruleFinding = (rule: DocumentRule, at: Omit<Finding, 'rule' | 'direction' | 'breaking' | 'message'>, detail: string): void => {
    const hits = DOCUMENT_RULES[rule].breaks.filter((d: Direction) => checked.includes(d));
    const breaking = hits.length > 0;
    const direction: FindingDirection = breaking ? (hits.length === 2 ? 'both' : hits[0]!) : mode === 'full' ? 'both' : mode;
    out.push({ ...at, rule, direction, breaking, message: `${detail}; ${directionText(direction, breaking, mode)}` });
  };

  const schemaFindings = (a: JsonSchema, b: JsonSchema, base: Omit<Finding, 'rule' | 'direction' | 'breaking' | 'message'>, what: string): void => {
    for (const f of diffSchemas(a, b, { mode, policy })) {
      if (ANNOTATION_RULES.has(f.rule)) continue;
      out.push({
        ...base,
        pointer: `${base.pointer}${f.pointer}`,
        rule: f.rule,
        direction: f.direction,
        breaking: f.breaking,
        message: `${what}: ${f.detail}; ${directionText(f.direction, f.breaking, mode)}`,
      });
    }
  };

  const oldEvents = index(oldIr);
  const newEvents = index(newIr);
  const types = [...new Set([...oldEvents.keys(), ...newEvents.keys()])].sort();
  for (const type of types) {
    const before = oldEvents.get(type);
    const after = newEvents.get(type);
    if (!after) {
      const versions = [...before!.values()];
      const retired = versions.every((v) => v.message.retired);
      const first = versions[0]!;
      const list = versions.map((v) => `v${v.message.version}`).join(', ');
      ruleFinding(
        retired ? 'RETIRED_EVENT_REMOVED' : 'EVENT_REMOVED',
        { event: type, version: null, pointer: first.message.source.pointer, file: first.message.source.file, side: 'old' },
        retired ? `event "${type}" (${list}, all retired) was removed` : `event "${type}" (${list}) was removed; mark its versions x-herald-retired: true first, and keep them until no stored event needs them`,
      );
      continue;
    }
    if (!before) {
      const first = [...after.values()][0]!;
      ruleFinding('EVENT_ADDED', { event: type, version: null, pointer: first.message.source.pointer, file: first.message.source.file, side: 'new' }, `event "${type}" was added`);
      continue;
    }
    const versions = [...new Set([...before.keys(), ...after.keys()])].sort((x, y) => x - y);
    for (const version of versions) {
      const o = before.get(version);
      const n = after.get(version);
      if (!n) {
        const m = o!.message;
        const at = { event: type, version, pointer: m.source.pointer, file: m.source.file, side: 'old' as const };
        if (m.retired) ruleFinding('RETIRED_VERSION_REMOVED', at, `version ${version} of "${type}" (retired) was removed`);
        else ruleFinding('VERSION_REMOVED', at, `version ${version} of "${type}" was removed; mark it x-herald-retired: true first, and remove it once no stored event needs it`);
        continue;
      }
      if (!o) {
        const m = n.message;
        ruleFinding('VERSION_ADDED', { event: type, version, pointer: m.source.pointer, file: m.source.file, side: 'new' }, `version ${version} of "${type}" was added`);
        continue;
      }
      compareEvent(o, n);
    }
  }
  compareServers(oldIr, newIr);
  return out.sort(
    (a, b) => cmp(a.event, b.event) || (a.version ?? 0) - (b.version ?? 0) || cmp(a.file, b.file) || cmp(a.pointer, b.pointer) || cmp(a.rule, b.rule),
  );

  function compareEvent(o: Located, n: Located): void {
    const om = o.message;
    const nm = n.message;
    const where = (pointer: string = nm.source.pointer): Omit<Finding, 'rule' | 'direction' | 'breaking' | 'message'> => ({
      event: nm.type,
      version: nm.version,
      pointer,
      file: nm.source.file,
      side: 'new',
    });
    const mp = nm.source.pointer;
    const label = `${nm.type} v${nm.version}`;

    if (!om.retired && nm.retired) ruleFinding('VERSION_RETIRED', where(`${mp}/x-herald-retired`), `${label} is now retired`);
    if (om.retired && !nm.retired) ruleFinding('VERSION_UNRETIRED', where(`${mp}/x-herald-retired`), `${label} is no longer retired`);

    schemaFindings(om.payload, nm.payload, where(`${mp}/payload`), 'payload');
    // Headers and keys are compared like payloads when both sides describe them; a schema
    // that appears or disappears only documents what the runtime already sends.
    if (om.headers !== undefined && nm.headers !== undefined) schemaFindings(om.headers, nm.headers, where(`${mp}/headers`), 'headers');
    else if (nm.headers !== undefined) ruleFinding('HEADERS_SCHEMA_ADDED', where(`${mp}/headers`), `${label} now documents its headers`);
    else if (om.headers !== undefined) ruleFinding('HEADERS_SCHEMA_REMOVED', where(), `${label} no longer documents its headers`);
    const ok = om.kafka?.key;
    const nk = nm.kafka?.key;
    if (ok !== undefined && nk !== undefined) schemaFindings(ok, nk, where(`${mp}/bindings/kafka/key`), 'Kafka key');
    else if (nk !== undefined) ruleFinding('KAFKA_KEY_SCHEMA_ADDED', where(`${mp}/bindings/kafka/key`), `${label} now documents its Kafka record key`);
    else if (ok !== undefined) ruleFinding('KAFKA_KEY_SCHEMA_REMOVED', where(), `${label} no longer documents its Kafka record key`);

    if (om.contentType !== nm.contentType) ruleFinding('CONTENT_TYPE_CHANGED', where(`${mp}/contentType`), `content type changed from ${om.contentType} to ${nm.contentType}`);
    if (om.id !== nm.id) ruleFinding('MESSAGE_ID_CHANGED', where(), `message key changed from "${om.id}" to "${nm.id}"`);
    const od = om.discriminator;
    const nd = nm.discriminator;
    if (od && nd && (od.property !== nd.property || od.value !== nd.value)) {
      ruleFinding('DISCRIMINATOR_CHANGED', where(`${mp}/payload/properties${seg(nd.property)}`), `discriminator changed from ${od.property}=${od.value} to ${nd.property}=${nd.value}`);
    } else if (!od && nd) ruleFinding('DISCRIMINATOR_ADDED', where(`${mp}/payload/properties${seg(nd.property)}`), `discriminator ${nd.property}=${nd.value} added`);
    else if (od && !nd) ruleFinding('DISCRIMINATOR_REMOVED', where(`${mp}/payload`), `discriminator ${od.property}=${od.value} removed`);
    if (om.partitionKey !== nm.partitionKey) {
      ruleFinding('PARTITION_KEY_CHANGED', where(`${mp}/x-herald-partition-key`), `partition key changed from ${om.partitionKey ?? '(none)'} to ${nm.partitionKey ?? '(none)'}`);
    }
    if (canonical(om.aggregate) !== canonical(nm.aggregate)) {
      const show = (a: IrMessage['aggregate']): string => (a ? `${a.type} at ${a.idPointer}` : '(none)');
      ruleFinding('AGGREGATE_CHANGED', where(`${mp}/x-herald-aggregate`), `aggregate changed from ${show(om.aggregate)} to ${show(nm.aggregate)}`);
    }

    const oc = o.doc.channels.find((c) => c.id === om.channelId);
    const nc = n.doc.channels.find((c) => c.id === nm.channelId);
    if (oc && nc) compareChannel(oc, nc, nm, n.doc);
    compareOperations(o, n);
  }

  function compareChannel(oc: IrChannel, nc: IrChannel, nm: IrMessage, doc: IrDocument): void {
    const at = (pointer: string): Omit<Finding, 'rule' | 'direction' | 'breaking' | 'message'> => ({ event: nm.type, version: nm.version, pointer, file: doc.file, side: 'new' });
    const cp = `/channels${seg(nc.id)}`;
    if (oc.id !== nc.id) ruleFinding('CHANNEL_CHANGED', at(cp), `moved from channel "${oc.id}" to "${nc.id}"`);
    if (oc.subject !== nc.subject) ruleFinding('SUBJECT_CHANGED', at(`${cp}/address`), `NATS subject changed from ${oc.subject} to ${nc.subject}`);
    if (oc.topic !== nc.topic) ruleFinding('TOPIC_CHANGED', at(nc.kafka?.topic !== undefined ? `${cp}/bindings/kafka/topic` : `${cp}/address`), `Kafka topic changed from ${oc.topic} to ${nc.topic}`);
    if (oc.address !== nc.address && oc.subject === nc.subject && oc.topic === nc.topic) {
      ruleFinding('ADDRESS_CHANGED', at(`${cp}/address`), `address changed from ${JSON.stringify(oc.address)} to ${JSON.stringify(nc.address)} (same subject and topic)`);
    }
    const names = [...new Set([...oc.parameters.map((p) => p.name), ...nc.parameters.map((p) => p.name)])].sort();
    for (const name of names) {
      const a = oc.parameters.find((p) => p.name === name);
      const b = nc.parameters.find((p) => p.name === name);
      const pp = `${cp}/parameters${seg(name)}`;
      if (!a) ruleFinding('PARAMETER_ADDED', at(pp), `parameter {${name}} added`);
      else if (!b) ruleFinding('PARAMETER_REMOVED', at(`${cp}/parameters`), `parameter {${name}} removed`);
      else {
        compareParameterEnum(a.enum, b.enum, name, at(`${pp}/enum`));
        if (a.location !== b.location) ruleFinding('PARAMETER_LOCATION_CHANGED', at(`${pp}/location`), `parameter {${name}} location changed from ${a.location ?? '(none)'} to ${b.location ?? '(none)'}`);
      }
    }
    const ok = oc.kafka ?? {};
    const nk = nc.kafka ?? {};
    const kp = `${cp}/bindings/kafka`;
    if (ok.partitions !== undefined && nk.partitions !== undefined && ok.partitions !== nk.partitions) {
      ruleFinding(nk.partitions < ok.partitions ? 'KAFKA_PARTITIONS_DECREASED' : 'KAFKA_PARTITIONS_INCREASED', at(`${kp}/partitions`), `Kafka partitions changed from ${ok.partitions} to ${nk.partitions}`);
    }
    if (ok.replicas !== nk.replicas && ok.replicas !== undefined && nk.replicas !== undefined) {
      ruleFinding('KAFKA_REPLICAS_CHANGED', at(`${kp}/replicas`), `Kafka replicas changed from ${ok.replicas} to ${nk.replicas}`);
    }
    if (canonical(ok.config ?? {}) !== canonical(nk.config ?? {})) ruleFinding('KAFKA_TOPIC_CONFIG_CHANGED', at(`${kp}/topicConfiguration`), 'Kafka topic configuration changed');
  }

  function compareParameterEnum(a: string[] | undefined, b: string[] | undefined, name: string, at: Omit<Finding, 'rule' | 'direction' | 'breaking' | 'message'>): void {
    if (!a && !b) return;
    if (!a) return ruleFinding('PARAMETER_ENUM_ADDED', at, `parameter {${name}} now only allows ${b!.join(', ')}`);
    if (!b) return ruleFinding('PARAMETER_ENUM_REMOVED', at, `parameter {${name}} no longer restricts its values`);
    const added = b.filter((v) => !a.includes(v));
    const removed = a.filter((v) => !b.includes(v));
    if (!added.length && !removed.length) return;
    if (!removed.length) ruleFinding('PARAMETER_ENUM_EXTENDED', at, `parameter {${name}} values added: ${added.join(', ')}`);
    else if (!added.length) ruleFinding('PARAMETER_ENUM_NARROWED', at, `parameter {${name}} values removed: ${removed.join(', ')}`);
    else ruleFinding('PARAMETER_ENUM_CHANGED', at, `parameter {${name}} values removed: ${removed.join(', ')}; added: ${added.join(', ')}`);
  }

  function compareOperations(o: Located, n: Located): void {
    const nm = n.message;
    const covering = (l: Located): IrOperation[] => l.doc.operations.filter((op) => op.channelId === l.message.channelId && op.messages.includes(l.message.id));
    const before = covering(o);
    const after = covering(n);
    const at = (op: IrOperation, side: 'old' | 'new', sub = ''): Omit<Finding, 'rule' | 'direction' | 'breaking' | 'message'> => ({
      event: nm.type,
      version: nm.version,
      pointer: `${op.source.pointer}${sub}`,
      file: op.source.file,
      side,
    });
    const matched = new Set<IrOperation>();
    for (const a of before) {
      let b = after.find((x) => x.id === a.id);
      if (!b) {
        b = after.find((x) => x.action === a.action && !before.some((y) => y.id === x.id) && !matched.has(x));
        if (b) ruleFinding('OPERATION_RENAMED', at(b, 'new'), `operation "${a.id}" is now "${b.id}"`);
      }
      if (!b) {
        const stillThere = n.doc.operations.find((x) => x.id === a.id);
        const what = stillThere ? `operation "${a.id}" no longer covers this message` : `${a.action} operation "${a.id}" was removed`;
        const who = a.action === 'send' ? 'consumers relying on it stop receiving the event' : 'events its producers send lose this consumer';
        ruleFinding(a.action === 'send' ? 'SEND_OPERATION_REMOVED' : 'RECEIVE_OPERATION_REMOVED', stillThere ? at(stillThere, 'new', '/messages') : at(a, 'old'), `${what} (${who})`);
        continue;
      }
      matched.add(b);
      if (a.action !== b.action) ruleFinding('OPERATION_ACTION_CHANGED', at(b, 'new', '/action'), `operation "${b.id}" changed from ${a.action} to ${b.action}`);
      if ((a.nats?.queue ?? '') !== (b.nats?.queue ?? '')) {
        ruleFinding('NATS_QUEUE_CHANGED', at(b, 'new', '/bindings/nats/queue'), `operation "${b.id}" queue group changed from ${a.nats?.queue ?? '(none)'} to ${b.nats?.queue ?? '(none)'}`);
      }
      compareReply(a, b, o.doc, n.doc, at(b, 'new', '/reply'));
    }
    for (const b of after) {
      if (!matched.has(b)) ruleFinding('OPERATION_ADDED', at(b, 'new'), `${b.action} operation "${b.id}" added`);
    }
  }

  function compareReply(a: IrOperation, b: IrOperation, oldDoc: IrDocument, newDoc: IrDocument, at: Omit<Finding, 'rule' | 'direction' | 'breaking' | 'message'>): void {
    if (!a.reply && !b.reply) return;
    if (!a.reply) return ruleFinding('REPLY_ADDED', at, `operation "${b.id}" now expects a reply`);
    if (!b.reply) return ruleFinding('REPLY_REMOVED', at, `operation "${b.id}" no longer has a reply`);
    const address = (r: NonNullable<IrOperation['reply']>, doc: IrDocument): string => {
      const ch = r.channelId ? doc.channels.find((c) => c.id === r.channelId) : undefined;
      return ch ? `${ch.subject} / ${ch.topic}` : String(r.address ?? '(dynamic)');
    };
    const ao = address(a.reply, oldDoc);
    const an = address(b.reply, newDoc);
    if (ao !== an) ruleFinding('REPLY_ADDRESS_CHANGED', at, `reply of "${b.id}" goes to ${an} instead of ${ao}`);
    const types = (r: NonNullable<IrOperation['reply']>, doc: IrDocument): string[] =>
      r.messages.map((id) => doc.messages.find((m) => m.channelId === r.channelId && m.id === id)?.type ?? id).sort();
    const to = types(a.reply, oldDoc);
    const tn = types(b.reply, newDoc);
    for (const t of tn) if (!to.includes(t)) ruleFinding('REPLY_MESSAGE_ADDED', at, `reply of "${b.id}" may now be "${t}"`);
    for (const t of to) if (!tn.includes(t)) ruleFinding('REPLY_MESSAGE_REMOVED', at, `reply of "${b.id}" can no longer be "${t}"`);
  }

  function compareServers(a: Ir, b: Ir): void {
    for (const nd of b.documents) {
      const od = a.documents.find((d) => d.file === nd.file) ?? a.documents.find((d) => d.domain === nd.domain);
      if (!od) continue;
      const ids = [...new Set([...od.servers.map((s) => s.id), ...nd.servers.map((s) => s.id)])].sort();
      for (const id of ids) {
        const x = od.servers.find((s) => s.id === id);
        const y = nd.servers.find((s) => s.id === id);
        const at = (side: 'old' | 'new', doc: IrDocument): Omit<Finding, 'rule' | 'direction' | 'breaking' | 'message'> => ({ event: '*', version: null, pointer: `/servers${seg(id)}`, file: doc.file, side });
        if (!x) ruleFinding('SERVER_ADDED', at('new', nd), `server "${id}" added (${y!.protocol}://${y!.host})`);
        else if (!y) ruleFinding('SERVER_REMOVED', at('old', od), `server "${id}" removed`);
        else {
          if (x.protocol !== y.protocol) ruleFinding('SERVER_PROTOCOL_CHANGED', at('new', nd), `server "${id}" protocol changed from ${x.protocol} to ${y.protocol}`);
          if (x.host !== y.host || (x.pathname ?? '') !== (y.pathname ?? '')) {
            ruleFinding('SERVER_HOST_CHANGED', at('new', nd), `server "${id}" moved from ${x.host}${x.pathname ?? ''} to ${y.host}${y.pathname ?? ''}`);
          }
        }
      }
    }
  }
}

/** Events by type, then version. */
function index(ir: Ir): Map<string, Map<number, Located>> {
  const out = new Map<string, Map<number, Located>>();
  for (const doc of ir.documents) {
    for (const message of doc.messages) {
      let versions = out.get(message.type);
      if (!versions) out.set(message.type, (versions = new Map()));
      if (!versions.has(message.version)) versions.set(message.version, { doc, message });
    }
  }
  for (const [type, versions] of out) out.set(type, new Map([...versions.entries()].sort((a, b) => a[0] - b[0])));
  return out;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
