// Dead-letter administration over any transport's store: list, inspect, replay, purge.
// Used by the bus (`bus.deadLetters`) and by the `herald dlq` CLI, which needs no contracts.

import { HeraldError } from '../core/errors.js';
import type { DeadLetterFilter, DeadLetterRecord, Transport } from '../core/transport.js';

export interface DeadLetters {
  list(filter?: DeadLetterFilter): Promise<DeadLetterRecord[]>;
  get(id: string): Promise<DeadLetterRecord | undefined>;
  /**
   * Put entries back on their original destination (same event id and headers; the broker
   * counts deliveries afresh) and remove them from the queue. Returns how many were replayed.
   */
  replay(selector: string | (DeadLetterFilter & { ids?: string[] })): Promise<number>;
  purge(selector?: string | (DeadLetterFilter & { ids?: string[] })): Promise<number>;
  counts(): Promise<Record<string, number>>;
}

export function deadLetterAdmin(transport: Transport): DeadLetters {
  const store = transport.deadLetters;
  const select = async (selector: string | (DeadLetterFilter & { ids?: string[] })): Promise<DeadLetterRecord[]> => {
    if (typeof selector === 'string') {
      const one = await store.get(selector);
      if (!one) throw new HeraldError('NOT_FOUND', `no dead letter with id ${selector}`, { details: { id: selector } });
      return [one];
    }
    const all = await store.list({ ...selector, limit: selector.ids ? undefined : selector.limit });
    return selector.ids ? all.filter((r) => selector.ids!.includes(r.id)) : all;
  };
  return {
    list: (filter) => store.list(filter),
    get: (id) => store.get(id),
    async replay(selector) {
      const records = await select(selector);
      for (const record of records) {
        await transport.replay(record);
        await store.purge({ ids: [record.id] });
      }
      return records.length;
    },
    async purge(selector = {}) {
      if (typeof selector === 'string') return store.purge({ ids: [(await select(selector))[0]!.id] });
      return store.purge(selector);
    },
    counts: () => store.counts(),
  };
}
