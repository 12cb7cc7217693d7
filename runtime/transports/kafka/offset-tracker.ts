// Which offset of one partition is safe to commit. Messages of a partition may finish out
// of order (concurrency > 1, retries, different keys); Kafka stores one offset per
// partition, so only the end of the contiguous run of finished messages is committed.
// Offsets need not be consecutive (compaction, transaction markers): only the ones
// added count.

export class OffsetTracker {
  /** Added and not finished, in offset order; `head` indexes the oldest. */
  private pending: number[] = [];
  private head = 0;
  private finished = new Set<number>();
  private highest = -1;
  private next: number | undefined;
  private committed: number | undefined;

  /** Track a fetched offset; false when it was seen already (a re-fetch after a rebalance). */
  add(offset: number): boolean {
    if (offset <= this.highest) return false;
    this.highest = offset;
    this.pending.push(offset);
    return true;
  }

  finish(offset: number): void {
    if (this.head >= this.pending.length || offset < this.pending[this.head]!) return;
    this.finished.add(offset);
    while (this.head < this.pending.length && this.finished.delete(this.pending[this.head]!)) {
      this.next = this.pending[this.head]! + 1;
      this.head++;
    }
    if (this.head > 1024 && this.head * 2 > this.pending.length) {
      this.pending = this.pending.slice(this.head);
      this.head = 0;
    }
  }

  /** The offset to commit (the next one to read), when it moved past the last commit. */
  toCommit(): number | undefined {
    return this.next !== undefined && this.next !== this.committed ? this.next : undefined;
  }

  markCommitted(offset: number): void {
    if (this.committed === undefined || offset > this.committed) this.committed = offset;
  }

  /** Added and not finished yet. */
  get outstanding(): number {
    return this.pending.length - this.head;
  }
}
