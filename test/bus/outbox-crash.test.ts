import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createBus, memoryIdempotencyStore, memoryTransport, silentLogger } from 'herald';
import { sampleContracts, type SampleEvents } from '../../runtime/testing/sample-contracts.js';
import { waitFor } from '../../runtime/testing/wait.js';
import { tempDir } from '../support/temp-dir.js';

describe('outbox survives SIGKILL', () => {
  it('every event whose publish resolved is delivered, and processed once', async () => {
    const dir = await tempDir('crash');
    const prefix = 'crash';
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=herald-source', 'test/bus/fixtures/outbox-publisher.ts', dir, prefix], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const resolved = new Set<string>();
    let buffer = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        const [word, id, where] = line.split(' ');
        if (word === 'resolved' && where === 'outbox') resolved.add(id!);
      }
    });
    const exited = new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_code, signal) => r(signal)));
    await waitFor(() => resolved.size >= 200, 60_000, '200 resolved publishes');
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const bus = createBus<SampleEvents>({
      contracts: sampleContracts(prefix),
      transport: memoryTransport(),
      source: 'recovery',
      logger: silentLogger,
      outbox: { dir },
      idempotency: memoryIdempotencyStore(),
    });
    const processed = new Map<string, number>();
    await bus.subscribe('sample.created', (e) => void processed.set(e.id, (processed.get(e.id) ?? 0) + 1), { group: 'audit' });
    await bus.flush();
    await waitFor(() => [...resolved].every((id) => processed.has(id)), 30_000, 'every resolved event');
    expect([...processed.values()].every((count) => count === 1)).toBe(true);
    expect((await bus.health()).outbox.backlog).toBe(0);
    await bus.close();
  });
});
