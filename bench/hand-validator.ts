// A hand-written strict check of vendor.created's publish schema: the baseline the
// generated AJV validator is compared with. It checks every rule of the schema (closed
// object, required, types, code-point lengths, the phone pattern, finite numbers and
// bounds) and the formats with the semantics of ajv-formats' "full" mode (uuid, email,
// uri, date-time), written as character scanners rather than AJV's regular expressions.
// The benchmark first proves it agrees with the generated validator on every input.

const hasOwn = Object.prototype.hasOwnProperty;

const enum C {
  Bang = 33,
  Hash = 35,
  Dollar = 36,
  Percent = 37,
  Amp = 38,
  Quote = 39,
  LParen = 40,
  Star = 42,
  Plus = 43,
  Comma = 44,
  Dash = 45,
  Dot = 46,
  Slash = 47,
  D0 = 48,
  D9 = 57,
  Colon = 58,
  Semi = 59,
  Eq = 61,
  Question = 63,
  At = 64,
  UA = 65,
  UZ = 90,
  LBracket = 91,
  RBracket = 93,
  Caret = 94,
  Under = 95,
  Backtick = 96,
  LA = 97,
  LZ = 122,
  LBrace = 123,
  Tilde = 126,
}

const isDigit = (c: number) => c >= C.D0 && c <= C.D9;
const isAlpha = (c: number) => (c >= C.LA && c <= C.LZ) || (c >= C.UA && c <= C.UZ);
const isAlnum = (c: number) => isDigit(c) || isAlpha(c);
const isHex = (c: number) => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
/** RFC 3986 unreserved and sub-delims. */
const isUnreserved = (c: number) => isAlnum(c) || c === C.Dash || c === C.Dot || c === C.Under || c === C.Tilde;
const isSubDelim = (c: number) => c === C.Bang || c === C.Dollar || c === C.Amp || (c >= C.Quote && c <= C.Comma) || c === C.Semi || c === C.Eq;

/** Length in Unicode code points, computed only when the UTF-16 length could exceed the limit. */
function maxCodePoints(s: string, limit: number): boolean {
  if (s.length <= limit) return true;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    if (++n > limit) return false;
  }
  return true;
}

// Where a regular expression is the fastest way to say it, a hand-written check uses one too.
const UUID = /^(?:urn:uuid:)?[\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12}$/i;
const isUuid = (s: string): boolean => UUID.test(s);

/** Local part: dot-separated atoms of atext; domain: two or more dot-separated LDH labels. */
const EMAIL = /^[\w!#$%&'*+/=?^`{|}~-]+(?:\.[\w!#$%&'*+/=?^`{|}~-]+)*@(?:[a-z\d](?:[a-z\d-]*[a-z\d])?\.)+[a-z\d](?:[a-z\d-]*[a-z\d])?$/i;
const isEmail = (s: string): boolean => EMAIL.test(s);

// URI character classes as bits of a lookup table (one bit per character).
const UNRESERVED_OR_SUB = 1;
const COLON = 2;
const AT = 4;
const SLASH = 8;
const QUESTION = 16;
const URI_CHARS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (isUnreserved(c) || isSubDelim(c)) URI_CHARS[c] = UNRESERVED_OR_SUB;
}
URI_CHARS[C.Colon] = COLON;
URI_CHARS[C.At] = AT;
URI_CHARS[C.Slash] = SLASH;
URI_CHARS[C.Question] = QUESTION;

const REG_NAME = UNRESERVED_OR_SUB;
const USERINFO = UNRESERVED_OR_SUB | COLON;
const PATH = UNRESERVED_OR_SUB | COLON | AT | SLASH;
const QUERY = PATH | QUESTION;

/** Every character of s[from, to) is in `classes` or a %-escape with two hex digits. */
function allOf(s: string, from: number, to: number, classes: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === C.Percent) {
      if (i + 2 >= to || !isHex(s.charCodeAt(i + 1)) || !isHex(s.charCodeAt(i + 2))) return false;
      i += 2;
    } else if (c >= 128 || (URI_CHARS[c]! & classes) === 0) return false;
  }
  return true;
}

const isFutureChar = (c: number) => c < 128 && (URI_CHARS[c]! & USERINFO) !== 0;

/** Decimal octet as ajv-formats accepts it: one to three digits, at most 255. */
function isOctet(s: string, from: number, to: number): boolean {
  const n = to - from;
  if (n < 1 || n > 3) return false;
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) return false;
    v = v * 10 + c - C.D0;
  }
  return v <= 255;
}

function isIpv4(s: string, from: number, to: number): boolean {
  let parts = 0;
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && s.charCodeAt(i) !== C.Dot) continue;
    if (!isOctet(s, start, i)) return false;
    parts++;
    start = i + 1;
  }
  return parts === 4;
}

