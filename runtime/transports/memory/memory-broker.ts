// An in-process broker with the semantics the real ones give Herald: a log per channel,
// consumer groups that each see every message (from the start of the log), work shared
// among a group's members, explicit ack, delayed redelivery, ack-wait redelivery of
// messages whose consumer went silent, per-key ordering on request, and dead letters.
// Not durable: it lives as long as the process.

import { systemClock, type Clock } from '../../core/clock.js';
import type {
  DeadLetterFilter,
  DeadLetterRecord,
  DeadLetterStore,
  InboundMessage,
  MessageHandler,
  OutboundMessage,
  SubscriptionSpec,
} from '../../core/transport.js';

interface Stored {
  seq: number;
  message: OutboundMessage;
  publishedAt: number;
}

interface Delivery {
  stored: Stored;
  attempt: number;
}

interface Member {
  owner: object;
  handler: MessageHandler;
  concurrency: number;
  inFlight: Set<Promise<void>>;
  active: number;
  closed: boolean;
}

interface Group {
  name: string;
  ordered: boolean;
  ackWaitMs: number;
  /** Waiting deliveries from `head` on; taking from the front is O(1). */
  queue: Delivery[];
  head: number;
  members: Member[];
  nextMember: number;
  /** Ordering keys with an unsettled delivery (in flight or waiting for redelivery). */
  blocked: Set<string>;
  /** Unsettled deliveries by token, with the member that holds them. */
  unsettled: Map<number, { delivery: Delivery; member: Member; timer: unknown }>;
  scheduled: Set<unknown>;
}

interface Channel {
  log: Stored[];
  groups: Map<string, Group>;
}

export class MemoryBroker {
  readonly clock: Clock;
  private readonly channels = new Map<string, Channel>();
  private readonly dead: DeadLetterRecord[] = [];
  private seq = 0;
  private token = 0;
  private available = true;
  private dispatchPending = false;

  constructor(options: { clock?: Clock } = {}) {
    this.clock = options.clock ?? systemClock;
  }

  /** Simulate an outage: publishes fail with TransportUnavailableError and nothing is delivered. */
  setAvailable(available: boolean): void {
    this.available = available;
    if (available) this.schedule();
  }

  isAvailable(): boolean {
    return this.available;
  }

  append(message: OutboundMessage): void {
    const channel = this.channel(message.channelId);
    const stored: Stored = { seq: ++this.seq, message, publishedAt: this.clock.now() };
    channel.log.push(stored);
    for (const group of channel.groups.values()) group.queue.push({ stored, attempt: 1 });
    this.schedule();
  }

  join(owner: object, spec: SubscriptionSpec, handler: MessageHandler): Member {
    const channel = this.channel(spec.channel.id);
    let group = channel.groups.get(spec.group);
    if (!group) {
      group = {
        name: spec.group,
        ordered: spec.ordered,
        ackWaitMs: spec.ackWaitMs,
        queue: channel.log.map((stored) => ({ stored, attempt: 1 })),
        head: 0,
        members: [],
        nextMember: 0,
        blocked: new Set(),
        unsettled: new Map(),
        scheduled: new Set(),
      };
      channel.groups.set(spec.group, group);
    }
    group.ordered ||= spec.ordered;
    const member: Member = { owner, handler, concurrency: Math.max(1, spec.concurrency), inFlight: new Set(), active: 0, closed: false };
    group.members.push(member);
    this.schedule();
    return member;
  }

  /** Graceful leave: no new deliveries; in-flight ones may still settle until the deadline. */
  async leave(member: Member, deadlineMs: number): Promise<void> {
    member.closed = true;
    if (member.inFlight.size) {
      let timer: unknown;
      await Promise.race([
        Promise.allSettled([...member.inFlight]),
        new Promise<void>((r) => (timer = this.clock.setTimeout(r, deadlineMs))),
      ]);
      this.clock.clearTimeout(timer);
    }
    this.drop(member);
  }

  /** Abrupt leave, as when a consumer process dies: its unsettled deliveries go back to the group. */
  drop(member: Member): void {
    member.closed = true;
    for (const channel of this.channels.values()) {
      for (const group of channel.groups.values()) {
        const i = group.members.indexOf(member);
        if (i < 0) continue;
        group.members.splice(i, 1);
        for (const [token, u] of group.unsettled) {
          if (u.member !== member) continue;
          this.clock.clearTimeout(u.timer);
          group.unsettled.delete(token);
          group.blocked.delete(orderingKey(u.delivery.stored.message));
          requeueFront(group, { stored: u.delivery.stored, attempt: u.delivery.attempt + 1 });
        }
      }
    }
    this.schedule();
  }

