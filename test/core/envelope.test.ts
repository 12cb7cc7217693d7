import { describe, expect, it } from 'vitest';
import { fromAttributes, toAttributes, isValidExtensionName } from '../../runtime/core/envelope.js';
import { decodeBody } from '../../runtime/core/codec.js';
import { DecodeError } from '../../runtime/core/errors.js';

describe('envelope', () => {
  it('maps the friendly view to CloudEvents wire attributes', () => {
    const attrs = toAttributes({
      id: 'e1',
      type: 'order.created',
      source: 'orders',
      specVersion: '1.0',
      time: '2026-01-01T00:00:00.000Z',
      dataContentType: 'application/json',
      dataVersion: 2,
      correlationId: 'c1',
      causationId: 'x1',
      aggregate: { type: 'order', id: 'o1', version: 3 },
      metadata: { tenant: 'acme' },
    });
    expect(attrs).toEqual({
      id: 'e1',
      type: 'order.created',
      source: 'orders',
      specversion: '1.0',
      time: '2026-01-01T00:00:00.000Z',
      datacontenttype: 'application/json',
      dataversion: '2',
      correlationid: 'c1',
      causationid: 'x1',
      aggregatetype: 'order',
      subject: 'o1',
      aggregateversion: '3',
      tenant: 'acme',
    });
    for (const name of Object.keys(attrs)) expect(name.length).toBeLessThanOrEqual(20);
  });

  it('reports every invalid attribute at once', () => {
    const err = (() => {
      try {
        fromAttributes({ specversion: '0.3', time: 'yesterday', dataversion: 'two', priority: 'urgent' }, {});
      } catch (e) {
        return e as DecodeError;
      }
    })()!;
    expect(err).toBeInstanceOf(DecodeError);
    expect(err.details.problems).toEqual([
      'missing required attribute "id"',
      'missing required attribute "source"',
      'missing required attribute "type"',
      'unsupported specversion "0.3" (expected "1.0")',
      'attribute "time" is not an RFC 3339 timestamp: "yesterday"',
      'attribute "dataversion" is not a positive integer: "two"',
      'attribute "priority" must be one of critical, high, normal, low: "urgent"',
    ]);
  });

  it('validates extension names', () => {
    expect(isValidExtensionName('tenant')).toBe(true);
    expect(isValidExtensionName('Tenant')).toBe(false);
    expect(isValidExtensionName('a'.repeat(21))).toBe(false);
    expect(isValidExtensionName('correlationid')).toBe(false);
  });

  it('refuses bodies that are not UTF-8', () => {
    expect(() => decodeBody(new Uint8Array([0xff, 0xfe]))).toThrow(/not valid UTF-8/);
  });
});
