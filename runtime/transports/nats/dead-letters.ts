// Dead letters in a JetStream stream (default HERALD_DLQ).
//
// One message per record, on `<dlq prefix>.<group>.<channel>.<reason>.<record id>`:
// the body is the original body, byte for byte (no base64, so a message that fit the
// server's max_payload still fits); the record's metadata, including the original headers,
// is JSON in the `Herald-Dead-Letter` header (ASCII-only, so any header reader copes).
// Nats-Msg-Id = record id, so writing the same record twice (two instances seeing one
// advisory) stores it once. Group and reason in the subject let list/purge/counts filter
// on the server; get(id) is a last-by-subject lookup on `*.*.*.<id>`.

import { JetStreamApiError, type MsgRequest, type StoredMsg } from '@nats-io/jetstream';
import { natsHeaderCodec } from '../../core/codec.js';
import type { DeadLetterFilter, DeadLetterReason, DeadLetterRecord, DeadLetterStore, SubscriptionSpec } from '../../core/transport.js';
import { DecodeError } from '../../core/errors.js';
import type { ConnectionManager } from './connection.js';
import { toHeraldError } from './errors.js';
import { fromMsgHdrs } from './headers.js';
import { deadLetterFilter, deadLetterSubject, unescapeToken, withoutPrefix } from './names.js';
import type { ResolvedNatsOptions } from './options.js';
import type { Provisioner } from './provision.js';
import type { Publisher } from './publisher.js';

export const DEAD_LETTER_HEADER = 'Herald-Dead-Letter';
const STREAM_NOT_FOUND = 10059;

type Metadata = Omit<DeadLetterRecord, 'original'> & { original: Omit<DeadLetterRecord['original'], 'body'> };

interface Stored {
  seq: number;
  record: DeadLetterRecord;
}

