// Plain header records <-> nats.js MsgHdrs. The bus's codec produced the values; this only
// moves them. Names keep their case on the wire; reads in the bus are case-insensitive.

import { headers as natsHeaders, type MsgHdrs } from '@nats-io/transport-node';
import { InvalidParameterError } from '../../core/errors.js';

/** Headers JetStream interprets on publish; never copied from a stored message into a new publish. */
const CONTROL_HEADER = /^nats-(msg-id|expected-|rollup|ttl|schedule|batch-|required-api-level)/i;

export function toMsgHdrs(record: Readonly<Record<string, string>>, options: { dropControl?: boolean } = {}): MsgHdrs {
  const h = natsHeaders();
  for (const [name, value] of Object.entries(record)) {
    if (options.dropControl && CONTROL_HEADER.test(name)) continue;
    if (/[\r\n]/.test(value) || /[\s:]/.test(name) || name === '') {
      throw new InvalidParameterError(`header ${JSON.stringify(name)} cannot be sent over NATS (names without spaces or ':', values without CR/LF)`, { header: name });
    }
    h.set(name, value);
  }
  return h;
}

/** First value of each header as a plain record (own properties only, safe for any name). */
export function fromMsgHdrs(h: MsgHdrs | undefined): Record<string, string> {
  if (!h) return {};
  const entries: [string, string][] = [];
  for (const name of h.keys()) entries.push([name, h.values(name).join(',')]);
  return Object.fromEntries(entries);
}
