import { describe, expect, it } from 'vitest';
import { decodeDeadLetter, encodeDeadLetter } from '../../../runtime/transports/kafka/dead-letter-codec.js';
import type { DeadLetterRecord } from '../../../runtime/core/transport.js';

const record: DeadLetterRecord = {
  id: '0190f0a0-0000-7000-8000-000000000001',
  reason: 'contract-violation',
  eventId: 'evt-1',
  eventType: 'order.created',
  group: 'billing',
  original: {
    channelId: 'orders',
    destination: 'orders.created',
    headers: { ce_id: 'evt-1', ce_type: 'order.created', 'content-type': 'application/json', ce_note: 'naïve ✓' },
    body: new Uint8Array([123, 255, 0, 125]),
    key: 'order-1',
    position: { partition: 2, offset: '41' },
  },
  attempts: 4,
  firstFailureAt: '2026-01-01T00:00:00.000Z',
  lastFailureAt: '2026-01-01T00:00:03.000Z',
  deadLetteredAt: '2026-01-01T00:00:03.001Z',
  error: { name: 'ContractViolationError', message: 'bad', code: 'CONTRACT_VIOLATION', details: { issues: [{ path: '/x' }] } },
};

describe('dead-letter records on Kafka', () => {
  it('keep the original bytes and headers, keyed by the dead-letter id, and round-trip', () => {
    const wire = encodeDeadLetter(record, 'orders.created.dlq');
    expect(wire.topic).toBe('orders.created.dlq');
    expect(wire.key).toBe(record.id);
    expect(wire.value).toBe(record.original.body);
    for (const [k, v] of Object.entries(record.original.headers)) expect(wire.headers[k]).toBe(v);
    expect(decodeDeadLetter(wire.value!, wire.headers)).toEqual(record);
  });

  it('round-trips a record without event id, type or key', () => {
    const { eventId: _i, eventType: _t, ...rest } = record;
    const { key: _k, ...original } = record.original;
    const bare: DeadLetterRecord = { ...rest, reason: 'decode-failed', original };
    const wire = encodeDeadLetter(bare, 't.dlq');
    expect(decodeDeadLetter(wire.value!, wire.headers)).toEqual(bare);
  });

  it('ignores records Herald did not write', () => {
    expect(decodeDeadLetter(new Uint8Array(), { ce_id: 'x' })).toBeUndefined();
    expect(decodeDeadLetter(new Uint8Array(), { herald_dead_letter: '{nope' })).toBeUndefined();
    expect(decodeDeadLetter(new Uint8Array(), { herald_dead_letter: '{"v":2}' })).toBeUndefined();
  });
});