/** Hex groups of an IPv6 address side (between '::' or the ends); counts an IPv4 tail as two. */
function ipv6Groups(s: string, from: number, to: number, allowV4Tail: boolean): number {
  if (from === to) return 0;
  let groups = 0;
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && s.charCodeAt(i) !== C.Colon) continue;
    const n = i - start;
    if (i === to && allowV4Tail && s.indexOf('.', start) >= 0 && s.indexOf('.', start) < to) {
      if (!isIpv4(s, start, to)) return -1;
      return groups + 2;
    }
    if (n < 1 || n > 4) return -1;
    for (let k = start; k < i; k++) if (!isHex(s.charCodeAt(k))) return -1;
    groups++;
    start = i + 1;
  }
  return groups;
}

function isIpv6(s: string, from: number, to: number): boolean {
  const gap = s.indexOf('::', from);
  if (gap >= 0 && gap + 2 <= to) {
    if (s.indexOf('::', gap + 1) >= 0 && s.indexOf('::', gap + 1) < to) return false;
    const left = ipv6Groups(s, from, gap, false);
    const right = ipv6Groups(s, gap + 2, to, true);
    return left >= 0 && right >= 0 && left + right <= 7;
  }
  return ipv6Groups(s, from, to, true) === 8;
}

/** `[` IPv6address | IPvFuture `]`. */
function isIpLiteral(s: string, from: number, to: number): boolean {
  const c = s.charCodeAt(from);
  if (c === 118 || c === 86) {
    const dot = s.indexOf('.', from);
    if (dot < 0 || dot >= to || dot === from + 1 || dot + 1 >= to) return false;
    for (let i = from + 1; i < dot; i++) if (!isHex(s.charCodeAt(i))) return false;
    for (let i = dot + 1; i < to; i++) if (!isFutureChar(s.charCodeAt(i))) return false;
    return true;
  }
  return isIpv6(s, from, to);
}

/** `[userinfo@]host[:port]` over s[from, to). */
function isAuthority(s: string, from: number, to: number): boolean {
  let host = from;
  const at = s.indexOf('@', from);
  if (at >= 0 && at < to) {
    if (!allOf(s, from, at, USERINFO)) return false;
    host = at + 1;
  }
  let portAt: number;
  if (s.charCodeAt(host) === C.LBracket) {
    const close = s.indexOf(']', host);
    if (close < 0 || close >= to || !isIpLiteral(s, host + 1, close)) return false;
    portAt = close + 1;
  } else {
    portAt = host;
    while (portAt < to && s.charCodeAt(portAt) !== C.Colon) portAt++;
    if (!allOf(s, host, portAt, REG_NAME)) return false;
  }
  if (portAt === to) return true;
  if (s.charCodeAt(portAt) !== C.Colon) return false;
  for (let i = portAt + 1; i < to; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/** After one or two slashes: an authority, then `/segment`s. */
function isAuthorityPath(s: string, from: number, to: number): boolean {
  let end = from;
  while (end < to && s.charCodeAt(end) !== C.Slash) end++;
  return isAuthority(s, from, end) && allOf(s, end, to, PATH);
}

/**
 * An absolute URI as ajv-formats' `uri` accepts it: scheme ':' hier-part ['?' query]
 * ['#' fragment], where hier-part is '/' or '//' then an authority and a path, or a
 * path of pchars and slashes not starting with '//', never empty.
 */
function isUri(s: string): boolean {
  if (s.length === 0 || !isAlpha(s.charCodeAt(0))) return false;
  let i = 1;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === C.Colon) break;
    if (!isAlnum(c) && c !== C.Plus && c !== C.Dash && c !== C.Dot) return false;
  }
  if (i === s.length) return false;
  const hier = i + 1;
  let end = hier;
  while (end < s.length) {
    const c = s.charCodeAt(end);
    if (c === C.Question || c === C.Hash) break;
    end++;
  }
  if (end === hier) return false;
  let hierOk: boolean;
  if (s.charCodeAt(hier) === C.Slash) {
    hierOk =
      (s.charCodeAt(hier + 1) !== C.Slash && allOf(s, hier, end, PATH)) ||
      isAuthorityPath(s, hier + 1, end) ||
      (s.charCodeAt(hier + 1) === C.Slash && isAuthorityPath(s, hier + 2, end));
  } else hierOk = allOf(s, hier, end, PATH);
  if (!hierOk) return false;
  if (end === s.length) return true;
  let fragment = end;
  if (s.charCodeAt(end) === C.Question) {
    fragment = s.indexOf('#', end + 1);
    if (fragment < 0) fragment = s.length;
    if (!allOf(s, end + 1, fragment, QUERY)) return false;
  }
  return fragment === s.length || allOf(s, fragment + 1, s.length, QUERY);
}

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digits(s: string, from: number, n: number): number {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) return -1;
    v = v * 10 + c - C.D0;
  }
  return v;
}

