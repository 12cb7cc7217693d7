// Arbitrary CloudEvents envelopes: every attribute Herald sets, with values that stress the
// codecs (unicode, characters the NATS style must percent-encode, millisecond times).

import fc from 'fast-check';
import { PRIORITIES } from '../core/contract.js';
import type { EventEnvelope } from '../core/envelope.js';

/** Header-safe text: no control characters (brokers refuse them in header values). */
const headerText = (maxLength = 40) =>
  fc.string({ unit: 'grapheme', minLength: 1, maxLength }).filter((s) => ![...s].some(isControl) && s.trim() === s && s.length > 0);

function isControl(ch: string): boolean {
  const code = ch.codePointAt(0)!;
  return code < 0x20 || code === 0x7f;
}

const extensionName = fc
  .stringMatching(/^[a-z][a-z0-9]{0,19}$/)
  .filter((k) => !['id', 'type', 'source', 'specversion', 'time', 'datacontenttype', 'dataschema', 'subject', 'correlationid', 'causationid', 'partitionkey', 'traceparent', 'tracestate', 'priority', 'actor', 'dataversion', 'aggregatetype', 'aggregateversion', 'data'].includes(k));

// 0001-01-01 .. 9999-12-31, at millisecond precision: what every binding carries exactly.
const time = fc.integer({ min: -62135596800000, max: 253402300799999 }).map((ms) => new Date(ms).toISOString());

export interface EnvelopeArbitraryOptions<T> {
  type: string;
  version?: number;
  data: fc.Arbitrary<T>;
}

export function arbitraryEnvelope<T>(options: EnvelopeArbitraryOptions<T>): fc.Arbitrary<EventEnvelope<T>> {
  return fc
    .record(
      {
        id: fc.uuid({ version: 7 }),
        source: headerText(),
        time,
        dataSchema: fc.constant(`urn:herald:test:${options.type}:v${options.version ?? 1}`),
        correlationId: headerText(),
        causationId: fc.uuid(),
        partitionKey: headerText(),
        traceParent: fc.constant('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'),
        traceState: headerText(),
        aggregate: fc.record({ type: fc.stringMatching(/^[a-z]{1,12}$/), id: headerText(), version: fc.option(fc.nat({ max: 1_000_000 }), { nil: undefined }) }),
        priority: fc.constantFrom(...PRIORITIES),
        actor: headerText(),
        metadata: fc.dictionary(extensionName, headerText(), { maxKeys: 3 }),
        data: options.data,
      },
      { requiredKeys: ['id', 'source', 'time', 'correlationId', 'metadata', 'data'] },
    )
    .map((r) => {
      const e: EventEnvelope<T> = {
        ...r,
        type: options.type,
        specVersion: '1.0',
        dataContentType: 'application/json',
        dataVersion: options.version ?? 1,
      } as EventEnvelope<T>;
      if (e.aggregate) {
        if (e.aggregate.version === undefined) delete e.aggregate.version;
        e.subject = e.aggregate.id;
      }
      return e;
    });
}
