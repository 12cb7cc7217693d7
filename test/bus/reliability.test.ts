import { describe, expect, it } from 'vitest';
import {
  ContractViolationError,
  InvalidOptionError,
  MemoryBroker,
  NonRetryableError,
  PayloadTooLargeError,
  SubscriptionConflictError,
  consoleLogger,
  createBus,
  defineContracts,
  memoryIdempotencyStore,
  memoryTransport,
  natsHeaderCodec,
  silentLogger,
  type EventEnvelope,
  type EventShape,
  type OutboundMessage,
} from 'herald';
import { VirtualClock, settle } from '../../runtime/testing/virtual-clock.js';
import { waitFor } from '../../runtime/testing/wait.js';
import { channel, descriptor } from '../support/descriptors.js';
import { tempDir } from '../support/temp-dir.js';

interface Account {
  id: string;
  email: string;
  name: string;
}

const accountSchema = {
  type: 'object',
  required: ['id', 'email', 'name'],
  properties: { id: { type: 'string', minLength: 1 }, email: { type: 'string', format: 'email' }, name: { type: 'string' } },
};

type Events = {
  'account.opened': EventShape<Account, { 1: Account }>;
};

const contracts = defineContracts<Events>([
  descriptor({ type: 'account.opened', schema: accountSchema, sensitive: ['/email'], partitionKey: '/id', aggregate: { type: 'account', idPointer: '/id' } }),
]);

const account = (n: number): Account => ({ id: `a${n}`, email: `user${n}@example.com`, name: `User ${n}` });

function rawMessage(headers: Record<string, string>, body: string | Uint8Array): OutboundMessage {
  const d = contracts.events[0]!;
  return {
    id: headers['ce-id'] ?? 'raw',
    channelId: d.channel.id,
    subject: d.channel.subject,
    topic: d.channel.topic,
    headers,
    body: typeof body === 'string' ? new TextEncoder().encode(body) : body,
  };
}

function goodHeaders(id: string, extra: Record<string, string> = {}) {
  return natsHeaderCodec.encode({ id, type: 'account.opened', source: 'raw', specversion: '1.0', dataversion: '1', ...extra });
}

async function setup(options: Partial<Parameters<typeof createBus<Events>>[0]> = {}) {
  const broker = new MemoryBroker({ clock: options.clock });
  const transport = memoryTransport({ broker });
  const bus = createBus<Events>({ contracts, transport, source: 'accounts', logger: silentLogger, retry: { baseMs: 10, maxMs: 50 }, ...options });
  const got: EventEnvelope<Account>[] = [];
  return { broker, transport, bus, got };
}

