// The string formats generated validators assert: ajv-formats' "full" formats, with a fast
// path for `date-time`, the format every event carries (often twice). The fast path only
// ever answers "valid" for the canonical RFC 3339 shape that ajv-formats also accepts;
// anything else goes to ajv-formats itself, so the verdicts are identical.

import { fullFormats } from 'ajv-formats/dist/formats.js';

type FormatDefinition = { validate: (s: string) => boolean; compare?: (a: string, b: string) => number | undefined };

const ajvDateTime = fullFormats['date-time'] as FormatDefinition;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Digits at [i, i+n) as a number, or -1 when one is not an ASCII digit. */
function digits(s: string, i: number, n: number): number {
  let v = 0;
  for (let k = i; k < i + n; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** `YYYY-MM-DDTHH:MM:SS[.f+](Z|±HH:MM)` with valid ranges: true. Anything else: undefined (ask ajv-formats). */
function canonicalDateTime(s: string): true | undefined {
  const len = s.length;
  if (len < 20 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return undefined;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 2);
  const day = digits(s, 8, 2);
  const hour = digits(s, 11, 2);
  const minute = digits(s, 14, 2);
  const second = digits(s, 17, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : DAYS[month]!)) return undefined;
  let i = 19;
  if (s.charCodeAt(i) === 46) {
    i++;
    const start = i;
    while (i < len && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (i === start) return undefined;
  }
  if (i === len - 1 && s.charCodeAt(i) === 90) return true;
  if (i === len - 6 && (s.charCodeAt(i) === 43 || s.charCodeAt(i) === 45) && s.charCodeAt(i + 3) === 58) {
    const tzHour = digits(s, i + 1, 2);
    const tzMinute = digits(s, i + 4, 2);
    if (tzHour >= 0 && tzHour <= 23 && tzMinute >= 0 && tzMinute <= 59) return true;
  }
  return undefined;
}

export const formats: Record<string, unknown> = {
  ...fullFormats,
  'date-time': {
    validate: (s: string) => canonicalDateTime(s) ?? ajvDateTime.validate(s),
    compare: ajvDateTime.compare,
  } satisfies FormatDefinition,
};
