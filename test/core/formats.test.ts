import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { formats } from '../../runtime/core/formats.js';

type Fmt = { validate: (s: string) => boolean };
const ours = (formats['date-time'] as Fmt).validate;
const ajvs = (fullFormats['date-time'] as Fmt).validate;

// Strings near the canonical shape: real timestamps with one character changed, dropped or added.
const near = fc
  .tuple(fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }), fc.nat(40), fc.constantFrom('', '0', '9', 'Z', 'z', 't', 'T', ' ', ':', '.', '+', '-', '\u00a0', '60', '+24:00', '+23:60'), fc.constantFrom('replace', 'insert', 'delete', 'offset', 'none'))
  .map(([d, pos, ch, op]) => {
    let s = d.toISOString();
    if (op === 'offset') s = s.replace('Z', ['+05:30', '-11:00', '+0530', '+05'][pos % 4]!);
    const i = pos % (s.length + 1);
    if (op === 'replace') s = s.slice(0, i) + ch + s.slice(i + 1);
    if (op === 'insert') s = s.slice(0, i) + ch + s.slice(i);
    if (op === 'delete') s = s.slice(0, i) + s.slice(i + 1);
    return s;
  });

describe('date-time format', () => {
  it('agrees with ajv-formats everywhere (fast path only ever says yes where it would)', () => {
    fc.assert(
      fc.property(fc.oneof(near, fc.string(), fc.stringMatching(/^\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d:\d\d(\.\d{1,3})?([Zz]|[+-]\d\d:?\d\d)?$/)), (s) => {
        expect(ours(s)).toBe(ajvs(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it('handles the edges: leap days, leap seconds, lower case, offsets', () => {
    for (const [s, valid] of [
      ['2024-02-29T10:00:00Z', true],
      ['2023-02-29T10:00:00Z', false],
      ['1900-02-29T10:00:00Z', false],
      ['2000-02-29T10:00:00.123456Z', true],
      ['2016-12-31T23:59:60Z', true],
      ['2016-12-31t23:59:59z', true],
      ['2016-12-31T23:59:59+23:59', true],
      ['2016-12-31T23:59:59+24:00', false],
      ['2016-12-31T23:59:59', false],
      ['2016-12-31T23:59:59.Z', false],
    ] as const) {
      expect(ours(s), s).toBe(valid);
      expect(ajvs(s), s).toBe(valid);
    }
  });
});