/** JSON with every non-ASCII character escaped: valid JSON, safe as a header value. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function encodeDeadLetter(record: DeadLetterRecord): { headers: Record<string, string>; body: Uint8Array } {
  const { body, ...original } = record.original;
  const meta: Metadata = { ...record, original };
  return { headers: { [DEAD_LETTER_HEADER]: asciiJson(meta) }, body };
}

export function decodeDeadLetter(sm: StoredMsg): DeadLetterRecord {
  const raw = sm.header.get(DEAD_LETTER_HEADER);
  if (!raw) throw new DecodeError(`dead-letter message ${sm.seq} has no ${DEAD_LETTER_HEADER} header`, { details: { seq: sm.seq } });
  let meta: Metadata;
  try {
    meta = JSON.parse(raw) as Metadata;
  } catch (cause) {
    throw new DecodeError(`dead-letter message ${sm.seq} has a malformed ${DEAD_LETTER_HEADER} header`, { cause, details: { seq: sm.seq } });
  }
  return { ...meta, original: { ...meta.original, body: sm.data } };
}

export interface MaxDeliveriesAdvisory {
  stream: string;
  consumer: string;
  stream_seq: number;
  deliveries: number;
  timestamp?: string;
}

export class NatsDeadLetterStore implements DeadLetterStore {
  constructor(
    private readonly conn: ConnectionManager,
    private readonly options: ResolvedNatsOptions,
    private readonly provisioner: Provisioner,
    private readonly publisher: Publisher,
  ) {}

  async put(record: DeadLetterRecord): Promise<void> {
    await this.provisioner.deadLetterStream();
    const { headers, body } = encodeDeadLetter(record);
    const subject = deadLetterSubject(this.options.dlqSubjectPrefix, record.group, record.original.channelId, record.reason, record.id);
    await this.publisher.send([{ subject, headers, body, msgId: record.id }], 'dead-letter', false);
  }

  async list(filter: DeadLetterFilter = {}): Promise<DeadLetterRecord[]> {
    const out: DeadLetterRecord[] = [];
    for await (const s of this.scan(filter)) {
      out.push(s.record);
      if (filter.limit !== undefined && out.length >= filter.limit) break;
    }
    return out;
  }

  async get(id: string): Promise<DeadLetterRecord | undefined> {
    return (await this.find(id))?.record;
  }

  async purge(filter: DeadLetterFilter & { ids?: string[] } = {}): Promise<number> {
    const { jsm } = await this.link('purge dead letters');
    const stream = this.options.dlqStream;
    const onlyBySubject = filter.type === undefined && filter.since === undefined && filter.until === undefined && filter.limit === undefined;
    try {
      if (filter.ids) {
        let n = 0;
        for (const id of filter.ids) {
          const found = await this.find(id);
          if (found && matches(found.record, filter)) n += (await jsm.streams.deleteMessage(stream, found.seq, false)) ? 1 : 0;
        }
        return n;
      }
      if (onlyBySubject) {
        const r = await jsm.streams.purge(stream, { filter: deadLetterFilter(this.options.dlqSubjectPrefix, filter) });
        return r.purged;
      }
      let n = 0;
      for await (const s of this.scan(filter)) {
        n += (await jsm.streams.deleteMessage(stream, s.seq, false)) ? 1 : 0;
        if (filter.limit !== undefined && n >= filter.limit) break;
      }
      return n;
    } catch (err) {
      if (err instanceof JetStreamApiError && err.code === STREAM_NOT_FOUND) return 0;
      throw toHeraldError(err, 'purge dead letters', this.conn.isClosing, 'INVALID_OPTION');
    }
  }

  async counts(): Promise<Record<string, number>> {
    const { jsm } = await this.link('count dead letters');
    const prefix = this.options.dlqSubjectPrefix;
    const out: Record<string, number> = {};
    try {
      const info = await jsm.streams.info(this.options.dlqStream, { subjects_filter: `${prefix}.>` });
      for (const [subject, n] of Object.entries(info.state.subjects ?? {})) {
        const [group, , reason] = subject.slice(prefix.length + 1).split('.');
        if (group === undefined || reason === undefined) continue;
        const key = `${unescapeToken(group)}/${unescapeToken(reason)}`;
        out[key] = (out[key] ?? 0) + n;
      }
      return out;
    } catch (err) {
      if (err instanceof JetStreamApiError && err.code === STREAM_NOT_FOUND) return out;
      throw toHeraldError(err, 'count dead letters', this.conn.isClosing, 'INVALID_OPTION');
    }
  }

  /**
   * The safety net: a message the consumer gave up on after max_deliver deliveries (the bus
   * never got to dead-letter it, e.g. its process kept dying) becomes a record here.
   */
  async fromMaxDeliveries(spec: SubscriptionSpec, advisory: MaxDeliveriesAdvisory): Promise<void> {
    const { jsm } = await this.link('dead-letter after max deliveries');
    let sm: StoredMsg | null;
    try {
      sm = await jsm.streams.getMessage(advisory.stream, { seq: advisory.stream_seq });
    } catch (err) {
      throw toHeraldError(err, `read message ${advisory.stream_seq} of ${advisory.stream}`, this.conn.isClosing, 'INVALID_OPTION');
    }
    if (!sm) return; // removed from the stream meanwhile: nothing left to keep
    const headers = fromMsgHdrs(sm.header);
    let eventId: string | undefined;
    let eventType: string | undefined;
    try {
      const attrs = natsHeaderCodec.decode(headers);
      eventId = attrs.id;
      eventType = attrs.type;
    } catch {
      // Undecodable headers: the record keeps the raw headers, without id and type.
    }
    const now = new Date().toISOString();
    const failedAt = advisory.timestamp ? new Date(advisory.timestamp).toISOString() : now;
    await this.put({
      // Deterministic, so duplicate advisories collapse into one record (Nats-Msg-Id).
      id: `maxdeliver-${advisory.stream}-${advisory.consumer}-${advisory.stream_seq}`,
      reason: 'max-deliveries',
      eventId,
      eventType,
      group: spec.group,
      original: {
        channelId: spec.channel.id,
        destination: withoutPrefix(this.options.subjectPrefix, sm.subject),
        headers,
        body: sm.data,
        position: { stream: advisory.stream, sequence: advisory.stream_seq },
      },
      attempts: advisory.deliveries,
      firstFailureAt: failedAt,
      lastFailureAt: failedAt,
      deadLetteredAt: now,
      error: {
        name: 'MaxDeliveriesExceeded',
        code: 'MAX_DELIVERIES',
        message: `JetStream delivered this message ${advisory.deliveries} times to consumer "${advisory.consumer}" without an ack or term (max_deliver ${spec.maxDeliver}); it will not be delivered again`,
      },
    });
  }

  private async link(what: string) {
    try {
      return await this.conn.ready(what);
    } catch (err) {
      throw toHeraldError(err, what, this.conn.isClosing, 'INVALID_OPTION');
    }
  }

  private async find(id: string): Promise<Stored | undefined> {
    const { jsm } = await this.link('read dead letter');
    try {
      const sm = await jsm.streams.getMessage(this.options.dlqStream, { last_by_subj: deadLetterFilter(this.options.dlqSubjectPrefix, { id }) });
      return sm ? { seq: sm.seq, record: decodeDeadLetter(sm) } : undefined;
    } catch (err) {
      if (err instanceof JetStreamApiError && err.code === STREAM_NOT_FOUND) return undefined;
      throw toHeraldError(err, `read dead letter ${id}`, this.conn.isClosing, 'INVALID_OPTION');
    }
  }

  /** Records matching the filter, oldest first, one direct read per message. */
  private async *scan(filter: DeadLetterFilter): AsyncGenerator<Stored> {
    const { jsm } = await this.link('list dead letters');
    const subject = deadLetterFilter(this.options.dlqSubjectPrefix, filter);
    let seq = 1;
    for (;;) {
      let sm: StoredMsg | null;
      try {
        // `next_by_subj` is served by STREAM.MSG.GET since server 2.9; nats.js types it only for direct gets.
        sm = await jsm.streams.getMessage(this.options.dlqStream, { seq, next_by_subj: subject } as unknown as MsgRequest);
      } catch (err) {
        if (err instanceof JetStreamApiError && err.code === STREAM_NOT_FOUND) return;
        throw toHeraldError(err, 'list dead letters', this.conn.isClosing, 'INVALID_OPTION');
      }
      if (!sm) return;
      seq = sm.seq + 1;
      const record = decodeDeadLetter(sm);
      if (matches(record, filter)) yield { seq: sm.seq, record };
    }
  }
}

function matches(r: DeadLetterRecord, f: DeadLetterFilter): boolean {
  return (
    (f.type === undefined || r.eventType === f.type) &&
    (f.group === undefined || r.group === f.group) &&
    (f.reason === undefined || r.reason === (f.reason as DeadLetterReason)) &&
    (f.since === undefined || r.deadLetteredAt >= f.since) &&
    (f.until === undefined || r.deadLetteredAt <= f.until)
  );
}