describe('bad input never crashes a consumer and is never lost', () => {
  const cases: Array<[string, Record<string, string>, string | Uint8Array, string, RegExp]> = [
    ['invalid JSON', goodHeaders('bad-json'), '{"id":', 'decode-failed', /not valid JSON/],
    ['empty body', goodHeaders('empty'), '', 'decode-failed', /empty body/],
    ['missing ce-id', natsHeaderCodec.encode({ type: 'account.opened', source: 'raw', specversion: '1.0' }), JSON.stringify(account(1)), 'decode-failed', /missing required attribute "id"/],
    ['missing ce-type', natsHeaderCodec.encode({ id: 'no-type', source: 'raw', specversion: '1.0' }), JSON.stringify(account(1)), 'decode-failed', /missing required attribute "type"/],
    ['wrong specversion', goodHeaders('v03', { specversion: '0.3' }), JSON.stringify(account(1)), 'decode-failed', /unsupported specversion "0.3"/],
    ['unknown type', goodHeaders('unknown', { type: 'account.exploded' }), JSON.stringify(account(1)), 'unknown-event', /Unknown event type "account.exploded"/],
    ['unknown version', goodHeaders('v9', { dataversion: '9' }), JSON.stringify(account(1)), 'unknown-event', /version 9/],
    ['malformed percent-encoding', { ...goodHeaders('pct'), 'ce-actor': '%E0%A4%A' }, JSON.stringify(account(1)), 'decode-failed', /percent-encoding/],
    ['payload over the maximum', goodHeaders('big'), JSON.stringify({ ...account(1), name: 'x'.repeat(2048) }), 'decode-failed', /over the maximum of 1024 bytes/],
    ['__proto__ key', goodHeaders('proto'), '{"id":"a1","email":"a@b.co","name":"n","__proto__":{"polluted":true}}', 'decode-failed', /forbidden key at \/__proto__/],
    ['constructor.prototype key', goodHeaders('ctor'), '{"id":"a1","email":"a@b.co","name":"n","x":{"constructor":{"prototype":{"polluted":true}}}}', 'decode-failed', /forbidden key at \/x\/constructor/],
    ['contract violation', goodHeaders('invalid'), JSON.stringify({ id: 'a1', email: 'not-an-email' }), 'contract-violation', /\/name required.*|\/email format/s],
  ];

  for (const [name, headers, body, reason, message] of cases) {
    it(`${name} → dead letter "${reason}", and the next event is handled`, async () => {
      const { transport, bus, got } = await setup({ maxPayloadBytes: 1024 });
      await bus.subscribe('account.opened', (e) => void got.push(e), { group: 'g' });
      await transport.publish([rawMessage(headers, body)]);
      await bus.publish('account.opened', account(2));
      await waitFor(() => got.length === 1, 5000, 'the good event');
      await waitFor(async () => (await bus.deadLetters.list()).length === 1, 5000, 'the dead letter');
      const [dead] = await bus.deadLetters.list();
      expect(dead!.reason).toBe(reason);
      expect(dead!.error.message).toMatch(message);
      expect(dead!.group).toBe('g');
      expect(dead!.original.headers).toEqual(headers);
      expect(Buffer.from(dead!.original.body).toString()).toBe(Buffer.from(body).toString());
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      await bus.close();
    });
  }

  it('a plain "constructor" property is ordinary data', async () => {
    const schema = { type: 'object', properties: { constructor: { type: 'string' } } };
    type E = { 'odd.thing': EventShape<{ constructor?: string }, { 1: { constructor?: string } }> };
    const bus = createBus<E>({ contracts: defineContracts<E>([descriptor({ type: 'odd.thing', schema })]), transport: memoryTransport(), source: 's', logger: silentLogger });
    const got: unknown[] = [];
    await bus.subscribe('odd.thing', (e) => void got.push(e.data), { group: 'g' });
    await bus.publish('odd.thing', { constructor: 'fine' });
    await waitFor(() => got.length === 1, 5000, 'event');
    expect(got[0]).toEqual({ constructor: 'fine' });
    await bus.close();
  });

  it('a handler that throws a non-Error is retried, then dead-lettered with the value described', async () => {
    const { bus } = await setup({ retry: { retries: 1, baseMs: 1, maxMs: 1 } });
    await bus.subscribe('account.opened', () => {
      throw { weird: 'object' };
    }, { group: 'g' });
    await bus.publish('account.opened', account(1));
    await waitFor(async () => (await bus.deadLetters.list()).length === 1, 5000, 'dead letter');
    const [dead] = await bus.deadLetters.list();
    expect(dead!.reason).toBe('handler-failed');
    expect(dead!.attempts).toBe(2);
    expect(dead!.error).toMatchObject({ name: 'NonErrorThrown', message: 'non-Error thrown: {"weird":"object"}' });
    await bus.close();
  });

  it('a handler that never settles times out, is retried and finally dead-lettered', async () => {
    const clock = new VirtualClock();
    const { bus } = await setup({ clock, handlerTimeoutMs: 5000, retry: { retries: 2, baseMs: 1000, factor: 2, jitter: 0 } });
    let calls = 0;
    const signals: AbortSignal[] = [];
    await bus.subscribe('account.opened', (_e, ctx) => {
      calls++;
      signals.push(ctx.signal);
      return new Promise(() => {});
    }, { group: 'g' });
    await bus.publish('account.opened', account(1));
    await clock.advance(5000); // first attempt times out
    expect(calls).toBe(1);
    expect(signals[0]!.aborted).toBe(true);
    await clock.advance(1000 + 5000); // retry 1 after 1 s, times out
    await clock.advance(2000 + 5000); // retry 2 after 2 s, times out → DLQ
    expect(calls).toBe(3);
    const [dead] = await bus.deadLetters.list();
    expect(dead).toMatchObject({ reason: 'handler-failed', attempts: 3, error: { name: 'HandlerTimeoutError', code: 'HANDLER_TIMEOUT' } });
    expect(Date.parse(dead!.lastFailureAt) - Date.parse(dead!.firstFailureAt)).toBe(1000 + 5000 + 2000 + 5000);
    await bus.close();
  });
});

