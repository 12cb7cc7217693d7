import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBus, NonRetryableError, silentLogger, type Bus, type Transport } from 'herald';
import { natsTransport } from 'herald/nats';
import { kafkaTransport } from 'herald/kafka';
import { kafkaForTests } from '../harness/kafka-broker.js';
import { run } from '../../generator/cli.js';
import { sampleContracts, type SampleEvents } from '../../runtime/testing/sample-contracts.js';
import { waitFor } from '../../runtime/testing/wait.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';
import { natsSkip, canStartServers } from '../transports/nats/nats-broker.js';


function dlqSuite(kind: 'nats' | 'kafka', skip: string | undefined, start: () => Promise<{ flags: string[]; transport: () => Transport; stop(): Promise<void> }>) {
describe.skipIf(!!skip)(`herald dlq on ${kind}${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let broker: Awaited<ReturnType<typeof start>>;
  let bus: Bus<SampleEvents>;
  let fail = true;
  const got: number[] = [];
  const cli = (...args: string[]) => run(['dlq', ...args, ...broker.flags]);

  beforeAll(async () => {
    broker = await start();
    bus = createBus<SampleEvents>({ contracts: sampleContracts(`cli${Date.now().toString(36)}`), transport: broker.transport(), source: 'cli-test', logger: silentLogger });
    await bus.subscribe(
      'sample.created',
      (e) => {
        if (fail) throw new NonRetryableError(`cannot take ${e.data.n}`);
        got.push(e.data.n);
      },
      { group: 'billing' },
    );
    for (const n of [1, 2, 3]) await bus.publish('sample.created', { n, key: `k${n}` });
    await waitFor(async () => (await bus.deadLetters.list()).length === 3, 20_000, 'three dead letters');
  });
  afterAll(async () => {
    await bus?.close();
    await broker?.stop();
  });

  it('lists, filters and shows dead letters', async () => {
    const table = await cli('list');
    expect(table.exitCode).toBe(0);
    expect(table.stdout).toMatch(/REASON\s+GROUP\s+TYPE/);
    expect(table.stdout).toContain('3 dead letters');
    const json = JSON.parse((await cli('list', '--format', 'json', '--group', 'billing', '--reason', 'non-retryable')).stdout);
    expect(json).toHaveLength(3);
    expect(json[0]).toMatchObject({ reason: 'non-retryable', group: 'billing', eventType: 'sample.created', attempts: 1 });
    expect(json.map((r: { original: { bodyText: string } }) => JSON.parse(r.original.bodyText).n).sort()).toEqual([1, 2, 3]);
    expect(JSON.parse((await cli('list', '--format', 'json', '--group', 'nobody')).stdout)).toEqual([]);
    const shown = await cli('show', json[1].id);
    expect(shown.exitCode).toBe(0);
    expect(shown.stdout).toContain('reason:          non-retryable');
    expect(shown.stdout).toContain(`NonRetryableError [NON_RETRYABLE]: cannot take ${JSON.parse(json[1].original.bodyText).n}`);
    expect(shown.stdout).toMatch(/ce[-_]type: sample.created/);
    expect((await cli('show', 'no-such-id')).exitCode).toBe(1);
  });

  it('replays one to its original destination and purges the rest', async () => {
    const [first, second] = JSON.parse((await cli('list', '--format', 'json')).stdout);
    fail = false;
    const replayed = await cli('replay', first.id);
    expect(replayed).toMatchObject({ exitCode: 0, stdout: 'replayed 1 dead letter\n' });
    const n = JSON.parse(first.original.bodyText).n;
    await waitFor(() => got.includes(n), 30_000, 'the replayed event');
    expect((await cli('purge', second.id)).stdout).toBe('purged 1 dead letter\n');
    expect((await cli('purge', '--all')).stdout).toBe('purged 1 dead letter\n');
    expect(JSON.parse((await cli('list', '--format', 'json')).stdout)).toEqual([]);
  });

});
}

describe('herald dlq usage', () => {
  it('reports usage and connection errors with exit code 2', async () => {
    expect((await run(['dlq', 'explode'])).exitCode).toBe(2);
    expect((await run(['dlq', 'show'])).stderr).toMatch(/needs an id/);
    expect((await run(['dlq', 'list', '--reason', 'bored'])).exitCode).toBe(2);
    expect((await run(['dlq', 'list', '--transport', 'memory'])).stderr).toMatch(/must be nats or kafka/);
    const unreachable = await run(['dlq', 'list', '--transport', 'nats', '--nats-url', 'nats://127.0.0.1:1']);
    expect(unreachable).toMatchObject({ exitCode: 2 });
    expect(unreachable.stderr).toMatch(/cannot connect to nats/);
  });
});

dlqSuite('nats', natsSkip ?? (canStartServers ? undefined : 'needs nats-server on PATH'), async () => {
  const server: NatsServerHandle = await startNatsServer({ jetstream: true });
  return {
    flags: ['--transport', 'nats', '--nats-url', server.url],
    transport: () => natsTransport({ servers: server.url, logger: { warn: () => {} } }),
    stop: () => server.stop(),
  };
});

const kafka = await kafkaForTests();
afterAll(() => kafka.stop());
dlqSuite('kafka', kafka.available ? undefined : kafka.reason, async () => {
  const brokers = kafka.available ? kafka.brokers : [];
  return {
    flags: ['--transport', 'kafka', '--kafka-brokers', brokers.join(',')],
    transport: () => kafkaTransport({ brokers, clientId: 'dlq-cli-test', sessionTimeoutMs: 6000, heartbeatIntervalMs: 500 }),
    stop: async () => {},
  };
});
