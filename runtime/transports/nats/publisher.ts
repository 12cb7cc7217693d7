// JetStream publishing with async acks and a bounded window of publishes awaiting their
// PubAck (nats.js has no such bound). The window is shared by every call on the
// transport and handed out first come, first served, so one call's messages leave in order.

import { JetStreamApiError, JetStreamError, type PubAck } from '@nats-io/jetstream';
import { createInbox, errors as natsErrors, type Msg, type MsgHdrs, type NatsConnection, type Subscription } from '@nats-io/transport-node';
import { TransportUnavailableError } from '../../core/errors.js';
import type { OutboundMessage } from '../../core/transport.js';
import type { ConnectionManager } from './connection.js';
import { toHeraldError } from './errors.js';
import { toMsgHdrs } from './headers.js';
import { withPrefix } from './names.js';
import type { ResolvedNatsOptions } from './options.js';

const MSG_ID = 'Nats-Msg-Id';

interface Waiter {
  resolve(ack: PubAck): void;
  reject(err: unknown): void;
  subject: string;
  deadline: number;
}

/**
 * JetStream publishes as plain NATS publishes whose PubAcks come back on one wildcard inbox
 * per connection, matched by token. `js.publish` makes a request per message instead: a
 * timer, an inbox token, an Error (with its stack) even on success, a TextDecoder per
 * PubAck; that cost more than all of Herald's own publish work. Same wire messages, same
 * answers: a PubAck, a JetStream API error, a 503 status when nothing listens on the
 * subject, or nothing (a timeout, found by one sweep timer for all pending publishes).
 */
export class PubAckInbox {
  private nc: NatsConnection | undefined;
  private sub: Subscription | undefined;
  private prefix = '';
  private next = 0;
  private readonly waiting = new Map<string, Waiter>();
  private sweeper: ReturnType<typeof setInterval> | undefined;
  private readonly decoder = new TextDecoder();

  constructor(private readonly timeoutMs: number) {}

  publish(nc: NatsConnection, subject: string, body: Uint8Array, headers: MsgHdrs): Promise<PubAck> {
    return new Promise<PubAck>((resolve, reject) => {
      try {
        this.bind(nc);
        const token = (this.next++).toString(36);
        this.waiting.set(token, { resolve, reject, subject, deadline: Date.now() + this.timeoutMs });
        this.sweep();
        try {
          nc.publish(subject, body, { headers, reply: this.prefix + token });
        } catch (err) {
          this.waiting.delete(token);
          throw err;
        }
      } catch (err) {
        reject(err);
      }
    });
  }

  /** Subscribe the reply inbox on this connection (once; again after the connection was replaced). */
  private bind(nc: NatsConnection): void {
    if (this.nc === nc && this.sub && !this.sub.isClosed()) return;
    const sub = nc.subscribe(`${(this.prefix = `${createInbox()}.`)}*`, { callback: (err, msg) => this.onReply(err, msg) });
    this.nc = nc;
    this.sub = sub;
    // The connection closed: nothing pending on it will be answered.
    void sub.closed.then(() => {
      if (this.sub === sub) this.failAll(new natsErrors.ClosedConnectionError());
    });
  }

  private onReply(err: Error | null, msg: Msg): void {
    if (err) return this.failAll(err);
    const token = msg.subject.slice(this.prefix.length);
    const w = this.waiting.get(token);
    if (!w) return; // timed out already
    this.waiting.delete(token);
    if (msg.data.length === 0 && msg.headers?.code === 503) {
      w.reject(new JetStreamError('jetstream is not enabled', { cause: new natsErrors.NoRespondersError(w.subject) }));
      return;
    }
    let ack: PubAck & { error?: ConstructorParameters<typeof JetStreamApiError>[0] };
    try {
      ack = JSON.parse(this.decoder.decode(msg.data)) as typeof ack;
    } catch (cause) {
      w.reject(new JetStreamError('invalid ack response', { cause }));
      return;
    }
    if (ack.error) w.reject(new JetStreamApiError(ack.error));
    else if (!ack.stream) w.reject(new JetStreamError('invalid ack response'));
    else w.resolve({ ...ack, duplicate: ack.duplicate ?? false });
  }

  private failAll(err: unknown): void {
    const all = [...this.waiting.values()];
    this.waiting.clear();
    for (const w of all) w.reject(err);
  }