describe('retries', () => {
  it('back off exponentially with the configured policy, then dead-letter', async () => {
    const clock = new VirtualClock();
    const { bus } = await setup({ clock, retry: { retries: 3, baseMs: 1000, factor: 2, maxMs: 3000, jitter: 0 } });
    const at: number[] = [];
    await bus.subscribe('account.opened', () => {
      at.push(clock.now());
      throw new Error('down');
    }, { group: 'g' });
    await bus.publish('account.opened', account(1));
    await clock.runAll();
    const gaps = at.slice(1).map((t, i) => t - at[i]!);
    expect(gaps).toEqual([1000, 2000, 3000]); // capped at maxMs
    const [dead] = await bus.deadLetters.list();
    expect(dead).toMatchObject({ reason: 'handler-failed', attempts: 4, error: { message: 'down' } });
    expect(bus.metrics.count('events_retried_total')).toBe(3);
    expect(bus.metrics.count('events_dead_lettered_total', { reason: 'handler-failed' })).toBe(1);
    await bus.close();
  });

  it('default policy: 3 retries from 1 s, ×2, jittered down by at most 20 %', async () => {
    const clock = new VirtualClock();
    const { bus } = await setup({ clock, retry: undefined });
    const at: number[] = [];
    await bus.subscribe('account.opened', () => {
      at.push(clock.now());
      throw new Error('down');
    }, { group: 'g' });
    await bus.publish('account.opened', account(1));
    await clock.runAll();
    const gaps = at.slice(1).map((t, i) => t - at[i]!);
    expect(gaps).toHaveLength(3);
    gaps.forEach((g, i) => {
      expect(g).toBeLessThanOrEqual(1000 * 2 ** i);
      expect(g).toBeGreaterThanOrEqual(800 * 2 ** i);
    });
    await bus.close();
  });

  it('NonRetryableError goes straight to the dead-letter queue', async () => {
    const { bus } = await setup();
    let calls = 0;
    await bus.subscribe('account.opened', () => {
      calls++;
      throw new NonRetryableError('invalid state');
    }, { group: 'g' });
    await bus.publish('account.opened', account(1));
    await waitFor(async () => (await bus.deadLetters.list()).length === 1, 5000, 'dead letter');
    expect(calls).toBe(1);
    expect((await bus.deadLetters.list())[0]).toMatchObject({ reason: 'non-retryable', attempts: 1 });
    await bus.close();
  });
});

