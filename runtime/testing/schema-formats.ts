// String formats: generators that produce values ajv-formats ("full" mode, the strictest) accepts,
// and the same checks ajv-formats runs, so mutations can tell a valid format from an invalid one.

import fc from 'fast-check';
import { fullFormats } from 'ajv-formats/dist/formats.js';

type FormatCheck = (value: string) => boolean;

// Years 0001-9998 keep every offset-shifted local time inside the four-digit years RFC 3339 allows.
const MIN_MS = Date.parse('0001-01-02T00:00:00Z');
const MAX_MS = Date.parse('9998-12-31T00:00:00Z');
const RECENT_MIN = Date.UTC(1970, 0, 1);
const RECENT_MAX = Date.UTC(2100, 0, 1);

function checkFor(name: string): FormatCheck | undefined {
  const def: unknown = (fullFormats as Record<string, unknown>)[name];
  const inner = typeof def === 'object' && def !== null && !(def instanceof RegExp) && 'validate' in def ? (def as { validate: unknown }).validate : def;
  if (inner instanceof RegExp) return (v) => inner.test(v);
  if (typeof inner === 'function') return (v) => Boolean((inner as (s: string) => unknown)(v));
  return undefined;
}

const instant = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: RECENT_MIN, max: RECENT_MAX }) },
  { weight: 1, arbitrary: fc.integer({ min: MIN_MS, max: MAX_MS }) },
);

/** UTC offset in minutes, or 'Z'. Real offsets span -12:00..+14:00. */
const offset = fc.oneof(fc.constant<'Z'>('Z'), fc.integer({ min: -12 * 60, max: 14 * 60 }));

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** RFC 3339 with millisecond precision, in UTC ('Z') or with a numeric offset (local time shifted accordingly). */
function dateTimeText(ms: number, off: 'Z' | number): string {
  if (off === 'Z') return new Date(ms).toISOString();
  return new Date(ms + off * 60_000).toISOString().slice(0, 23) + offsetText(off);
}

const GENERATORS: Record<string, () => fc.Arbitrary<string>> = {
  uuid: () => fc.uuid(),
  email: () => fc.emailAddress(),
  date: () => instant.map((ms) => new Date(ms).toISOString().slice(0, 10)),
  time: () => fc.tuple(instant, offset).map(([ms, off]) => dateTimeText(ms, off).slice(11)),
  'date-time': () => fc.tuple(instant, offset).map(([ms, off]) => dateTimeText(ms, off)),
  uri: () => fc.webUrl({ withQueryParameters: true, withFragments: true }),
  url: () => fc.webUrl({ withQueryParameters: true, withFragments: true }),
  'uri-reference': () => fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.webPath()),
  hostname: () => fc.domain(),
  ipv4: () => fc.ipV4(),
  ipv6: () => fc.ipV6(),
};

export const SUPPORTED_FORMATS: readonly string[] = Object.keys(GENERATORS).sort();

/** The generator for a supported format, filtered by the ajv-formats check itself; undefined when unsupported. */
export function formatArbitrary(name: string): fc.Arbitrary<string> | undefined {
  const make = GENERATORS[name];
  const check = checkFor(name);
  if (!make || !check) return undefined;
  return make().filter(check);
}

/** ajv-formats' own check for `name` ("full" mode); undefined for formats it does not know. */
export function formatCheck(name: string): FormatCheck | undefined {
  return checkFor(name);
}

export { fullFormats };
