import { describe, expect, it } from 'vitest';
import { WorkQueue } from '../../../runtime/transports/kafka/work-queue.js';

describe('WorkQueue', () => {
  it('unordered: oldest first, lanes ignored', () => {
    const q = new WorkQueue<number>(false);
    q.push(1, 'a');
    q.push(2, 'a');
    expect(q.take()?.item).toBe(1);
    expect(q.take()?.item).toBe(2);
    expect(q.take()).toBeUndefined();
  });

  it('ordered: one running item per lane, in order, other lanes go ahead', () => {
    const q = new WorkQueue<string>(true);
    for (const [item, lane] of [['a1', 'a'], ['a2', 'a'], ['b1', 'b'], ['a3', 'a'], ['b2', 'b'], ['c1', 'c']] as const) q.push(item, lane);
    expect(q.take()?.item).toBe('a1');
    expect(q.take()?.item).toBe('b1');
    expect(q.take()?.item).toBe('c1');
    expect(q.take()).toBeUndefined();
    q.release('b');
    expect(q.take()?.item).toBe('b2');
    q.release('a');
    expect(q.take()?.item).toBe('a2');
    expect(q.take()).toBeUndefined();
    q.release('a');
    expect(q.take()?.item).toBe('a3');
    expect(q.size).toBe(0);
  });

  it('clear drops waiting items only', () => {
    const q = new WorkQueue<number>(true);
    q.push(1, 'a');
    q.push(2, 'a');
    q.take();
    q.clear();
    expect(q.size).toBe(0);
    q.push(3, 'a');
    expect(q.take()).toBeUndefined();
    q.release('a');
    expect(q.take()?.item).toBe(3);
  });
});