  /** One timer for every pending publish: rejects those past their deadline, stops when none is left. */
  private sweep(): void {
    if (this.sweeper) return;
    const every = Math.max(10, Math.min(250, Math.floor(this.timeoutMs / 4)));
    this.sweeper = setInterval(() => {
      const now = Date.now();
      for (const [token, w] of this.waiting) {
        if (w.deadline > now) continue;
        this.waiting.delete(token);
        w.reject(new natsErrors.TimeoutError());
      }
      if (this.waiting.size === 0) {
        clearInterval(this.sweeper);
        this.sweeper = undefined;
      }
    }, every);
    this.sweeper.unref?.();
  }
}

export class PublishWindow {
  private used = 0;
  private readonly waiting: (() => void)[] = [];
  /** Most publishes ever awaiting a PubAck at once (for health). */
  highWater = 0;

  constructor(readonly size: number) {}

  get inFlight(): number {
    return this.used;
  }

  acquire(): Promise<void> {
    if (this.used < this.size && this.waiting.length === 0) {
      this.take();
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(() => (this.take(), resolve())));
  }

  release(): void {
    this.used--;
    const next = this.waiting.shift();
    if (next) next();
  }

  private take(): void {
    this.used++;
    if (this.used > this.highWater) this.highWater = this.used;
  }
}

export interface RawPublish {
  subject: string;
  headers: Readonly<Record<string, string>>;
  body: Uint8Array;
  msgId: string;
}

export class Publisher {
  readonly window: PublishWindow;
  private readonly pending = new Set<Promise<unknown>>();
  private readonly inbox: PubAckInbox;

  constructor(
    private readonly conn: ConnectionManager,
    private readonly options: ResolvedNatsOptions,
  ) {
    this.window = new PublishWindow(options.maxInFlight);
    this.inbox = new PubAckInbox(options.publishTimeoutMs);
  }

  publish(messages: readonly OutboundMessage[]): Promise<PubAck[]> {
    return this.send(
      messages.map((m) => ({ subject: withPrefix(this.options.subjectPrefix, m.subject), headers: m.headers, body: m.body, msgId: m.id })),
      'publish',
      false,
    );
  }

  /**
   * Send and wait for every PubAck. Rejects with the first failure in call order, but only
   * once every message of the call has settled, so nothing is left in flight behind it.
   */
  send(items: readonly RawPublish[], what: string, dropControlHeaders: boolean): Promise<PubAck[]> {
    const call = this.sendNow(items, what, dropControlHeaders);
    this.pending.add(call);
    const forget = () => this.pending.delete(call);
    call.then(forget, forget);
    return call;
  }

  private async sendNow(items: readonly RawPublish[], what: string, dropControlHeaders: boolean): Promise<PubAck[]> {
    if (items.length === 0) return [];
    // Build every header block first: a bad header fails the call before anything is sent.
    const prepared = items.map((m) => {
      const hdrs = toMsgHdrs(m.headers, { dropControl: dropControlHeaders });
      hdrs.headers.set(MSG_ID, [m.msgId]);
      return { subject: m.subject, msgId: m.msgId, body: m.body, hdrs };
    });
    let link;
    try {
      link = await this.conn.ready(what, 0);
    } catch (err) {
      throw toHeraldError(err, what, this.conn.isClosing);
    }
    const acks: Promise<PubAck>[] = [];
    for (const m of prepared) {
      await this.window.acquire();
      const ack = this.inbox.publish(link.nc, m.subject, m.body, m.hdrs);
      acks.push(ack.finally(() => this.window.release()));
    }
    const settled = await Promise.allSettled(acks);
    const out: PubAck[] = [];
    for (let i = 0; i < settled.length; i++) {
      const r = settled[i]!;
      if (r.status === 'rejected') {
        if (this.conn.connected && /jetstream is not enabled|no responders/i.test(String((r.reason as Error)?.message))) {
          // nats.js reports "no stream listens on this subject" as JetStream not enabled.
          throw new TransportUnavailableError(`${what} to ${prepared[i]!.subject}: no JetStream stream captures this subject (is its channel provisioned?), or JetStream is starting`, {
            cause: r.reason,
            details: { subject: prepared[i]!.subject, id: prepared[i]!.msgId, index: i },
          });
        }
        throw toHeraldError(r.reason, `${what} to ${prepared[i]!.subject} (message ${i + 1} of ${prepared.length}, id ${prepared[i]!.msgId})`, this.conn.isClosing, 'PUBLISH_FAILED', {
          subject: prepared[i]!.subject,
          id: prepared[i]!.msgId,
          index: i,
        });
      }
      // A duplicate PubAck means the stream already holds this id: that is success.
      out.push(r.value);
    }
    return out;
  }

  /** Wait until every publish call in progress has settled (used by close). */
  async flush(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }
}
