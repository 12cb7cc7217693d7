// Codecs: the JSON body and the two CloudEvents binary-mode header styles.
// Kafka binding: `ce_<attr>` headers, UTF-8 values, `content-type` for datacontenttype.
// NATS (and HTTP) style: `ce-<attr>` headers, values percent-encoded as the HTTP binding
// says, `content-type` for datacontenttype. Reads are case-insensitive in both.

import { DecodeError, PayloadTooLargeError } from './errors.js';
import { JSON_CONTENT_TYPE, type WireAttributes } from './envelope.js';

export type HeaderStyle = 'kafka' | 'nats';

export interface HeaderCodec {
  readonly style: HeaderStyle;
  encode(attrs: WireAttributes): Record<string, string>;
  /** Throws DecodeError on malformed values. Header names are matched case-insensitively. */
  decode(headers: Readonly<Record<string, string>>): WireAttributes;
}

const CONTENT_TYPE = 'content-type';
/** Marks `content-type` in the header-name cache (no attribute name is empty). */
const IS_CONTENT_TYPE = '';
/** Distinct header names remembered per codec; a sender inventing names cannot grow it further. */
const NAME_CACHE_LIMIT = 512;

function makeCodec(style: HeaderStyle, prefix: string, encodeValue: (v: string) => string, decodeValue: (v: string, name: string) => string): HeaderCodec {
  // The same dozen names repeat on every message: map each once, not per message
  // (lower-casing, slicing and concatenating would also make fresh property keys each time).
  const headerByAttr = new Map<string, string>();
  const attrByHeader = new Map<string, string | null>();
  const headerOf = (attr: string): string => {
    let header = headerByAttr.get(attr);
    if (header === undefined) {
      header = prefix + attr;
      if (headerByAttr.size < NAME_CACHE_LIMIT) headerByAttr.set(attr, header);
    }
    return header;
  };
  /** The attribute a header carries, IS_CONTENT_TYPE, or null when it is no CloudEvents header. */
  const attrOf = (rawName: string): string | null => {
    let attr = attrByHeader.get(rawName);
    if (attr === undefined) {
      const name = rawName.toLowerCase();
      attr = name === CONTENT_TYPE ? IS_CONTENT_TYPE : name.startsWith(prefix) && name.length > prefix.length ? name.slice(prefix.length) : null;
      if (attrByHeader.size < NAME_CACHE_LIMIT) attrByHeader.set(rawName, attr);
    }
    return attr;
  };
  return {
    style,
    encode(attrs) {
      const out: Record<string, string> = {};
      for (const name of Object.keys(attrs)) {
        const value = attrs[name]!;
        if (name === 'datacontenttype') out[CONTENT_TYPE] = value;
        else out[headerOf(name)] = encodeValue(value);
      }
      if (!(CONTENT_TYPE in out)) out[CONTENT_TYPE] = JSON_CONTENT_TYPE;
      return out;
    },
    decode(headers) {
      const attrs: WireAttributes = {};
      for (const rawName of Object.keys(headers)) {
        const attr = attrOf(rawName);
        if (attr === null) continue;
        const value = headers[rawName]!;
        if (attr === IS_CONTENT_TYPE) attrs.datacontenttype = value;
        else attrs[attr] = decodeValue(value, rawName);
      }
      return attrs;
    },
  };
}

// CloudEvents HTTP binding 3.1.3.2: space, double quote, percent and anything outside
// printable ASCII are percent-encoded as UTF-8 bytes.
const NEEDS_ENCODING = /[^\x21\x23-\x24\x26-\x7e]/;

export function percentEncode(value: string): string {
  if (!NEEDS_ENCODING.test(value)) return value;
  let out = '';
  for (const ch of value) {
    if (NEEDS_ENCODING.test(ch)) {
      for (const byte of new TextEncoder().encode(ch)) out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
    } else out += ch;
  }
  return out;
}

export function percentDecode(value: string, header = 'header'): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch (cause) {
    throw new DecodeError(`header "${header}" has malformed percent-encoding: "${value}"`, { cause, details: { header, value } });
  }
}

export const kafkaHeaderCodec: HeaderCodec = makeCodec('kafka', 'ce_', (v) => v, (v) => v);
export const natsHeaderCodec: HeaderCodec = makeCodec('nats', 'ce-', percentEncode, percentDecode);

export const DEFAULT_MAX_PAYLOAD_BYTES = 1024 * 1024;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** JSON body bytes. The body is never empty: `null` data is refused by the contracts before this. */
export function encodeBody(data: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(data));
}

/**
 * Parse a JSON body, refusing what must not reach a handler: an empty body, bytes that
 * are not UTF-8 or JSON, a body over the size limit, and keys that could pollute
 * prototypes downstream (`__proto__`, and `constructor` holding `prototype`).
 */
export function decodeBody(body: Uint8Array, maxBytes: number = DEFAULT_MAX_PAYLOAD_BYTES): unknown {
  if (body.byteLength === 0) throw new DecodeError('empty body: a Herald event always carries a JSON payload');
  if (body.byteLength > maxBytes) throw new PayloadTooLargeError(body.byteLength, maxBytes);
  let text: string;
  try {
    text = decoder.decode(body);
  } catch (cause) {
    throw new DecodeError('body is not valid UTF-8', { cause });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new DecodeError(`body is not valid JSON: ${(cause as Error).message}`, { cause, details: { preview: text.slice(0, 120) } });
  }
  const bad = forbiddenKeyPath(data);
  if (bad !== undefined) {
    const pointer = bad.reverse().map((t) => '/' + escapePointer(t)).join('');
    throw new DecodeError(`body contains a forbidden key at ${pointer} (prototype pollution guard)`, { details: { pointer } });
  }
  return data;
}

/** Path (innermost token first) to the first forbidden key; built only when there is one. */
function forbiddenKeyPath(value: unknown): string[] | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = forbiddenKeyPath(value[i]);
      if (hit !== undefined) return (hit.push(String(i)), hit);
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    const child = (value as Record<string, unknown>)[key];
    if (key === '__proto__') return [key];
    if (key === 'constructor' && child !== null && typeof child === 'object' && Object.hasOwn(child, 'prototype')) return [key];
    const hit = forbiddenKeyPath(child);
    if (hit !== undefined) return (hit.push(key), hit);
  }
  return undefined;
}

export function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

// Parsed pointers: the publish path reads the same few (aggregate id, partition key) for every event.
const pointerTokens = new Map<string, readonly string[]>();
const POINTER_CACHE_LIMIT = 1024;

function tokensOf(pointer: string): readonly string[] {
  let tokens = pointerTokens.get(pointer);
  if (!tokens) {
    tokens = pointer
      .slice(1)
      .split('/')
      .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (pointerTokens.size >= POINTER_CACHE_LIMIT) pointerTokens.clear();
    pointerTokens.set(pointer, tokens);
  }
  return tokens;
}

/** Read a JSON pointer ('' = root) from a value; undefined when the path is absent. */
export function readPointer(value: unknown, pointer: string): unknown {
  if (pointer === '') return value;
  let cur: unknown = value;
  for (const token of tokensOf(pointer)) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, token)) return undefined;
    cur = (cur as Record<string, unknown>)[token];
  }
  return cur;
}
