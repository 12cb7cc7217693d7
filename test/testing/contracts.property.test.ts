// Properties for every event of every contract: generated data is valid on both sides,
// envelopes survive both header styles exactly, publish → subscribe through the memory
// transport delivers an equal envelope, and breaking one constraint is rejected there.

import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ContractViolationError, createBus, kafkaHeaderCodec, natsHeaderCodec, silentLogger, type EventEnvelope } from 'herald';
import { arbitraryEventFor, arbitraryFor, mutationsFor, type JsonSchema } from 'herald/testing';
import { contracts, type HeraldEvents } from '../../generated/index.js';
import { decodeBody, encodeBody } from '../../runtime/core/codec.js';
import { fromAttributes, toAttributes } from '../../runtime/core/envelope.js';
import { memoryTransport } from '../../runtime/transports/memory/memory-transport.js';
import { waitFor } from '../../runtime/testing/wait.js';
import { upcasters } from '../../examples/shared/upcasters.js';

type Type = keyof HeraldEvents & string;
const events = contracts.events;
const types = [...new Set(events.map((d) => d.type))].sort() as Type[];
const address = { line1: '1 Main St', city: 'Springfield', country: 'US' };

describe('every contract event', () => {
  it('covers all event types of the contracts', () => {
    expect(types.length).toBeGreaterThanOrEqual(43);
  });

  for (const d of events) {
    describe(`${d.type} v${d.version}`, () => {
      it('generated payloads pass the publish and consume validators', () => {
        fc.assert(
          fc.property(arbitraryFor(contracts, d.type as Type, { version: d.version }), (data) => {
            expect(d.validate.publish(data), JSON.stringify(d.validate.publish.errors)).toBe(true);
            expect(d.validate.consume(data)).toBe(true);
          }),
          { numRuns: 25 },
        );
      });

      it('envelope → headers → envelope is the identity in both header styles', () => {
        fc.assert(
          fc.property(arbitraryEventFor(contracts, d.type as Type, { version: d.version }), (event) => {
            for (const codec of [kafkaHeaderCodec, natsHeaderCodec]) {
              const headers = codec.encode(toAttributes(event));
              const back = fromAttributes(codec.decode(headers), decodeBody(encodeBody(event.data)));
              expect(back).toEqual(event);
            }
          }),
          { numRuns: 15 },
        );
      });

      // Publishing always uses the latest version, so mutations are checked there.
      const latest = d.version === Math.max(...events.filter((e) => e.type === d.type).map((e) => e.version));
      if (latest) it('a payload breaking exactly one constraint is rejected with an issue at that path', async () => {
        const bus = createBus({ contracts, transport: memoryTransport(), source: 'property', logger: silentLogger, upcasters: upcasters(() => address) });
        let checked = 0;
        await fc.assert(
          fc.asyncProperty(arbitraryFor(contracts, d.type as Type), async (data) => {
            for (const m of mutationsFor(d.schema as JsonSchema, data, { closed: true })) {
              const err = await bus.publish(d.type as Type, m.apply(data) as never).then(
                () => undefined,
                (e: unknown) => e,
              );
              expect(err, `${m.description} should be rejected`).toBeInstanceOf(ContractViolationError);
              const issues = (err as ContractViolationError).issues;
              const at = (p: string) => p === m.pointer || p.startsWith(m.pointer + '/');
              expect(issues.every((i) => i.keyword === m.keyword && at(i.path)), `${m.description}: ${JSON.stringify(issues)}`).toBe(true);
              checked++;
            }
          }),
          { numRuns: 10 },
        );
        expect(checked).toBeGreaterThan(0);
        await bus.close();
      });
    });
  }
});

describe('publish → subscribe through the memory transport', () => {
  const bus = createBus({ contracts, transport: memoryTransport(), source: 'round-trip', logger: silentLogger, upcasters: upcasters(() => address) });
  afterAll(() => bus.close());

  it('delivers an envelope equal to what was published, for every event type', async () => {
    const received = new Map<string, EventEnvelope>();
    await bus.subscribe({
      group: 'round-trip',
      handlers: Object.fromEntries(types.map((t) => [t, (e: EventEnvelope) => void received.set(e.id, e)])) as never,
    });
    for (const type of types) {
      const samples = fc.sample(arbitraryFor(contracts, type), { numRuns: 5, seed: 42 });
      for (const data of samples) {
        const receipt = await bus.publish(type, data as never, { actor: 'prop ✓', metadata: { run: 'x' } });
        await waitFor(() => received.has(receipt.id), 5000, `${type} ${receipt.id}`);
        const e = received.get(receipt.id)!;
        expect(e.data).toEqual(data);
        expect(e).toMatchObject({ id: receipt.id, type, source: 'round-trip', actor: 'prop ✓', metadata: { run: 'x' }, correlationId: receipt.correlationId });
      }
    }
  });
});
