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

function makeCodec(style: HeaderStyle, prefix: string, encodeValue: (v: string) => string, decodeValue: (v: string, name: string) => string): HeaderCodec {
  return {
    style,
    encode(attrs) {
      const out: Record<string, string> = {};
      for (const [name, value] of Object.entries(attrs)) {
        if (name === 'datacontenttype') out[CONTENT_TYPE] = value;
        else out[prefix + name] = encodeValue(value);
      }
      if (!(CONTENT_TYPE in out)) out[CONTENT_TYPE] = JSON_CONTENT_TYPE;
      return out;
    },
    decode(headers) {
      const attrs: WireAttributes = {};
      for (const [rawName, value] of Object.entries(headers)) {
        const name = rawName.toLowerCase();
        if (name === CONTENT_TYPE) attrs.datacontenttype = value;
        else if (name.startsWith(prefix) && name.length > prefix.length) attrs[name.slice(prefix.length)] = decodeValue(value, rawName);
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
  const bad = findForbiddenKey(data, '');
  if (bad !== undefined) throw new DecodeError(`body contains a forbidden key at ${bad} (prototype pollution guard)`, { details: { pointer: bad } });
  return data;
}

function findForbiddenKey(value: unknown, path: string): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findForbiddenKey(value[i], `${path}/${i}`);
      if (hit !== undefined) return hit;
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    const child = (value as Record<string, unknown>)[key];
    const here = `${path}/${escapePointer(key)}`;
    if (key === '__proto__') return here;
    if (key === 'constructor' && child !== null && typeof child === 'object' && Object.hasOwn(child, 'prototype')) return here;
    const hit = findForbiddenKey(child, here);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

export function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Read a JSON pointer ('' = root) from a value; undefined when the path is absent. */
export function readPointer(value: unknown, pointer: string): unknown {
  if (pointer === '') return value;
  let cur: unknown = value;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, token)) return undefined;
    cur = (cur as Record<string, unknown>)[token];
  }
  return cur;
}