/** RFC 3339 date-time with a required zone, with ajv-formats' leap-second rule. */
function isDateTime(s: string): boolean {
  if (s.length < 20) return false;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 2);
  const day = digits(s, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || s.charCodeAt(4) !== C.Dash || s.charCodeAt(7) !== C.Dash) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : DAYS[month]!)) return false;
  const sep = s.charCodeAt(10);
  if (sep !== 116 && sep !== 84 && !/\s/.test(s[10]!)) return false;
  const hr = digits(s, 11, 2);
  const min = digits(s, 14, 2);
  const secInt = digits(s, 17, 2);
  if (hr < 0 || min < 0 || secInt < 0 || s.charCodeAt(13) !== C.Colon || s.charCodeAt(16) !== C.Colon) return false;
  let p = 19;
  let sec = secInt;
  if (s.charCodeAt(p) === C.Dot) {
    const start = ++p;
    while (p < s.length && isDigit(s.charCodeAt(p))) p++;
    if (p === start) return false;
    sec = Number(s.slice(17, p));
  }
  const z = s.charCodeAt(p);
  let tzSign = 1;
  let tzH = 0;
  let tzM = 0;
  if (z === 122 || z === 90) {
    if (p + 1 !== s.length) return false;
  } else if (z === C.Plus || z === C.Dash) {
    tzSign = z === C.Dash ? -1 : 1;
    tzH = digits(s, p + 1, 2);
    if (tzH < 0) return false;
    const rest = s.length - (p + 3);
    if (rest === 0) tzM = 0;
    else if (rest === 2) tzM = digits(s, p + 3, 2);
    else if (rest === 3 && s.charCodeAt(p + 3) === C.Colon) tzM = digits(s, p + 4, 2);
    else return false;
    if (tzM < 0) return false;
  } else return false;
  if (tzH > 23 || tzM > 59) return false;
  if (hr <= 23 && min <= 59 && sec < 60) return true;
  const utcMin = min - tzM * tzSign;
  const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
  return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
}

const PHONE = /^\+[1-9]\d{6,14}$/;

const isNumberIn = (v: unknown, min: number, max: number) => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;

/** True when `data` is a valid vendor.created payload for publishing (closed object). */
export function handCheckVendorCreated(data: unknown): boolean {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return false;
  const o = data as Partial<Record<string, unknown>> & Record<'id' | 'name' | 'open' | 'createdAt' | 'updatedAt', unknown>;
  for (const key of Object.keys(o)) {
    switch (key) {
      case 'id':
      case 'name':
      case 'description':
      case 'phone':
      case 'email':
      case 'website':
      case 'open':
      case 'primaryImage':
      case 'lat':
      case 'long':
      case 'createdAt':
      case 'updatedAt':
        continue;
      default:
        return false;
    }
  }
  // Own properties only (a value inherited from a prototype is absent), and undefined counts as absent.
  const { id, name, open, createdAt, updatedAt, description, phone, email, website, primaryImage, lat, long } = o;
  if (id === undefined || name === undefined || open === undefined || createdAt === undefined || updatedAt === undefined) return false;
  if (!hasOwn.call(o, 'id') || !hasOwn.call(o, 'name') || !hasOwn.call(o, 'open') || !hasOwn.call(o, 'createdAt') || !hasOwn.call(o, 'updatedAt')) return false;
  if (typeof id !== 'string' || !isUuid(id)) return false;
  if (typeof name !== 'string' || name.length === 0 || !maxCodePoints(name, 120)) return false;
  if (typeof open !== 'boolean') return false;
  if (typeof createdAt !== 'string' || !isDateTime(createdAt)) return false;
  if (typeof updatedAt !== 'string' || !isDateTime(updatedAt)) return false;
  if (description !== undefined && hasOwn.call(o, 'description') && (typeof description !== 'string' || !maxCodePoints(description, 2000))) return false;
  if (phone !== undefined && hasOwn.call(o, 'phone') && (typeof phone !== 'string' || !PHONE.test(phone))) return false;
  if (email !== undefined && hasOwn.call(o, 'email') && (typeof email !== 'string' || !maxCodePoints(email, 254) || !isEmail(email))) return false;
  if (website !== undefined && hasOwn.call(o, 'website') && (typeof website !== 'string' || !maxCodePoints(website, 2048) || !isUri(website))) return false;
  if (primaryImage !== undefined && hasOwn.call(o, 'primaryImage') && (typeof primaryImage !== 'string' || !maxCodePoints(primaryImage, 2048) || !isUri(primaryImage))) return false;
  if (lat !== undefined && hasOwn.call(o, 'lat') && !isNumberIn(lat, -90, 90)) return false;
  if (long !== undefined && hasOwn.call(o, 'long') && !isNumberIn(long, -180, 180)) return false;
  return true;
}

/** The format checks on their own, for the equivalence proof against ajv-formats. */
export const handFormats = { uuid: isUuid, email: isEmail, uri: isUri, 'date-time': isDateTime } as const;
