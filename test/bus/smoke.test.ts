import { describe, expect, it } from 'vitest';
import { createBus, memoryTransport, MemoryBroker, silentLogger, ContractViolationError, type EventEnvelope } from 'herald';
import { sampleContracts, type SampleItem } from '../../runtime/testing/sample-contracts.js';

describe('bus smoke', () => {
  it('publishes and consumes through memory with correlation and causation', async () => {
    const broker = new MemoryBroker();
    const contracts = sampleContracts('smoke');
    const a = createBus({ contracts, transport: memoryTransport({ broker }), source: 'a', logger: silentLogger });
    const b = createBus({ contracts, transport: memoryTransport({ broker }), source: 'b', logger: silentLogger });
    const seen: EventEnvelope<SampleItem>[] = [];
    const done = new Promise<void>((resolve) => {
      void b.subscribe('sample.updated', (e) => {
        seen.push(e);
        resolve();
      }, { group: 'g2' });
    });
    await b.subscribe('sample.created', async (e) => {
      seen.push(e);
      await b.publish('sample.updated', { n: e.data.n + 1, key: e.data.key });
    }, { group: 'g1' });
    const receipt = await a.publish('sample.created', { n: 1, key: 'k' });
    await done;
    expect(seen.map((e) => e.type)).toEqual(['sample.created', 'sample.updated']);
    expect(seen[1]!.correlationId).toBe(receipt.id);
    expect(seen[1]!.causationId).toBe(receipt.id);
    expect(seen[0]!.aggregate).toEqual({ type: 'sample', id: 'k' });
    await expect(a.publish('sample.created', { n: 1.5, key: '' } as SampleItem)).rejects.toBeInstanceOf(ContractViolationError);
    await a.close();
    await b.close();
  });
});