describe('publishing', () => {
  it('rejects an invalid payload with every issue, sending nothing', async () => {
    const { bus, got } = await setup();
    await bus.subscribe('account.opened', (e) => void got.push(e), { group: 'g' });
    const err = await bus.publish('account.opened', { id: '', email: 'nope', extra: 1 } as unknown as Account).catch((e) => e);
    expect(err).toBeInstanceOf(ContractViolationError);
    expect(err.code).toBe('CONTRACT_VIOLATION');
    expect(err.issues.map((i: { path: string; keyword: string }) => `${i.path} ${i.keyword}`).sort()).toEqual(
      ['/email format', '/extra additionalProperties', '/id minLength', '/name required'].sort(),
    );
    await settle();
    expect(got).toEqual([]);
    await bus.close();
  });

  it('rejects a payload over the maximum', async () => {
    const { bus } = await setup({ maxPayloadBytes: 100 });
    await expect(bus.publish('account.opened', { ...account(1), name: 'x'.repeat(200) })).rejects.toBeInstanceOf(PayloadTooLargeError);
    await bus.close();
  });

  it('publishBatch validates everything first and sends in order', async () => {
    const { bus, got } = await setup();
    await bus.subscribe('account.opened', (e) => void got.push(e), { group: 'g', ordered: true, concurrency: 1 });
    const bad = await bus.publishBatch([{ type: 'account.opened', data: account(1) }, { type: 'account.opened', data: { id: 'x' } as Account }]).catch((e) => e);
    expect(bad).toBeInstanceOf(ContractViolationError);
    expect(bad.details.batchIndex).toBe(1);
    const receipts = await bus.publishBatch([1, 2, 3].map((n) => ({ type: 'account.opened' as const, data: account(n), options: { partitionKey: 'same' } })));
    await waitFor(() => got.length === 3, 5000, 'batch');
    expect(got.map((e) => e.id)).toEqual(receipts.map((r) => r.id));
    await bus.close();
  });

  it('per-event options land in the envelope; metadata names are checked', async () => {
    const { bus, got } = await setup();
    await bus.subscribe('account.opened', (e) => void got.push(e), { group: 'g' });
    await bus.publish('account.opened', account(1), {
      correlationId: 'corr-1',
      causationId: 'cause-1',
      partitionKey: 'pk',
      aggregate: { version: 7 },
      priority: 'critical',
      actor: 'admin',
      traceParent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
      metadata: { tenant: 'acme ✓' },
      time: '2026-01-02T03:04:05.678Z',
    });
    await waitFor(() => got.length === 1, 5000, 'event');
    expect(got[0]).toMatchObject({
      correlationId: 'corr-1',
      causationId: 'cause-1',
      partitionKey: 'pk',
      aggregate: { type: 'account', id: 'a1', version: 7 },
      priority: 'critical',
      actor: 'admin',
      traceParent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
      metadata: { tenant: 'acme ✓' },
      time: '2026-01-02T03:04:05.678Z',
      dataVersion: 1,
    });
    await expect(bus.publish('account.opened', account(1), { metadata: { 'Bad-Name': 'x' } })).rejects.toBeInstanceOf(InvalidOptionError);
    await expect(bus.publish('account.opened', account(1), { metadata: { correlationid: 'x' } })).rejects.toBeInstanceOf(InvalidOptionError);
    await bus.close();
  });

  it('a handler publishing inherits the correlation id and names its cause', async () => {
    type E2 = Events & { 'account.welcomed': EventShape<{ id: string }, { 1: { id: string } }> };
    const c2 = defineContracts<E2>([...contracts.events, descriptor({ type: 'account.welcomed', schema: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } })]);
    const bus = createBus<E2>({ contracts: c2, transport: memoryTransport(), source: 's', logger: silentLogger });
    const got: EventEnvelope[] = [];
    await bus.subscribe('account.opened', async (e) => {
      await new Promise((r) => setTimeout(r, 1));
      await bus.publish('account.welcomed', { id: e.data.id });
    }, { group: 'welcome' });
    await bus.subscribe('account.welcomed', (e) => void got.push(e), { group: 'audit' });
    const receipt = await bus.publish('account.opened', account(1), { correlationId: 'req-42' });
    await waitFor(() => got.length === 1, 5000, 'welcome');
    expect(got[0]).toMatchObject({ correlationId: 'req-42', causationId: receipt.id });
    // Outside a handler nothing is inherited.
    const plain = await bus.publish('account.welcomed', { id: 'x' });
    await waitFor(() => got.length === 2, 5000, 'second');
    expect(got[1]!.correlationId).toBe(plain.id);
    expect(got[1]!.causationId).toBeUndefined();
    await bus.close();
  });
});

describe('subscriptions', () => {
  it('refuse a second subscription of one group to one channel on one bus', async () => {
    const { bus } = await setup();
    await bus.subscribe('account.opened', () => {}, { group: 'g' });
    await expect(bus.subscribe('account.opened', () => {}, { group: 'g' })).rejects.toBeInstanceOf(SubscriptionConflictError);
    await bus.subscribe('account.opened', () => {}, { group: 'other' });
    await bus.close();
  });

  it('need a group and known event types', async () => {
    const { bus } = await setup();
    await expect(bus.subscribe('account.opened', () => {}, { group: '' })).rejects.toBeInstanceOf(InvalidOptionError);
    await expect(bus.subscribe('nope' as 'account.opened', () => {}, { group: 'g' })).rejects.toThrow(/Unknown event type "nope"/);
    await bus.close();
  });
});

