// Streams and durable consumers from channel descriptors, idempotently.
//
// Layout: one stream per channel (`HERALD_<channel id>`, capturing `events.<subject with
// parameters as *>`), file storage, limits retention. If another stream already captures
// the whole subject (e.g. an ops-managed `EVENTS` on `events.>`, or the stream of a
// channel whose pattern covers this one) Herald uses it instead of creating one.
//
// Drift policy: subjects, storage and retention are never changed on an existing stream
// (that could drop or re-route stored events): a mismatch is a ProvisionDriftError with
// details. Limits the user set explicitly (duplicate window, max age/bytes/msgs, replicas)
// are updated in place. A consumer whose filter, ack policy or kind differs is drift (a
// 2.9 server would silently re-filter it); max_deliver, ack_wait and max_ack_pending are
// updated in place, the last subscriber's values win.

import { AckPolicy, DeliverPolicy, DiscardPolicy, JetStreamApiError, ReplayPolicy, RetentionPolicy, StorageType, type ConsumerConfig, type ConsumerInfo, type StreamConfig, type StreamInfo } from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import type { ChannelDescriptor } from '../../core/contract.js';
import type { SubscriptionSpec } from '../../core/transport.js';
import { InvalidOptionError } from '../../core/errors.js';
import type { ConnectionManager, Link } from './connection.js';
import { ProvisionDriftError, toHeraldError } from './errors.js';
import { channelFilter, durableName, subjectCovers } from './names.js';
import type { ResolvedNatsOptions } from './options.js';

const STREAM_NOT_FOUND = 10059;
const CONSUMER_NOT_FOUND = 10014;
const STREAM_NAME_IN_USE = 10058;
const SUBJECTS_OVERLAP = 10065;
/** Stream look-ups sent at once when provisioning many channels. */
const LOOKUP_CONCURRENCY = 32;

export interface ChannelStream {
  stream: string;
  filter: string;
}

export class Provisioner {
  private readonly streams = new Map<string, Promise<ChannelStream>>();
  private dlq: Promise<void> | undefined;

  constructor(
    private readonly conn: ConnectionManager,
    private readonly options: ResolvedNatsOptions,
  ) {}

  async provision(channels: readonly ChannelDescriptor[]): Promise<void> {
    // Wider patterns first, so a narrower channel can live in the wider one's stream.
    const ordered = [...channels].sort((a, b) => wildcards(b) - wildcards(a) || a.id.localeCompare(b.id));
    const existing = await this.lookUpStreams(ordered.filter((c) => !this.streams.has(c.id)));
    for (const channel of ordered) await this.stream(channel, existing.get(channel.id));
    await this.deadLetterStream();
  }

  /**
   * Every start after the first finds the channel streams there already: look them up all at
   * once (a round trip's wait, not one per channel). Only reads; checking, updating and
   * creating stay one channel at a time, in order. A failed look-up is simply redone there.
   */
  private async lookUpStreams(channels: readonly ChannelDescriptor[]): Promise<Map<string, StreamInfo>> {
    const found = new Map<string, StreamInfo>();
    if (channels.length < 2) return found;
    let jsm: Link['jsm'];
    try {
      ({ jsm } = await this.link('provision stream'));
    } catch {
      return found;
    }
    for (let i = 0; i < channels.length; i += LOOKUP_CONCURRENCY) {
      await Promise.all(
        channels.slice(i, i + LOOKUP_CONCURRENCY).map(async (channel) => {
          try {
            const info = await streamInfo(jsm, this.options.streamName(channel));
            if (info) found.set(channel.id, info);
          } catch {
            // looked up again, and reported properly, by ensureStream
          }
        }),
      );
    }
    return found;
  }

