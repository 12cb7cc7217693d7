// JetStream publishing with async acks and a bounded window of publishes awaiting their
// PubAck (nats.js has no such bound). The window is shared by every call on the
// transport and handed out first come, first served, so one call's messages leave in order.

import type { PubAck } from '@nats-io/jetstream';
import { TransportUnavailableError } from '../../core/errors.js';
import type { OutboundMessage } from '../../core/transport.js';
import type { ConnectionManager } from './connection.js';
import { toHeraldError } from './errors.js';
import { toMsgHdrs } from './headers.js';
import { withPrefix } from './names.js';
import type { ResolvedNatsOptions } from './options.js';

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

  constructor(
    private readonly conn: ConnectionManager,
    private readonly options: ResolvedNatsOptions,
  ) {
    this.window = new PublishWindow(options.maxInFlight);
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
    const prepared = items.map((m) => ({ ...m, hdrs: toMsgHdrs(m.headers, { dropControl: dropControlHeaders }) }));
    let link;
    try {
      link = await this.conn.ready(what, 0);
    } catch (err) {
      throw toHeraldError(err, what, this.conn.isClosing);
    }
    const acks: Promise<PubAck>[] = [];
    for (const m of prepared) {
      await this.window.acquire();
      const ack = link.js.publish(m.subject, m.body, { msgID: m.msgId, headers: m.hdrs, timeout: this.options.publishTimeoutMs });
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
