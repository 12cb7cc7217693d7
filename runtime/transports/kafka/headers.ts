// Record headers as the Transport interface wants them: strings. kafkajs hands out
// Buffers, and an array when a key repeats (values joined with ',' as HTTP does).

export type RawHeaders = Record<string, Buffer | string | (Buffer | string)[] | undefined> | undefined;

export function headersToStrings(raw: RawHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  if (!raw) return out;
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    out[name] = Array.isArray(value) ? value.map((v) => v.toString()).join(',') : value.toString();
  }
  return out;
}

/** Header names the transport adds to retry records; never shown to handlers or replayed. */
export const INTERNAL_PREFIX = 'herald_';
export const H_ATTEMPT = 'herald_attempt';
export const H_DUE = 'herald_due';
export const H_ORIGIN_PARTITION = 'herald_origin_partition';
export const H_ORIGIN_OFFSET = 'herald_origin_offset';
export const H_ORIGIN_TIMESTAMP = 'herald_origin_timestamp';
/** Dead-letter metadata (JSON) on records of a `.dlq` topic. */
export const H_DEAD_LETTER = 'herald_dead_letter';

export function withoutInternal(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (!k.startsWith(INTERNAL_PREFIX)) out[k] = v;
  return out;
}
