// The CloudEvents 1.0 envelope: the friendly camelCase view service code sees, and its
// mapping to wire attribute names (lower case, <= 20 chars) that the header codecs carry.

import { DecodeError } from './errors.js';
import { PRIORITIES, type Priority } from './contract.js';

export const SPEC_VERSION = '1.0';
export const JSON_CONTENT_TYPE = 'application/json';

export interface AggregateRef {
  type: string;
  id: string;
  /** The aggregate's version after this event, when the producer tracks it. */
  version?: number;
}

/** An event as service code sees it. */
export interface EventEnvelope<T = unknown, K extends string = string> {
  id: string;
  type: K;
  source: string;
  specVersion: string;
  /** RFC 3339 with milliseconds, UTC. */
  time: string;
  dataContentType: string;
  dataSchema?: string;
  /** CloudEvents `subject`: the aggregate id when the event has one. */
  subject?: string;
  /** Contract version of `data`. */
  dataVersion: number;
  correlationId: string;
  causationId?: string;
  partitionKey?: string;
  traceParent?: string;
  traceState?: string;
  aggregate?: AggregateRef;
  priority?: Priority;
  actor?: string;
  /** Extra CloudEvents extensions (lower-case alphanumeric names, <= 20 chars). */
  metadata: Record<string, string>;
  data: T;
}

/** CloudEvents attributes by their wire names; every value is a string. */
export type WireAttributes = Record<string, string>;

/** Friendly field → wire attribute name, for the string-valued attributes. */
const STRING_ATTRS = {
  id: 'id',
  type: 'type',
  source: 'source',
  specVersion: 'specversion',
  time: 'time',
  dataContentType: 'datacontenttype',
  dataSchema: 'dataschema',
  subject: 'subject',
  correlationId: 'correlationid',
  causationId: 'causationid',
  partitionKey: 'partitionkey',
  traceParent: 'traceparent',
  traceState: 'tracestate',
  priority: 'priority',
  actor: 'actor',
} as const;

const STRING_ATTR_ENTRIES = Object.entries(STRING_ATTRS);

/** Every attribute name Herald itself sets; metadata keys may not reuse them. */
export const RESERVED_ATTRIBUTES: ReadonlySet<string> = new Set([
  ...Object.values(STRING_ATTRS),
  'dataversion',
  'aggregatetype',
  'aggregateversion',
  'data',
  'data_base64',
]);

const EXTENSION_NAME = /^[a-z0-9]{1,20}$/;

export function isValidExtensionName(name: string): boolean {
  return EXTENSION_NAME.test(name) && !RESERVED_ATTRIBUTES.has(name);
}

