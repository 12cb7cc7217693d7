import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AckPolicy, jetstreamManager, StorageType, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { Transport } from 'herald';
import { ProvisionDriftError } from 'herald/nats';
import { broker, channel, isolated, json, makeTransport, natsSkip, outbound, rawConnection, spec, unique, waitUntil, type Broker } from './nats-broker.js';

const title = natsSkip ? `nats transport: provisioning (skipped: ${natsSkip})` : 'nats transport: provisioning';

describe.skipIf(!!natsSkip)(title, () => {
  let b: Broker;
  let nc: NatsConnection;
  let jsm: JetStreamManager;
  const open: Transport[] = [];
  const transport = (extra = {}) => {
    const t = makeTransport(b.url, extra);
    open.push(t);
    return t;
  };

  beforeAll(async () => {
    b = await broker();
    nc = await rawConnection(b.url);
    jsm = await jetstreamManager(nc);
  });
  afterAll(async () => {
    await Promise.allSettled(open.map((t) => t.close()));
    await nc?.close();
    await b?.stop();
  });

  it('creates one file-backed stream per channel on events.<subject pattern>, idempotently', async () => {
    const names = isolated(b.url);
    const a = channel('vendorCreated', 'vendor.created');
    const p = channel('vendorLocation', 'vendor.{vendorId}.location', ['vendorId']);
    const t = transport(names);
    await t.provision([a, p]);
    const info = await jsm.streams.info(`${names.streamPrefix}_vendorCreated`);
    expect(info.config).toMatchObject({ subjects: [`${names.subjectPrefix}.vendor.created`], storage: StorageType.File, retention: 'limits' });
    expect((await jsm.streams.info(`${names.streamPrefix}_vendorLocation`)).config.subjects).toEqual([`${names.subjectPrefix}.vendor.*.location`]);
    expect((await jsm.streams.info(`${names.streamPrefix}_DLQ`)).config.subjects).toEqual([`${names.streamPrefix}.dlq.>`]);
    // Again, from this and from another instance: nothing changes.
    await t.provision([a, p]);
    await transport(names).provision([p, a]);
    const again = await jsm.streams.info(`${names.streamPrefix}_vendorCreated`);
    expect(again.created).toBe(info.created);
    expect(again.config).toEqual(info.config);
  });

  it('reports drift in subjects, storage or retention with a typed error and details', async () => {
    const names = isolated(b.url);
    const ch = channel('orders', 'orders.created');
    await jsm.streams.add({ name: `${names.streamPrefix}_orders`, subjects: [`${names.subjectPrefix}.orders.old`], storage: StorageType.Memory });
    const err = await transport(names)
      .provision([ch])
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProvisionDriftError);
    expect(err).toMatchObject({
      code: 'PROVISION_DRIFT',
      details: {
        stream: `${names.streamPrefix}_orders`,
        channel: 'orders',
        drift: { subjects: { expected: [`${names.subjectPrefix}.orders.created`], actual: [`${names.subjectPrefix}.orders.old`] }, storage: { expected: 'file', actual: 'memory' } },
      },
    });
    // Nothing was changed on the server.
    expect((await jsm.streams.info(`${names.streamPrefix}_orders`)).config.subjects).toEqual([`${names.subjectPrefix}.orders.old`]);
  });

  it('updates limits set explicitly in options on an existing stream', async () => {
    const names = isolated(b.url);
    const ch = channel('limits', 'limits.events');
    await transport(names).provision([ch]);
    await transport({ ...names, stream: { duplicateWindowMs: 30_000, maxAgeMs: 3_600_000 } }).provision([ch]);
    const info = await jsm.streams.info(`${names.streamPrefix}_limits`);
    expect(info.config.duplicate_window).toBe(30_000 * 1_000_000);
    expect(info.config.max_age).toBe(3_600_000 * 1_000_000);
  });

  it('uses an existing stream that already captures the channel (e.g. one ops stream for all events)', async () => {
    const names = isolated(b.url);
    const opsStream = unique('OPS');
    await jsm.streams.add({ name: opsStream, subjects: [`${names.subjectPrefix}.>`] });
    const ch = channel('shared', 'shared.events');
    const t = transport(names);
    await t.provision([ch]);
    await expect(jsm.streams.info(`${names.streamPrefix}_shared`)).rejects.toThrow(/not found/);
    await t.publish([outbound(ch, { n: 1 })]);
    const got: unknown[] = [];
    await t.subscribe(spec(ch, 'g'), async (m) => {
      got.push(json(m.body));
      expect(m.position.stream).toBe(opsStream);
      await m.ack();
    });
    await waitUntil(() => got.length === 1, 'the event through the ops stream');
  });

  it('a narrower channel lives in the stream of a wider one; partly overlapping ones are drift', async () => {
    const names = isolated(b.url);
    const wide = channel('anyStatus', 'status.{kind}', ['kind']);
    const narrow = channel('vendorStatus', 'status.vendor');
    const t = transport(names);
    await t.provision([narrow, wide]);
    await expect(jsm.streams.info(`${names.streamPrefix}_vendorStatus`)).rejects.toThrow(/not found/);
    const crossing = channel('crossing', '{x}.vendor', ['x']);
    const err = await t.provision([crossing]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProvisionDriftError);
    expect((err as ProvisionDriftError).details.overlapping).toHaveProperty(`${names.streamPrefix}_anyStatus`);
  });

  it('durable pull consumer per group and channel with the subscription settings; conflicting consumers are drift', async () => {
    const names = isolated(b.url);
    const ch = channel('payments', 'payments.done');
    const t = transport(names);
    await t.provision([ch]);
    const sub = await t.subscribe(spec(ch, 'ledger svc', { maxDeliver: 6, ackWaitMs: 12_000, concurrency: 3 }), async (m) => m.ack());
    const stream = `${names.streamPrefix}_payments`;
    const consumers = [];
    for await (const c of jsm.consumers.list(stream)) consumers.push(c);
    expect(consumers).toHaveLength(1);
    expect(consumers[0]!.name).toBe('ledger_20svc_-payments');
    expect(consumers[0]!.config).toMatchObject({
      durable_name: 'ledger_20svc_-payments',
      ack_policy: AckPolicy.Explicit,
      filter_subject: `${names.subjectPrefix}.payments.done`,
      max_deliver: 6,
      ack_wait: 12_000 * 1_000_000,
      max_ack_pending: 1000,
      deliver_policy: 'all',
    });
    await sub.close();
    // A later subscription with other settings updates them in place.
    const sub2 = await t.subscribe(spec(ch, 'ledger svc', { maxDeliver: 9, ackWaitMs: 20_000, ordered: true, concurrency: 1 }), async (m) => m.ack());
    expect((await jsm.consumers.info(stream, 'ledger_20svc_-payments')).config).toMatchObject({ max_deliver: 9, ack_wait: 20_000 * 1_000_000, max_ack_pending: 1 });
    await sub2.close();
    // Someone else's consumer under that name, filtering something else: refused, untouched.
    await jsm.consumers.add(stream, { durable_name: 'other_-payments', ack_policy: AckPolicy.Explicit, filter_subject: `${names.subjectPrefix}.payments.*` });
    const err = await t.subscribe(spec(ch, 'other'), async (m) => m.ack()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProvisionDriftError);
    expect((err as ProvisionDriftError).details).toMatchObject({ consumer: 'other_-payments', drift: { filter_subject: { expected: `${names.subjectPrefix}.payments.done` } } });
    expect((await jsm.consumers.info(stream, 'other_-payments')).config.filter_subject).toBe(`${names.subjectPrefix}.payments.*`);
  });
});