describe('idempotency', () => {
  it('skips an event a group already processed (same source and id)', async () => {
    const { bus, got } = await setup({ idempotency: memoryIdempotencyStore() });
    await bus.subscribe('account.opened', (e) => void got.push(e), { group: 'g' });
    await bus.publish('account.opened', account(1), { id: 'fixed-id' });
    await bus.publish('account.opened', account(1), { id: 'fixed-id' });
    await bus.publish('account.opened', account(2));
    await waitFor(() => got.length === 2 && bus.metrics.count('events_duplicate_total') === 1, 5000, 'dedupe');
    expect(got.map((e) => e.data.id)).toEqual(['a1', 'a2']);
    await bus.close();
  });

  it('the memory store forgets keys after their TTL', async () => {
    const clock = new VirtualClock();
    const store = memoryIdempotencyStore({ ttlMs: 1000, clock });
    await store.add('k');
    expect(await store.has('k')).toBe(true);
    await clock.advance(999);
    expect(await store.has('k')).toBe(true);
    await clock.advance(1);
    expect(await store.has('k')).toBe(false);
  });
});

describe('outbox', () => {
  it('stores events while the broker is down and delivers them in order when it is back', async () => {
    const dir = await tempDir('outbox');
    const { broker, bus, got } = await setup({ outbox: { dir }, publishRetry: { attempts: 2, baseMs: 1, maxMs: 1 } });
    await bus.subscribe('account.opened', (e) => void got.push(e), { group: 'g', ordered: true, concurrency: 1 });
    broker.setAvailable(false);
    const receipts = [];
    for (let n = 0; n < 5; n++) receipts.push(await bus.publish('account.opened', account(n), { partitionKey: 'one' }));
    expect(receipts.every((r) => r.deliveredTo === 'outbox')).toBe(true);
    expect((await bus.health()).outbox.backlog).toBe(5);
    expect((await bus.health()).status).toBe('down');
    broker.setAvailable(true);
    await bus.flush();
    await waitFor(() => got.length === 5, 5000, 'relayed events');
    expect(got.map((e) => e.id)).toEqual(receipts.map((r) => r.id));
    expect((await bus.health()).outbox.backlog).toBe(0);
    await bus.close();
  });

  it('a restarted process delivers what an earlier one left in the outbox', async () => {
    const dir = await tempDir('outbox');
    const first = await setup({ outbox: { dir }, publishRetry: { attempts: 1, baseMs: 1, maxMs: 1 } });
    first.broker.setAvailable(false);
    const receipts = await Promise.all([1, 2, 3].map((n) => first.bus.publish('account.opened', account(n))));
    await first.bus.close();
    const second = await setup({ outbox: { dir } });
    await second.bus.subscribe('account.opened', (e) => void second.got.push(e), { group: 'g' });
    await waitFor(() => second.got.length === 3, 5000, 'recovered events');
    expect(new Set(second.got.map((e) => e.id))).toEqual(new Set(receipts.map((r) => r.id)));
    await second.bus.close();
  });

  it('without an outbox, an unreachable broker rejects with a retriable PublishError', async () => {
    const { broker, bus } = await setup({ publishRetry: { attempts: 2, baseMs: 1, maxMs: 1 } });
    broker.setAvailable(false);
    const err = await bus.publish('account.opened', account(1)).catch((e) => e);
    expect(err).toMatchObject({ name: 'PublishError', code: 'PUBLISH_FAILED', retriable: true });
    expect(err.cause).toMatchObject({ code: 'TRANSPORT_UNAVAILABLE' });
    await bus.close();
  });
});

