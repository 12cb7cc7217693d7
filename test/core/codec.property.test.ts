import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBody, encodeBody, kafkaHeaderCodec, natsHeaderCodec, percentDecode, percentEncode } from '../../runtime/core/codec.js';
import { fromAttributes, toAttributes, uuidv7 } from '../../runtime/core/envelope.js';
import { arbitraryEnvelope } from '../../runtime/testing/envelope-arbitrary.js';

// JSON has no -0: normalise through JSON so the property speaks of what JSON can carry.
const json = fc
  .jsonValue()
  .map((v) => JSON.parse(JSON.stringify(v)) as unknown)
  .filter((v) => v !== null && !JSON.stringify(v).includes('__proto__'));

describe('codec properties', () => {
  for (const codec of [kafkaHeaderCodec, natsHeaderCodec]) {
    it(`${codec.style} headers: envelope → headers → envelope is the identity`, () => {
      fc.assert(
        fc.property(arbitraryEnvelope({ type: 'thing.happened', data: json }), (event) => {
          const headers = codec.encode(toAttributes(event));
          // What a broker gives back: header names in any case.
          const shouted = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toUpperCase(), v]));
          const back = fromAttributes(codec.decode(shouted), decodeBody(encodeBody(event.data)));
          expect(back).toEqual(event);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('NATS header values are printable ASCII without space, quote or percent-literal', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const encoded = percentEncode(s);
        expect(encoded).toMatch(/^[\x21\x23-\x7e]*$/);
        expect(percentDecode(encoded)).toBe(s);
      }),
    );
  });

  it('body: JSON payloads round-trip exactly', () => {
    fc.assert(
      fc.property(json, (v) => {
        expect(decodeBody(encodeBody(v))).toEqual(v);
      }),
    );
  });

  it('UUIDv7 ids are valid and increase within a process', () => {
    const ids = Array.from({ length: 5000 }, () => uuidv7(1_700_000_000_000));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
