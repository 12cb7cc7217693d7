// A durable local outbox: an append-only, fsync'd log of messages the broker could not take,
// and a cursor file recording how many of them the relay has delivered. Appends from
// concurrent publishers share one fsync (group commit); order is append order.

import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { OutboundMessage } from '../core/transport.js';
import { HeraldError } from '../core/errors.js';

export interface Outbox {
  open(): Promise<void>;
  /** Durable once resolved. */
  append(messages: readonly OutboundMessage[]): Promise<void>;
  /** Undelivered messages, oldest first (at most `limit`). */
  pending(limit?: number): OutboundMessage[];
  backlog(): number;
  /** When the oldest undelivered message was stored (ms), if any. */
  oldestAt(): number | undefined;
  /** The first `count` pending messages were delivered. */
  markDelivered(count: number): Promise<void>;
  close(): Promise<void>;
}

interface Entry {
  seq: number;
  at: number;
  message: OutboundMessage;
}

const CURSOR_WIDTH = 20;

export function fileOutbox(options: { dir: string }): Outbox {
  return new FileOutbox(options.dir);
}

class FileOutbox implements Outbox {
  private log?: FileHandle;
  private cursor?: FileHandle;
  private entries: Entry[] = [];
  private nextSeq = 1;
  private delivered = 0;
  private queue: Array<{ lines: string; entries: Entry[]; resolve: () => void; reject: (e: unknown) => void }> = [];
  private flushing?: Promise<void>;
  private opened?: Promise<void>;
  /** Serialises every operation on the log file (appends, truncation). */
  private fileOps: Promise<unknown> = Promise.resolve();

  constructor(private readonly dir: string) {}

  open(): Promise<void> {
    this.opened ??= this.load();
    return this.opened;
  }

  private async load(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const logPath = join(this.dir, 'outbox.log');
    const cursorPath = join(this.dir, 'outbox.cursor');
    const cursorText = await readFile(cursorPath, 'utf8').catch(() => '');
    this.delivered = Number(cursorText.trim() || '0');
    const text = await readFile(logPath, 'utf8').catch(() => '');
    let goodBytes = 0;
    let maxSeq = this.delivered;
    for (const line of text.split('\n')) {
      if (line === '') continue;
      let parsed: { seq: number; at: number; m: SerializedMessage };
      try {
        parsed = JSON.parse(line);
      } catch {
        break; // a torn final write from a crash: that append never resolved, drop it
      }
      goodBytes += Buffer.byteLength(line) + 1;
      maxSeq = Math.max(maxSeq, parsed.seq);
      if (parsed.seq > this.delivered) this.entries.push({ seq: parsed.seq, at: parsed.at, message: deserialize(parsed.m) });
    }
    this.nextSeq = maxSeq + 1;
    this.log = await open(logPath, 'a+');
    if (goodBytes < Buffer.byteLength(text)) {
      await this.log.truncate(goodBytes);
      await this.log.datasync();
    }
    this.cursor = await open(cursorPath, cursorText ? 'r+' : 'w+');
  }

  append(messages: readonly OutboundMessage[]): Promise<void> {
    if (!this.log) return Promise.reject(new HeraldError('OUTBOX_FAILED', 'outbox is not open'));
    const now = Date.now();
    const entries = messages.map((message) => ({ seq: this.nextSeq++, at: now, message }));
    const lines = entries.map((e) => JSON.stringify({ seq: e.seq, at: e.at, m: serialize(e.message) }) + '\n').join('');
    return new Promise((resolve, reject) => {
      this.queue.push({ lines, entries, resolve, reject });
      this.flushing ??= this.flush();
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length) {
      const batch = this.queue.splice(0);
      try {
        await this.onLog(async (log) => {
          await log.appendFile(batch.map((b) => b.lines).join(''));
          await log.datasync();
        });
        for (const b of batch) this.entries.push(...b.entries);
        for (const b of batch) b.resolve();
      } catch (cause) {
        const err = new HeraldError('OUTBOX_FAILED', `outbox write failed in ${this.dir}`, { cause });
        for (const b of batch) b.reject(err);
      }
    }
    this.flushing = undefined;
  }

  pending(limit = Infinity): OutboundMessage[] {
    return this.entries.slice(0, limit).map((e) => e.message);
  }

  backlog(): number {
    return this.entries.length;
  }

  oldestAt(): number | undefined {
    return this.entries[0]?.at;
  }

  async markDelivered(count: number): Promise<void> {
    const done = this.entries.splice(0, count);
    if (!done.length) return;
    this.delivered = done[done.length - 1]!.seq;
    await this.cursor!.write(String(this.delivered).padStart(CURSOR_WIDTH, '0'), 0);
    await this.cursor!.datasync();
    // Fully drained and nothing being written: start the log afresh so it does not grow forever.
    if (this.entries.length === 0 && this.queue.length === 0 && !this.flushing) {
      await this.onLog(async (log) => {
        if (this.entries.length === 0 && this.queue.length === 0) {
          await log.truncate(0);
          await log.datasync();
        }
      });
    }
  }

  private onLog<T>(op: (log: FileHandle) => Promise<T>): Promise<T> {
    const run = this.fileOps.then(() => op(this.log!));
    this.fileOps = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    await this.flushing;
    await this.fileOps;
    await this.log?.close();
    await this.cursor?.close();
    this.log = this.cursor = undefined;
  }
}

interface SerializedMessage extends Omit<OutboundMessage, 'body'> {
  body: string;
}

function serialize(m: OutboundMessage): SerializedMessage {
  return { ...m, body: Buffer.from(m.body).toString('base64') };
}

function deserialize(m: SerializedMessage): OutboundMessage {
  return { ...m, body: new Uint8Array(Buffer.from(m.body, 'base64')) };
}
