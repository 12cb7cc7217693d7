import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OffsetTracker } from '../../../runtime/transports/kafka/offset-tracker.js';

describe('OffsetTracker', () => {
  it('commits only up to the highest contiguous finished offset', () => {
    const t = new OffsetTracker();
    for (const o of [10, 11, 12, 13]) expect(t.add(o)).toBe(true);
    expect(t.toCommit()).toBeUndefined();
    t.finish(12);
    expect(t.toCommit()).toBeUndefined();
    t.finish(10);
    expect(t.toCommit()).toBe(11);
    t.markCommitted(11);
    expect(t.toCommit()).toBeUndefined();
    t.finish(11);
    expect(t.toCommit()).toBe(13);
    expect(t.outstanding).toBe(1);
  });

  it('handles gaps between offsets (compaction, transaction markers)', () => {
    const t = new OffsetTracker();
    t.add(3);
    t.add(7);
    t.finish(3);
    expect(t.toCommit()).toBe(4);
    t.finish(7);
    expect(t.toCommit()).toBe(8);
  });

  it('refuses offsets it has seen (a re-fetch after a rebalance) and ignores stray finishes', () => {
    const t = new OffsetTracker();
    t.add(5);
    t.add(6);
    expect(t.add(5)).toBe(false);
    expect(t.add(4)).toBe(false);
    t.finish(99);
    t.finish(4);
    expect(t.toCommit()).toBeUndefined();
    expect(t.outstanding).toBe(2);
  });

  it('never commits past an unfinished offset, whatever the finishing order (property)', () => {
    const scenario = fc
      .uniqueArray(fc.nat(10_000), { minLength: 1, maxLength: 200 })
      .map((raw) => [...raw].sort((a, b) => a - b))
      .chain((offsets) => fc.tuple(fc.constant(offsets), fc.subarray(offsets).chain((done) => fc.shuffledSubarray(done, { minLength: done.length, maxLength: done.length }))));
    fc.assert(
      fc.property(scenario, ([offsets, finishOrder]) => {
        const t = new OffsetTracker();
        for (const o of offsets) t.add(o);
        for (const o of finishOrder) t.finish(o);
        const done = new Set(finishOrder);
        const firstOpen = offsets.find((o) => !done.has(o));
        const lastContiguous = firstOpen === undefined ? offsets.at(-1) : offsets.filter((o) => o < firstOpen).at(-1);
        expect(t.toCommit()).toBe(lastContiguous === undefined ? undefined : lastContiguous + 1);
        expect(t.outstanding).toBe(offsets.length - (lastContiguous === undefined ? 0 : offsets.indexOf(lastContiguous) + 1));
      }),
    );
  });
});