describe('shutdown', () => {
  it('finishes in-flight handlers, acks them, and a second close is harmless', async () => {
    const broker = new MemoryBroker();
    const a = createBus<Events>({ contracts, transport: memoryTransport({ broker }), source: 's', logger: silentLogger });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let started = 0;
    let finished = 0;
    await a.subscribe('account.opened', async () => {
      started++;
      await gate;
      finished++;
    }, { group: 'g' });
    await a.publish('account.opened', account(1));
    await waitFor(() => started === 1, 5000, 'handler start');
    const closing = a.close();
    setTimeout(release, 20);
    await closing;
    await a.close();
    expect(finished).toBe(1);
    // Acked: another instance of the group gets nothing again.
    const b = createBus<Events>({ contracts, transport: memoryTransport({ broker }), source: 's', logger: silentLogger });
    const again: unknown[] = [];
    await b.subscribe('account.opened', (e) => void again.push(e), { group: 'g' });
    await b.publish('account.opened', account(2));
    await waitFor(() => again.length === 1, 5000, 'next event');
    expect(again).toHaveLength(1);
    await b.close();
    await expect(a.publish('account.opened', account(3))).rejects.toMatchObject({ code: 'TRANSPORT_CLOSED' });
  });

  it('gives up on a stuck handler at the deadline; the event goes back to the group', async () => {
    const broker = new MemoryBroker();
    const a = createBus<Events>({ contracts, transport: memoryTransport({ broker }), source: 's', logger: silentLogger, shutdownTimeoutMs: 50 });
    await a.subscribe('account.opened', () => new Promise(() => {}), { group: 'g' });
    const receipt = await a.publish('account.opened', account(1));
    await settle();
    await a.close();
    const b = createBus<Events>({ contracts, transport: memoryTransport({ broker }), source: 's', logger: silentLogger });
    const again: EventEnvelope[] = [];
    await b.subscribe('account.opened', (e) => void again.push(e), { group: 'g' });
    await waitFor(() => again.length === 1, 5000, 'redelivery');
    expect(again[0]!.id).toBe(receipt.id);
    await b.close();
  });
});

describe('observability', () => {
  it('health reports transport, outbox, dead letters and subscriptions', async () => {
    const { bus } = await setup();
    await bus.subscribe('account.opened', () => {
      throw new NonRetryableError('no');
    }, { group: 'g' });
    await bus.publish('account.opened', account(1));
    await waitFor(async () => (await bus.deadLetters.list()).length === 1, 5000, 'dead letter');
    const health = await bus.health();
    expect(health).toMatchObject({
      status: 'ok',
      transport: { name: 'memory', connected: true },
      outbox: { enabled: false, backlog: 0 },
      deadLetters: { 'g/non-retryable': 1 },
      subscriptions: [{ group: 'g', channel: 'account.opened', types: ['account.opened'] }],
    });
    await bus.close();
  });

  it('metrics count and time everything, in Prometheus text too', async () => {
    const { bus, got } = await setup();
    await bus.subscribe('account.opened', (e) => void got.push(e), { group: 'g' });
    await bus.publish('account.opened', account(1));
    await waitFor(() => bus.metrics.count('events_consumed_total') === 1, 5000, 'consumed');
    const text = bus.metrics.prometheus();
    expect(text).toContain('# TYPE herald_events_published_total counter');
    expect(text).toContain('herald_events_published_total{type="account.opened"} 1');
    expect(text).toContain('herald_events_consumed_total{group="g",type="account.opened"} 1');
    expect(text).toMatch(/herald_handler_duration_seconds_bucket\{group="g",le="\+Inf",type="account.opened"\} 1/);
    expect(text).toMatch(/herald_end_to_end_seconds_count\{group="g",type="account.opened"\} 1/);
    expect(text).toContain('herald_outbox_backlog 0');
    const snap = bus.metrics.snapshot();
    expect(snap.histograms.handler_duration_seconds![0]!.count).toBe(1);
    await bus.close();
  });

  it('the logger never sees sensitive payload fields', async () => {
    const lines: string[] = [];
    const { bus, got } = await setup({ logger: consoleLogger('debug', (l) => lines.push(l)) });
    await bus.subscribe('account.opened', (e) => {
      got.push(e);
      if (got.length === 1) throw new Error('once');
    }, { group: 'g' });
    await bus.publish('account.opened', account(7));
    await waitFor(() => got.length === 2, 5000, 'retry');
    const all = lines.join('\n');
    expect(all).toContain('handling event');
    expect(all).toContain('[REDACTED]');
    expect(all).toContain('User 7');
    expect(all).not.toContain('user7@example.com');
    await bus.close();
  });
});

