// A virtual clock: timers fire only when the test advances time, so retry backoffs and
// handler timeouts of minutes run in milliseconds, in a fixed order.

import type { Clock } from '../core/clock.js';

interface Timer {
  id: number;
  at: number;
  fn: () => void;
}

/** Let queued promise callbacks and setImmediate work (message dispatch) run. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise<void>((r) => setImmediate(r));
}

export class VirtualClock implements Clock {
  private time: number;
  private timers: Timer[] = [];
  private nextId = 1;

  constructor(start: number = Date.parse('2026-01-01T00:00:00.000Z')) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const timer = { id: this.nextId++, at: this.time + Math.max(0, ms), fn };
    this.timers.push(timer);
    return timer.id;
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }

  /** Timers still waiting. */
  pending(): number {
    return this.timers.length;
  }

  /** Move time forward by `ms`, firing due timers in order and letting async work settle between them. */
  async advance(ms: number): Promise<void> {
    const target = this.time + ms;
    await settle();
    for (;;) {
      const next = this.timers.filter((t) => t.at <= target).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!next) break;
      this.timers = this.timers.filter((t) => t !== next);
      this.time = next.at;
      next.fn();
      await settle();
    }
    this.time = target;
    await settle();
  }

  /** Fire every timer, however far ahead, up to `limitMs` of virtual time. */
  async runAll(limitMs = 24 * 60 * 60 * 1000): Promise<void> {
    const end = this.time + limitMs;
    await settle();
    while (this.timers.length) {
      const next = Math.min(...this.timers.map((t) => t.at));
      if (next > end) break;
      await this.advance(next - this.time);
    }
  }
}