  /** The stream of a channel, created or checked once per transport. */
  stream(channel: ChannelDescriptor, lookedUp?: StreamInfo): Promise<ChannelStream> {
    let known = this.streams.get(channel.id);
    if (!known) {
      known = this.ensureStream(channel, lookedUp).catch((err: unknown) => {
        this.streams.delete(channel.id);
        throw err;
      });
      this.streams.set(channel.id, known);
    }
    return known;
  }

  /** Forget what we know about a channel's stream (it was deleted under us). */
  forget(channelId: string): void {
    this.streams.delete(channelId);
  }

  deadLetterStream(): Promise<void> {
    if (!this.dlq) {
      this.dlq = this.ensureDeadLetterStream().catch((err: unknown) => {
        this.dlq = undefined;
        throw err;
      });
    }
    return this.dlq;
  }

  async consumer(spec: SubscriptionSpec, target: ChannelStream): Promise<ConsumerInfo> {
    const { jsm } = await this.link('provision consumer');
    const durable = durableName(spec.group, spec.channel.id);
    const maxAckPending = spec.ordered && spec.concurrency === 1 ? 1 : Math.max(this.options.maxAckPending, spec.concurrency);
    const wanted = { max_deliver: spec.maxDeliver, ack_wait: nanos(spec.ackWaitMs), max_ack_pending: maxAckPending };
    try {
      let existing: ConsumerInfo | undefined;
      try {
        existing = await jsm.consumers.info(target.stream, durable);
      } catch (err) {
        if (!(err instanceof JetStreamApiError && err.code === CONSUMER_NOT_FOUND)) throw err;
      }
      if (!existing) {
        const config: Partial<ConsumerConfig> = {
          durable_name: durable,
          description: `Herald group "${spec.group}" on channel "${spec.channel.id}"`,
          ack_policy: AckPolicy.Explicit,
          deliver_policy: this.options.deliverPolicy === 'new' ? DeliverPolicy.New : DeliverPolicy.All,
          replay_policy: ReplayPolicy.Instant,
          filter_subject: target.filter,
          ...wanted,
        };
        return await jsm.consumers.add(target.stream, config);
      }
      const c = existing.config;
      const drift: Record<string, { expected: unknown; actual: unknown }> = {};
      if (c.deliver_subject) drift.deliver_subject = { expected: '(pull consumer)', actual: c.deliver_subject };
      if (c.ack_policy !== AckPolicy.Explicit) drift.ack_policy = { expected: AckPolicy.Explicit, actual: c.ack_policy };
      if ((c.filter_subject ?? '') !== target.filter) drift.filter_subject = { expected: target.filter, actual: c.filter_subject ?? c.filter_subjects ?? '' };
      if (Object.keys(drift).length) {
        throw new ProvisionDriftError(
          `consumer "${durable}" on stream "${target.stream}" does not match group "${spec.group}" on channel "${spec.channel.id}": ${describe(drift)}. Delete the consumer (its position is lost) or use another group name.`,
          { stream: target.stream, consumer: durable, group: spec.group, channel: spec.channel.id, drift },
        );
      }
      if (c.max_deliver !== wanted.max_deliver || c.ack_wait !== wanted.ack_wait || c.max_ack_pending !== wanted.max_ack_pending) {
        return await jsm.consumers.update(target.stream, durable, wanted);
      }
      return existing;
    } catch (err) {
      throw toHeraldError(err, `provisioning consumer "${durable}" on stream "${target.stream}"`, this.conn.isClosing, 'INVALID_OPTION', { stream: target.stream, consumer: durable });
    }
  }

  private async link(what: string): Promise<Link> {
    return this.conn.ready(what);
  }

