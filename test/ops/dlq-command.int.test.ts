import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBus, NonRetryableError, silentLogger, type Bus } from 'herald';
import { natsTransport } from 'herald/nats';
import { run } from '../../generator/cli.js';
import { sampleContracts, type SampleEvents } from '../../runtime/testing/sample-contracts.js';
import { waitFor } from '../../runtime/testing/wait.js';
import { startNatsServer, type NatsServerHandle } from '../harness/nats-server.js';
import { natsSkip, canStartServers } from '../transports/nats/nats-broker.js';

const skip = natsSkip ?? (canStartServers ? undefined : 'needs nats-server on PATH');

describe.skipIf(!!skip)(`herald dlq on NATS${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let server: NatsServerHandle;
  let bus: Bus<SampleEvents>;
  let fail = true;
  const got: number[] = [];
  const cli = (...args: string[]) => run(['dlq', ...args, '--transport', 'nats', '--nats-url', server.url]);

  beforeAll(async () => {
    server = await startNatsServer({ jetstream: true });
    bus = createBus<SampleEvents>({ contracts: sampleContracts('cli'), transport: natsTransport({ servers: server.url, logger: { warn: () => {} } }), source: 'cli-test', logger: silentLogger });
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
    await server?.stop();
  });

  it('lists, filters and shows dead letters', async () => {
    const table = await cli('list');
    expect(table.exitCode).toBe(0);
    expect(table.stdout).toMatch(/REASON\s+GROUP\s+TYPE/);
    expect(table.stdout).toContain('3 dead letters');
    const json = JSON.parse((await cli('list', '--format', 'json', '--group', 'billing', '--reason', 'non-retryable')).stdout);
    expect(json).toHaveLength(3);
    expect(json[0]).toMatchObject({ reason: 'non-retryable', group: 'billing', eventType: 'sample.created', attempts: 1 });
    expect(JSON.parse(json[0].original.bodyText).n).toBe(1);
    expect(JSON.parse((await cli('list', '--format', 'json', '--group', 'nobody')).stdout)).toEqual([]);
    const shown = await cli('show', json[1].id);
    expect(shown.exitCode).toBe(0);
    expect(shown.stdout).toContain('reason:          non-retryable');
    expect(shown.stdout).toContain('NonRetryableError [NON_RETRYABLE]: cannot take 2');
    expect(shown.stdout).toContain('ce-type: sample.created');
    expect((await cli('show', 'no-such-id')).exitCode).toBe(1);
  });

  it('replays one to its original destination and purges the rest', async () => {
    const [first, second] = JSON.parse((await cli('list', '--format', 'json')).stdout);
    fail = false;
    const replayed = await cli('replay', first.id);
    expect(replayed).toMatchObject({ exitCode: 0, stdout: 'replayed 1 dead letter\n' });
    await waitFor(() => got.includes(1), 20_000, 'the replayed event');
    expect((await cli('purge', second.id)).stdout).toBe('purged 1 dead letter\n');
    expect((await cli('purge', '--all')).stdout).toBe('purged 1 dead letter\n');
    expect(JSON.parse((await cli('list', '--format', 'json')).stdout)).toEqual([]);
  });

  it('reports usage errors with exit code 2', async () => {
    expect((await run(['dlq', 'explode'])).exitCode).toBe(2);
    expect((await run(['dlq', 'show'])).stderr).toMatch(/needs an id/);
    expect((await run(['dlq', 'list', '--reason', 'bored'])).exitCode).toBe(2);
    expect((await run(['dlq', 'list', '--transport', 'nats', '--nats-url', 'nats://127.0.0.1:1'])).stderr).toMatch(/cannot connect to nats/);
  });
});
