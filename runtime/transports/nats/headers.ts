// Plain header records <-> nats.js MsgHdrs. The bus's codec produced the values; this only
// moves them. Names keep their case on the wire; reads in the bus are case-insensitive.

import { MsgHdrsImpl, type MsgHdrs } from '@nats-io/transport-node';
import { InvalidParameterError } from '../../core/errors.js';

/** Headers JetStream interprets on publish; never copied from a stored message into a new publish. */
const CONTROL_HEADER = /^nats-(msg-id|expected-|rollup|ttl|schedule|batch-|required-api-level)/i;

export function toMsgHdrs(record: Readonly<Record<string, string>>, options: { dropControl?: boolean } = {}): MsgHdrsImpl {
  const h = new MsgHdrsImpl();
  for (const name of Object.keys(record)) {
    const value = record[name]!;
    if (options.dropControl && CONTROL_HEADER.test(name)) continue;
    if (/[\r\n]/.test(value) || /[\s:]/.test(name) || name === '') {
      throw new InvalidParameterError(`header ${JSON.stringify(name)} cannot be sent over NATS (names without spaces or ':', values without CR/LF)`, { header: name });
    }
    // Straight into the header map (names of a record are distinct; checked just above):
    // append()/set() rescan every key per header and canonicalise names we do not use.
    // Values are trimmed as append() would.
    h.headers.set(name, [value.trim()]);
  }
  return h;
}

/** Every header (repeated values joined with ',') as a plain record (own properties only, safe for any name). */
export function fromMsgHdrs(h: MsgHdrs | undefined): Record<string, string> {
  if (!h) return {};
  const entries: [string, string][] = [];
  // Iterating the headers yields each name with its values: h.values(name) per name would
  // rescan every key each time.
  for (const [name, values] of h) entries.push([name, values.length === 1 ? values[0]! : values.join(',')]);
  return Object.fromEntries(entries);
}
