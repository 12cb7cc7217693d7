// The round-trip property through a real broker: for every event of every contract,
// generated payloads published through the bus arrive as equal envelopes.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createBus, silentLogger, type EventEnvelope, type Transport } from 'herald';
import { arbitraryFor } from 'herald/testing';
import { contracts, type HeraldEvents } from '../../generated/index.js';
import { upcasters } from '../../examples/shared/upcasters.js';
import { waitFor } from '../../runtime/testing/wait.js';

type Type = keyof HeraldEvents & string;

export function roundTripProperty(o: { name: string; skip?: string; transport(): Promise<Transport>; runs?: number; timeoutMs?: number }): void {
  describe.skipIf(!!o.skip)(`contract round trip through ${o.name}${o.skip ? ` (skipped: ${o.skip})` : ''}`, () => {
    it('every event type: publish → subscribe delivers an equal envelope', async () => {
      const types = [...new Set(contracts.events.map((d) => d.type))].sort() as Type[];
      const group = `rt${Date.now().toString(36)}`;
      const bus = createBus({ contracts, transport: await o.transport(), source: 'round-trip', logger: silentLogger, upcasters: upcasters(() => ({ line1: 'x', city: 'y', country: 'US' })) });
      const received = new Map<string, EventEnvelope>();
      try {
        await bus.subscribe({ group, handlers: Object.fromEntries(types.map((t) => [t, (e: EventEnvelope) => void received.set(e.id, e)])) as never, concurrency: 8 });
        const sent: Array<{ id: string; type: Type; data: unknown; correlationId: string }> = [];
        for (const type of types) {
          for (const data of fc.sample(arbitraryFor(contracts, type), { numRuns: o.runs ?? 2, seed: 7 })) {
            const r = await bus.publish(type, data as never, { actor: 'ünïcode ✓ 100%', metadata: { trip: 'a b' } });
            sent.push({ id: r.id, type, data, correlationId: r.correlationId });
          }
        }
        await waitFor(() => sent.every((s) => received.has(s.id)), o.timeoutMs ?? 60_000, `${sent.length} events through ${o.name}`);
        for (const s of sent) {
          const e = received.get(s.id)!;
          expect(e.data).toEqual(s.data);
          expect(e).toMatchObject({ type: s.type, source: 'round-trip', correlationId: s.correlationId, actor: 'ünïcode ✓ 100%', metadata: { trip: 'a b' } });
        }
      } finally {
        await bus.close();
      }
    }, 180_000);
  });
}