  lag(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [id, channel] of this.channels) {
      for (const group of channel.groups.values()) out[`${group.name}/${id}`] = group.queue.length - group.head + group.unsettled.size;
    }
    return out;
  }

  readonly deadLetters: DeadLetterStore = {
    put: async (record) => {
      this.dead.push(structuredClone(record));
    },
    list: async (filter = {}) => this.dead.filter((r) => matches(r, filter)).slice(0, filter.limit ?? Infinity).map((r) => structuredClone(r)),
    get: async (id) => {
      const r = this.dead.find((d) => d.id === id);
      return r && structuredClone(r);
    },
    purge: async (filter = {}) => {
      let removed = 0;
      for (let i = this.dead.length - 1; i >= 0; i--) {
        const r = this.dead[i]!;
        if ((filter.ids ? filter.ids.includes(r.id) : true) && matches(r, filter)) {
          this.dead.splice(i, 1);
          removed++;
        }
      }
      return removed;
    },
    counts: async () => {
      const out: Record<string, number> = {};
      for (const r of this.dead) out[`${r.group}/${r.reason}`] = (out[`${r.group}/${r.reason}`] ?? 0) + 1;
      return out;
    },
  };

  private channel(id: string): Channel {
    let c = this.channels.get(id);
    if (!c) this.channels.set(id, (c = { log: [], groups: new Map() }));
    return c;
  }

  private schedule(): void {
    if (this.dispatchPending) return;
    this.dispatchPending = true;
    setImmediate(() => {
      this.dispatchPending = false;
      this.dispatch();
    });
  }

  private dispatch(): void {
    if (!this.available) return;
    for (const channel of this.channels.values()) for (const group of channel.groups.values()) this.dispatchGroup(group);
  }

  private dispatchGroup(group: Group): void {
    if (group.head > 1024 && group.head * 2 > group.queue.length) {
      group.queue = group.queue.slice(group.head);
      group.head = 0;
    }
    const skippedKeys = new Set<string>();
    for (let i = group.head; i < group.queue.length; ) {
      const member = this.pickMember(group);
      if (!member) return;
      const delivery = group.queue[i]!;
      const key = orderingKey(delivery.stored.message);
      if (group.ordered && (group.blocked.has(key) || skippedKeys.has(key))) {
        skippedKeys.add(key);
        i++;
        continue;
      }
      if (i === group.head) {
        group.queue[group.head++] = undefined as unknown as Delivery;
        i++;
      } else group.queue.splice(i, 1); // only when earlier keys are blocked (ordered groups)
      if (group.ordered) group.blocked.add(key);
      this.deliver(group, member, delivery);
    }
  }

  private pickMember(group: Group): Member | undefined {
    const n = group.members.length;
    for (let k = 0; k < n; k++) {
      const m = group.members[(group.nextMember + k) % n]!;
      if (!m.closed && m.active < m.concurrency) {
        group.nextMember = (group.nextMember + k + 1) % n;
        return m;
      }
    }
    return undefined;
  }

  private deliver(group: Group, member: Member, delivery: Delivery): void {
    const token = ++this.token;
    const key = orderingKey(delivery.stored.message);
    const timer = this.clock.setTimeout(() => {
      // The consumer went silent past ack-wait: redeliver, as a broker would.
      if (!group.unsettled.delete(token)) return;
      group.blocked.delete(key);
      requeueFront(group, { stored: delivery.stored, attempt: delivery.attempt + 1 });
      this.schedule();
    }, group.ackWaitMs);
    group.unsettled.set(token, { delivery, member, timer });
    member.active++;

    const settle = (then: () => void) => async () => {
      const u = group.unsettled.get(token);
      if (!u) return; // already redelivered after ack-wait, or the member was dropped
      this.clock.clearTimeout(u.timer);
      group.unsettled.delete(token);
      then();
      this.schedule();
    };
    const release = () => group.blocked.delete(key);
    const { message, publishedAt } = delivery.stored;
    const inbound: InboundMessage = {
      destination: message.subject,
      channelId: message.channelId,
      headers: message.headers,
      body: message.body,
      key: message.key,
      attempt: delivery.attempt,
      position: { sequence: delivery.stored.seq },
      publishedAt,
      ack: settle(release),
      term: async (_reason: string) => settle(release)(),
      retry: async (delayMs: number) =>
        settle(() => {
          const t = this.clock.setTimeout(() => {
            group.scheduled.delete(t);
            requeueFront(group, { stored: delivery.stored, attempt: delivery.attempt + 1 });
            release();
            this.schedule();
          }, Math.max(0, delayMs));
          group.scheduled.add(t);
        })(),
    };
    // A handler that throws without settling is redelivered after ack-wait; the bus never throws here.
    const run: Promise<void> = Promise.resolve()
      .then(() => member.handler(inbound))
      .catch(() => undefined)
      .finally(() => {
        member.active--;
        member.inFlight.delete(run);
        this.schedule();
      });
    member.inFlight.add(run);
  }
}

/** Redeliveries go before everything still waiting. */
function requeueFront(group: Group, delivery: Delivery): void {
  if (group.head > 0) group.queue[--group.head] = delivery;
  else group.queue.unshift(delivery);
}

function orderingKey(m: OutboundMessage): string {
  return m.key ?? m.subject;
}

function matches(r: DeadLetterRecord, f: DeadLetterFilter): boolean {
  return (
    (f.type === undefined || r.eventType === f.type) &&
    (f.group === undefined || r.group === f.group) &&
    (f.reason === undefined || r.reason === f.reason) &&
    (f.since === undefined || r.deadLetteredAt >= f.since) &&
    (f.until === undefined || r.deadLetteredAt <= f.until)
  );
}
