// A sample message of every event of every fixture (its contract examples) round-trips
// through createBus + memoryTransport using the generated contracts.

import path from 'node:path';
import { createBus, memoryTransport, silentLogger, type ContractSet, type EventEnvelope } from 'herald';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureOutput, removeDir, tempDir, VALID_FIXTURES, writeFiles } from './helpers.js';

let dir: string;
beforeAll(async () => {
  dir = await tempDir('round-trip');
});
afterAll(async () => {
  await removeDir(dir);
});

// The generated modules are loaded at run time, so the bus is typed loosely here; the
// compile test proves the static types.
type LooseBus = {
  publish(type: string, data: unknown, options?: { parameters?: Record<string, string> }): Promise<{ id: string }>;
  subscribe(type: string, handler: (e: EventEnvelope) => void, options: { group: string }): Promise<{ close(): Promise<void> }>;
  close(): Promise<void>;
};

describe.each(VALID_FIXTURES)('fixture %s through the memory transport', (fixture) => {
  it('delivers each event example unchanged, with its type, version and channel parameters', async () => {
    const { ir, files } = await fixtureOutput(fixture);
    await writeFiles(path.join(dir, fixture), files);
    const { contracts } = (await import(path.join(dir, fixture, 'index.ts'))) as { contracts: ContractSet };
    const upcasters: Record<string, Record<number, (d: unknown) => unknown>> = {};
    for (const d of contracts.events) {
      const newer = contracts.events.find((n) => n.type === d.type && n.version === d.version + 1);
      const example = newer && ir.documents.flatMap((doc) => doc.messages).find((m) => m.type === newer.type && m.version === newer.version)?.examples[0];
      if (newer) (upcasters[d.type] ??= {})[d.version] = () => example;
    }
    const bus = createBus({ contracts, transport: memoryTransport(), source: `test-${fixture}`, logger: silentLogger, upcasters } as never) as unknown as LooseBus;
    let sent = 0;
    try {
      for (const message of ir.documents.flatMap((doc) => doc.messages)) {
        const latest = contracts.events.filter((d) => d.type === message.type).every((d) => d.version <= message.version);
        if (!latest || message.retired) continue;
        for (const example of message.examples) {
          const channel = ir.documents.flatMap((doc) => doc.channels).find((c) => c.id === message.channelId)!;
          const parameters = Object.fromEntries(channel.parameters.map((p) => [p.name, p.enum?.[0] ?? `p-${p.name}`]));
          const received = new Promise<EventEnvelope>((resolve) => {
            void bus.subscribe(message.type, (e) => resolve(e), { group: `g-${message.type}-${sent}` }).then((s) => received.finally(() => s.close()));
          });
          await new Promise((r) => setTimeout(r, 0));
          const receipt = await bus.publish(message.type, example, { parameters });
          const event = await received;
          expect(event.id).toBe(receipt.id);
          expect(event.type).toBe(message.type);
          expect(event.dataVersion).toBe(message.version);
          expect(event.data).toEqual(example);
          sent++;
        }
      }
    } finally {
      await bus.close();
    }
    expect(sent).toBeGreaterThan(0);
  });
});
