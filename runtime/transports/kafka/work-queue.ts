// Fetched messages of one partition waiting for a handler slot. Without ordering the
// oldest goes first; with ordering, a message starts only when no earlier message of the
// same lane (partition key) is waiting or running, so each key sees one message at a
// time, in offset order, while other keys go ahead.

export class WorkQueue<T> {
  private items: { item: T; lane: string }[] = [];
  private busy = new Set<string>();

  constructor(private readonly ordered: boolean) {}

  push(item: T, lane: string): void {
    this.items.push({ item, lane });
  }

  /** Next startable item, now marked running in its lane; undefined when none can start. */
  take(): { item: T; lane: string } | undefined {
    if (!this.ordered) return this.items.shift();
    const seen = new Set<string>();
    for (let i = 0; i < this.items.length; i++) {
      const entry = this.items[i]!;
      if (!this.busy.has(entry.lane) && !seen.has(entry.lane)) {
        this.items.splice(i, 1);
        this.busy.add(entry.lane);
        return entry;
      }
      seen.add(entry.lane);
    }
    return undefined;
  }

  /** The running item of `lane` has finished. */
  release(lane: string): void {
    this.busy.delete(lane);
  }

  /** Drop everything waiting (running items are not affected). */
  clear(): void {
    this.items = [];
  }

  get size(): number {
    return this.items.length;
  }
}