  private async ensureStream(channel: ChannelDescriptor, lookedUp?: StreamInfo): Promise<ChannelStream> {
    const name = this.options.streamName(channel);
    if (name === this.options.dlqStream) {
      throw new InvalidOptionError(`channel "${channel.id}" would use the dead-letter stream name "${name}"; set deadLetter.stream or streamName`, { channel: channel.id, stream: name });
    }
    const filter = channelFilter(this.options.subjectPrefix, channel);
    const { jsm } = await this.link('provision stream');
    try {
      for (let attempt = 0; ; attempt++) {
        const own = attempt === 0 && lookedUp ? lookedUp : await streamInfo(jsm, name);
        if (own) {
          this.checkStream(own, channel, filter, true);
          await this.updateLimits(own);
          return { stream: name, filter };
        }
        const other = await this.coveringStream(channel, filter);
        if (other) return { stream: other, filter };
        try {
          await jsm.streams.add(this.streamConfig(name, channel, filter));
          return { stream: name, filter };
        } catch (err) {
          // Another instance created it between our look-up and our create: look again.
          if (err instanceof JetStreamApiError && err.code === STREAM_NAME_IN_USE && attempt < 2) continue;
          if (err instanceof JetStreamApiError && err.code === SUBJECTS_OVERLAP) throw await this.overlapError(channel, filter, name, err);
          throw err;
        }
      }
    } catch (err) {
      throw toHeraldError(err, `provisioning stream "${name}" for channel "${channel.id}"`, this.conn.isClosing, 'INVALID_OPTION', { stream: name, channel: channel.id });
    }
  }

  private streamConfig(name: string, channel: ChannelDescriptor, filter: string): Partial<StreamConfig> & { name: string } {
    const s = this.options.stream;
    return {
      name,
      description: `Herald channel "${channel.id}"${channel.address ? ` (${channel.address})` : ''}`,
      subjects: [filter],
      storage: StorageType.File,
      retention: RetentionPolicy.Limits,
      discard: DiscardPolicy.Old,
      ...this.limits(s),
    };
  }

  private limits(s: { replicas?: number; duplicateWindowMs?: number; maxAgeMs?: number; maxBytes?: number; maxMsgs?: number }): Partial<StreamConfig> {
    const out: Partial<StreamConfig> = {};
    if (s.replicas !== undefined) out.num_replicas = s.replicas;
    if (s.duplicateWindowMs !== undefined) out.duplicate_window = nanos(s.duplicateWindowMs);
    if (s.maxAgeMs !== undefined) out.max_age = nanos(s.maxAgeMs);
    if (s.maxBytes !== undefined) out.max_bytes = s.maxBytes;
    if (s.maxMsgs !== undefined) out.max_msgs = s.maxMsgs;
    return out;
  }

  /** Update the limits set explicitly in options when the stream differs; nothing else. */
  private async updateLimits(info: StreamInfo, limits = this.limits(this.options.stream)): Promise<void> {
    const changed = (Object.keys(limits) as (keyof StreamConfig)[]).filter((k) => info.config[k] !== limits[k]);
    if (!changed.length) return;
    const { jsm } = await this.link('update stream limits');
    const update: Record<string, unknown> = { subjects: info.config.subjects };
    for (const k of changed) update[k] = limits[k];
    await jsm.streams.update(info.config.name, update);
  }

  private checkStream(info: StreamInfo, channel: ChannelDescriptor, filter: string, own: boolean): void {
    const c = info.config;
    const drift: Record<string, { expected: unknown; actual: unknown }> = {};
    const subjects = c.subjects ?? [];
    if (own ? !(subjects.length === 1 && subjects[0] === filter) : !subjects.some((s) => subjectCovers(s, filter))) {
      drift.subjects = { expected: [filter], actual: subjects };
    }
    if (c.storage !== StorageType.File) drift.storage = { expected: StorageType.File, actual: c.storage };
    if (c.retention !== RetentionPolicy.Limits) drift.retention = { expected: RetentionPolicy.Limits, actual: c.retention };
    if (Object.keys(drift).length) {
      throw new ProvisionDriftError(
        `stream "${c.name}" does not match channel "${channel.id}": ${describe(drift)}. Herald does not change subjects, storage or retention of an existing stream; migrate or delete it, or name another stream (streamName option).`,
        { stream: c.name, channel: channel.id, drift },
      );
    }
  }

