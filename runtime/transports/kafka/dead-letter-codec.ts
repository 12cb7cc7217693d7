// A dead letter as a Kafka record on `<topic>.dlq`: key = dead-letter id (the topic is
// compacted, so a purge is a tombstone under that key), value = the original body bytes,
// headers = the original headers unchanged plus one `herald_dead_letter` header holding
// the rest of the record as JSON.

import type { DeadLetterReason, DeadLetterRecord, MessagePosition } from '../../core/transport.js';
import type { ProducerRecord } from './batching-producer.js';
import { H_DEAD_LETTER } from './headers.js';

interface Metadata {
  v: 1;
  id: string;
  reason: DeadLetterReason;
  eventId?: string;
  eventType?: string;
  group: string;
  original: { channelId: string; destination: string; key?: string; position: MessagePosition };
  attempts: number;
  firstFailureAt: string;
  lastFailureAt: string;
  deadLetteredAt: string;
  error: DeadLetterRecord['error'];
}

export function encodeDeadLetter(record: DeadLetterRecord, topic: string): ProducerRecord {
  const { headers, body, ...original } = record.original;
  const meta: Metadata = {
    v: 1,
    id: record.id,
    reason: record.reason,
    group: record.group,
    original,
    attempts: record.attempts,
    firstFailureAt: record.firstFailureAt,
    lastFailureAt: record.lastFailureAt,
    deadLetteredAt: record.deadLetteredAt,
    error: record.error,
  };
  if (record.eventId !== undefined) meta.eventId = record.eventId;
  if (record.eventType !== undefined) meta.eventType = record.eventType;
  return { topic, key: record.id, value: body, headers: { ...headers, [H_DEAD_LETTER]: JSON.stringify(meta) } };
}

/** The record back from a `.dlq` topic; undefined for a record Herald did not write. */
export function decodeDeadLetter(value: Uint8Array, headers: Readonly<Record<string, string>>): DeadLetterRecord | undefined {
  const raw = headers[H_DEAD_LETTER];
  if (raw === undefined) return undefined;
  let meta: Metadata;
  try {
    meta = JSON.parse(raw) as Metadata;
  } catch {
    return undefined;
  }
  if (meta?.v !== 1 || typeof meta.id !== 'string' || typeof meta.original !== 'object' || meta.original === null) return undefined;
  const original: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (k !== H_DEAD_LETTER) original[k] = v;
  const record: DeadLetterRecord = {
    id: meta.id,
    reason: meta.reason,
    group: meta.group,
    original: { ...meta.original, headers: original, body: value },
    attempts: meta.attempts,
    firstFailureAt: meta.firstFailureAt,
    lastFailureAt: meta.lastFailureAt,
    deadLetteredAt: meta.deadLetteredAt,
    error: meta.error,
  };
  if (meta.eventId !== undefined) record.eventId = meta.eventId;
  if (meta.eventType !== undefined) record.eventType = meta.eventType;
  return record;
}
