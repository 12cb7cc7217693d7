import { describe, expect, it } from 'vitest';
import { transportFromEnv } from '../shared/transport.js';
import { runDemo } from './run-demo.js';

describe('demo: the vendor flow on the memory transport', () => {
  it('indexes, updates and removes the vendor and welcomes the user, keeping correlation ids', async () => {
    const result = await runDemo(transportFromEnv({ HERALD_TRANSPORT: 'memory' }));
    expect(result.index.has(result.vendorId)).toBe(false);
    expect(result.emails).toEqual([{ to: 'ada@example.com', subject: 'Welcome, Ada!' }]);
    const published = result.trace.filter((l) => l.direction === 'published');
    expect(published.map((l) => l.type)).toEqual(['user.created', 'vendor.created', 'vendor.updated', 'vendor.deleted']);
    for (const p of published) {
      const handled = result.trace.filter((l) => l.direction === 'handled' && l.id === p.id);
      expect(handled).toHaveLength(1);
      expect(handled[0]!.correlationId).toBe(p.correlationId);
      expect(p.correlationId).toMatch(/^req-/);
    }
  });
});
