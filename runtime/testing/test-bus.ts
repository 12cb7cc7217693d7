// A bus for users' unit tests: the real bus over the memory transport, on a virtual clock,
// capturing everything published so tests can assert on it. Retries, timeouts and
// dead-lettering run as in production, only without waiting.

import { createBus, type Bus, type BusOptions } from '../bus/bus.js';
import { silentLogger } from '../bus/logger.js';
import type { EventMap, UpcasterMap } from '../core/contract.js';
import { decodeBody } from '../core/codec.js';
import { fromAttributes, type EventEnvelope } from '../core/envelope.js';
import type { OutboundMessage, Transport } from '../core/transport.js';
import type { EventType, HeraldEvent, PayloadOf } from '../bus/types.js';
import { MemoryBroker } from '../transports/memory/memory-broker.js';
import { memoryTransport } from '../transports/memory/memory-transport.js';
import { VirtualClock, settle } from './virtual-clock.js';

export type TestBusOptions<M extends EventMap<M>, U extends UpcasterMap<U>> = Omit<BusOptions<M, U>, 'transport' | 'source' | 'clock'> & {
  source?: string;
  /** Start time of the virtual clock (default 2026-01-01T00:00:00Z). */
  startAt?: Date;
};

export interface TestBus<M extends EventMap<M>> extends Bus<M> {
  readonly clock: VirtualClock;
  readonly broker: MemoryBroker;
  /** Every event published through this bus, in order, as subscribers would see it. */
  readonly published: ReadonlyArray<EventEnvelope>;
  /** The first published `type` whose payload contains `partial` (deeply); throws a readable error if none. */
  expectPublished<K extends EventType<M>>(type: K, partial?: DeepPartial<PayloadOf<M, K>>): HeraldEvent<M, K>;
  /** Published events of one type. */
  publishedOf<K extends EventType<M>>(type: K): Array<HeraldEvent<M, K>>;
  /** Let deliveries and handlers run, without moving the clock. */
  settle(): Promise<void>;
  /** Move virtual time forward, firing retries and timeouts that fall due. */
  advance(ms: number): Promise<void>;
  /** Fire every pending timer (retries, timeouts) until none is left. */
  runAll(): Promise<void>;
}

export type DeepPartial<T> = T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

export function createTestBus<M extends EventMap<M>, U extends UpcasterMap<U> = Record<never, never>>(options: TestBusOptions<M, U>): TestBus<M> {
  const clock = new VirtualClock(options.startAt?.getTime());
  const broker = new MemoryBroker({ clock });
  const inner = memoryTransport({ broker });
  const published: EventEnvelope[] = [];
  const capture = (m: OutboundMessage) => {
    const attrs = inner.codec.decode(m.headers);
    published.push(fromAttributes(attrs, decodeBody(m.body, Infinity)));
  };
  const transport: Transport = {
    ...inner,
    name: inner.name,
    features: inner.features,
    codec: inner.codec,
    deadLetters: inner.deadLetters,
    publish: async (messages) => {
      await inner.publish(messages);
      messages.forEach(capture);
    },
  };
  const bus = createBus<M, U>({
    logger: silentLogger,
    ...(options as BusOptions<M, U>),
    source: options.source ?? 'test',
    transport,
    clock,
  });

  const matches = (value: unknown, partial: unknown): boolean => {
    if (partial === undefined) return true;
    if (partial === null || typeof partial !== 'object') return Object.is(value, partial);
    if (value === null || typeof value !== 'object') return false;
    if (Array.isArray(partial)) return Array.isArray(value) && partial.every((p, i) => matches(value[i], p));
    return Object.entries(partial).every(([k, v]) => matches((value as Record<string, unknown>)[k], v));
  };

  return Object.assign(Object.create(bus) as Bus<M>, {
    clock,
    broker,
    published,
    publishedOf: (type: string) => published.filter((e) => e.type === type),
    expectPublished(type: string, partial?: unknown) {
      const hit = published.find((e) => e.type === type && matches(e.data, partial));
      if (hit) return hit;
      const same = published.filter((e) => e.type === type).map((e) => JSON.stringify(e.data));
      throw new Error(
        `expected ${type} to be published${partial === undefined ? '' : ` with ${JSON.stringify(partial)}`}; ` +
          (same.length ? `published ${type} payloads:\n  ${same.join('\n  ')}` : `published types: ${[...new Set(published.map((e) => e.type))].join(', ') || 'none'}`),
      );
    },
    settle: () => settle(10),
    advance: (ms: number) => clock.advance(ms),
    runAll: () => clock.runAll(),
  }) as unknown as TestBus<M>;
}