/** Map an envelope (without data) to wire attributes. */
export function toAttributes(event: Omit<EventEnvelope, 'data'>): WireAttributes {
  const out: WireAttributes = {};
  for (const [field, wire] of STRING_ATTR_ENTRIES) {
    const value = (event as unknown as Record<string, unknown>)[field];
    if (value !== undefined && value !== '') out[wire] = String(value);
  }
  out.dataversion = String(event.dataVersion);
  if (event.aggregate) {
    out.aggregatetype = event.aggregate.type;
    out.subject = event.aggregate.id;
    if (event.aggregate.version !== undefined) out.aggregateversion = String(event.aggregate.version);
  }
  for (const [k, v] of Object.entries(event.metadata)) out[k] = v;
  return out;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * Map wire attributes back to an envelope. Throws a DecodeError naming every missing or
 * invalid attribute at once.
 */
export function fromAttributes<T>(attrs: WireAttributes, data: T): EventEnvelope<T> {
  const problems: string[] = [];
  for (const required of ['id', 'source', 'type', 'specversion'] as const) {
    if (!attrs[required]) problems.push(`missing required attribute "${required}"`);
  }
  if (attrs.specversion && attrs.specversion !== SPEC_VERSION) {
    problems.push(`unsupported specversion "${attrs.specversion}" (expected "${SPEC_VERSION}")`);
  }
  if (attrs.time !== undefined && (!RFC3339.test(attrs.time) || Number.isNaN(Date.parse(attrs.time)))) {
    problems.push(`attribute "time" is not an RFC 3339 timestamp: "${attrs.time}"`);
  }
  let dataVersion = 1;
  if (attrs.dataversion !== undefined) {
    dataVersion = Number(attrs.dataversion);
    if (!/^[1-9]\d{0,8}$/.test(attrs.dataversion)) problems.push(`attribute "dataversion" is not a positive integer: "${attrs.dataversion}"`);
  }
  if (attrs.priority !== undefined && !PRIORITIES.includes(attrs.priority as Priority)) {
    problems.push(`attribute "priority" must be one of ${PRIORITIES.join(', ')}: "${attrs.priority}"`);
  }
  let aggregateVersion: number | undefined;
  if (attrs.aggregateversion !== undefined) {
    aggregateVersion = Number(attrs.aggregateversion);
    if (!/^\d{1,15}$/.test(attrs.aggregateversion)) problems.push(`attribute "aggregateversion" is not an integer: "${attrs.aggregateversion}"`);
  }
  if (problems.length) throw new DecodeError(`invalid CloudEvents attributes: ${problems.join('; ')}`, { details: { problems, attributes: attrs } });

  const metadata: Record<string, string> = {};
  for (const [k, v] of Object.entries(attrs)) if (!RESERVED_ATTRIBUTES.has(k)) metadata[k] = v;

  const event: EventEnvelope<T> = {
    id: attrs.id!,
    type: attrs.type!,
    source: attrs.source!,
    specVersion: attrs.specversion!,
    time: attrs.time ?? '',
    dataContentType: attrs.datacontenttype ?? JSON_CONTENT_TYPE,
    dataVersion,
    correlationId: attrs.correlationid ?? attrs.id!,
    metadata,
    data,
  };
  const optional = ['dataSchema', 'subject', 'causationId', 'partitionKey', 'traceParent', 'traceState', 'actor'] as const;
  for (const field of optional) {
    const v = attrs[STRING_ATTRS[field]];
    if (v !== undefined) event[field] = v;
  }
  if (attrs.priority !== undefined) event.priority = attrs.priority as Priority;
  if (attrs.aggregatetype !== undefined && attrs.subject !== undefined) {
    event.aggregate = { type: attrs.aggregatetype, id: attrs.subject };
    if (aggregateVersion !== undefined) event.aggregate.version = aggregateVersion;
  }
  return event;
}

// One string per millisecond: many events share one, and toISOString is not free.
let formattedMs = NaN;
let formatted = '';

/** RFC 3339 UTC with millisecond precision, the precision every binding round-trips. */
export function formatTime(ms: number = Date.now()): string {
  if (ms !== formattedMs) {
    formatted = new Date(ms).toISOString();
    formattedMs = ms;
  }
  return formatted;
}

let lastMs = 0;
let seq = 0;

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));
// Random bytes are drawn in blocks: one getRandomValues call per id cost more than
// everything else in building an envelope.
const POOL_BYTES = 4096;
const pool = new Uint8Array(POOL_BYTES);
let poolAt = POOL_BYTES;

/**
 * UUIDv7 (RFC 9562): 48-bit Unix ms timestamp, then a 12-bit counter that keeps ids
 * from one process strictly increasing within a millisecond, then random bits.
 */
export function uuidv7(now: number = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    seq = 0;
  } else if (++seq > 0xfff) {
    lastMs += 1;
    seq = 0;
  }
  if (poolAt + 8 > POOL_BYTES) {
    crypto.getRandomValues(pool);
    poolAt = 0;
  }
  const r = poolAt;
  poolAt += 8;
  const high = Math.floor(lastMs / 0x10000); // bytes 0-3 of the 48-bit timestamp
  const low = lastMs % 0x10000; // bytes 4-5
  return (
    HEX[(high >>> 24) & 0xff]! +
    HEX[(high >>> 16) & 0xff]! +
    HEX[(high >>> 8) & 0xff]! +
    HEX[high & 0xff]! +
    '-' +
    HEX[low >>> 8]! +
    HEX[low & 0xff]! +
    '-' +
    HEX[0x70 | (seq >> 8)]! +
    HEX[seq & 0xff]! +
    '-' +
    HEX[0x80 | (pool[r]! & 0x3f)]! +
    HEX[pool[r + 1]!]! +
    '-' +
    HEX[pool[r + 2]!]! +
    HEX[pool[r + 3]!]! +
    HEX[pool[r + 4]!]! +
    HEX[pool[r + 5]!]! +
    HEX[pool[r + 6]!]! +
    HEX[pool[r + 7]!]!
  );
}