  /** A stream (not named after this channel) that already captures every subject of the channel. */
  private async coveringStream(channel: ChannelDescriptor, filter: string): Promise<string | undefined> {
    const { jsm } = await this.link('find stream');
    const names: string[] = [];
    for await (const n of jsm.streams.names(filter)) names.push(n);
    for (const n of names.sort()) {
      const info = await streamInfo(jsm, n);
      if (info && (info.config.subjects ?? []).some((s) => subjectCovers(s, filter))) {
        this.checkStream(info, channel, filter, false);
        return n;
      }
    }
    return undefined;
  }

  private async overlapError(channel: ChannelDescriptor, filter: string, name: string, cause: unknown): Promise<ProvisionDriftError> {
    const { jsm } = await this.link('find overlapping streams');
    const overlapping: Record<string, string[]> = {};
    for await (const n of jsm.streams.names(filter)) {
      const info = await streamInfo(jsm, n);
      if (info) overlapping[n] = info.config.subjects ?? [];
    }
    return new ProvisionDriftError(
      `cannot create stream "${name}" for channel "${channel.id}" on "${filter}": its subjects overlap with ${Object.entries(overlapping)
        .map(([n, s]) => `"${n}" (${s.join(', ')})`)
        .join(', ')} without being covered by one of them. Channel addresses must not partly overlap.`,
      { stream: name, channel: channel.id, filter, overlapping },
      cause,
    );
  }

  private async ensureDeadLetterStream(): Promise<void> {
    const { jsm } = await this.link('provision dead-letter stream');
    const name = this.options.dlqStream;
    const filter = `${this.options.dlqSubjectPrefix}.>`;
    const limits: Partial<StreamConfig> = {};
    if (this.options.dlqMaxAgeMs !== undefined) limits.max_age = nanos(this.options.dlqMaxAgeMs);
    if (this.options.dlqReplicas !== undefined) limits.num_replicas = this.options.dlqReplicas;
    try {
      const existing = await streamInfo(jsm, name);
      if (existing) {
        const c = existing.config;
        if (!(c.subjects ?? []).some((s) => subjectCovers(s, filter)) || c.storage !== StorageType.File) {
          throw new ProvisionDriftError(`dead-letter stream "${name}" must capture "${filter}" on file storage; it has subjects ${JSON.stringify(c.subjects)} and ${c.storage} storage`, {
            stream: name,
            drift: { subjects: { expected: [filter], actual: c.subjects }, storage: { expected: StorageType.File, actual: c.storage } },
          });
        }
        await this.updateLimits(existing, limits);
        return;
      }
      await jsm.streams.add({
        name,
        description: 'Herald dead letters: original headers and body, record metadata in the Herald-Dead-Letter header',
        subjects: [filter],
        storage: StorageType.File,
        retention: RetentionPolicy.Limits,
        discard: DiscardPolicy.Old,
        ...limits,
      });
    } catch (err) {
      if (err instanceof JetStreamApiError && err.code === STREAM_NAME_IN_USE) return this.ensureDeadLetterStream();
      throw toHeraldError(err, `provisioning dead-letter stream "${name}"`, this.conn.isClosing, 'INVALID_OPTION', { stream: name });
    }
  }
}

async function streamInfo(jsm: Link['jsm'], name: string): Promise<StreamInfo | undefined> {
  try {
    return await jsm.streams.info(name);
  } catch (err) {
    if (err instanceof JetStreamApiError && err.code === STREAM_NOT_FOUND) return undefined;
    throw err;
  }
}

function wildcards(channel: ChannelDescriptor): number {
  return channel.parameters.length;
}

function describe(drift: Record<string, { expected: unknown; actual: unknown }>): string {
  return Object.entries(drift)
    .map(([k, v]) => `${k} is ${JSON.stringify(v.actual)}, expected ${JSON.stringify(v.expected)}`)
    .join('; ');
}