describe('contract versions', () => {
  interface V1 {
    id: string;
    total: number;
  }
  interface V2 {
    id: string;
    total: { amount: number; currency: string };
  }
  type VEvents = { 'order.placed': EventShape<V2, { 1: V1; 2: V2 }> };
  const ch = channel('order.placed');
  const v1 = descriptor({ type: 'order.placed', version: 1, channel: ch, schema: { type: 'object', required: ['id', 'total'], properties: { id: { type: 'string' }, total: { type: 'integer' } } } });
  const v2 = descriptor({
    type: 'order.placed',
    version: 2,
    channel: ch,
    schema: { type: 'object', required: ['id', 'total'], properties: { id: { type: 'string' }, total: { type: 'object', required: ['amount', 'currency'], properties: { amount: { type: 'integer' }, currency: { type: 'string', pattern: '^[A-Z]{3}$' } } } } },
  });
  type U = { 'order.placed': { 1: (d: V1) => V2 } };
  const both = defineContracts<VEvents, U>([v1, v2]);
  const legacy = defineContracts<{ 'order.placed': EventShape<V1, { 1: V1 }> }>([v1]);

  it('a consumer receives the latest version, older ones upcast', async () => {
    const broker = new MemoryBroker();
    const oldProducer = createBus({ contracts: legacy, transport: memoryTransport({ broker }), source: 'old', logger: silentLogger });
    const consumer = createBus({
      contracts: both,
      transport: memoryTransport({ broker }),
      source: 'new',
      logger: silentLogger,
      upcasters: { 'order.placed': { 1: (d: V1): V2 => ({ id: d.id, total: { amount: d.total, currency: 'EUR' } }) } },
    });
    const got: EventEnvelope<V2>[] = [];
    await consumer.subscribe('order.placed', (e) => void got.push(e), { group: 'g' });
    await oldProducer.publish('order.placed', { id: 'o1', total: 1250 });
    await consumer.publish('order.placed', { id: 'o2', total: { amount: 99, currency: 'USD' } });
    await waitFor(() => got.length === 2, 5000, 'both versions');
    expect(got.map((e) => [e.data, e.dataVersion])).toEqual([
      [{ id: 'o1', total: { amount: 1250, currency: 'EUR' } }, 2],
      [{ id: 'o2', total: { amount: 99, currency: 'USD' } }, 2],
    ]);
    await Promise.all([oldProducer.close(), consumer.close()]);
  });

  it('a missing upcaster is refused when the bus is created', () => {
    expect(() => createBus({ contracts: both, transport: memoryTransport(), source: 's', upcasters: {} as U })).toThrow(/missing upcasters for order.placed v1/);
  });

  it('a failing or wrong upcaster dead-letters the event with a clear reason', async () => {
    for (const [fn, message] of [
      [() => { throw new Error('bad data'); }, /upcaster from order.placed v1 threw: bad data/],
      [(d: V1) => ({ id: d.id, total: d.total }), /produced an invalid payload/],
    ] as const) {
      const broker = new MemoryBroker();
      const oldProducer = createBus({ contracts: legacy, transport: memoryTransport({ broker }), source: 'old', logger: silentLogger });
      const consumer = createBus({ contracts: both, transport: memoryTransport({ broker }), source: 'new', logger: silentLogger, upcasters: { 'order.placed': { 1: fn as unknown as (d: V1) => V2 } } });
      await consumer.subscribe('order.placed', () => {}, { group: 'g' });
      await oldProducer.publish('order.placed', { id: 'o1', total: 5 });
      await waitFor(async () => (await consumer.deadLetters.list()).length === 1, 5000, 'dead letter');
      const [dead] = await consumer.deadLetters.list();
      expect(dead!.reason).toBe('upcast-failed');
      expect(dead!.error.message).toMatch(message);
      await Promise.all([oldProducer.close(), consumer.close()]);
    }
  });
});
