// Deterministic broker names for channel addresses, shared by the generator (which
// computes them once) and the runtime (which fills in parameter values safely).
//
// Subject: the address split on '/' or '.', each token escaped to [A-Za-z0-9_-] with
// `_XX` hex escapes (and `_` itself as `__`), so distinct addresses never collide.
// Parameters stay as `{name}` tokens. Kafka topic: the same tokens joined with '.',
// without parameter tokens (one topic per channel; parameters live in the subject and key).

import { InvalidParameterError } from './errors.js';

const PARAM = /^\{([^{}]+)\}$/;
const SAFE = /^[A-Za-z0-9-]$/;
const MAX_TOPIC = 249;

export function escapeToken(token: string): string {
  let out = '';
  for (const ch of token) {
    if (SAFE.test(ch)) out += ch;
    else if (ch === '_') out += '__';
    else for (const b of new TextEncoder().encode(ch)) out += '_' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** True when an address cannot name a subject by itself (null, '/', a URL, nothing but separators). */
export function isDynamicAddress(address: string | null | undefined): boolean {
  return address == null || /^[a-z][a-z0-9+.-]*:\/\//i.test(address) || address.split(/[/.]/).every((t) => t.trim() === '');
}

export interface ChannelNames {
  subject: string;
  topic: string;
  parameters: string[];
}

export function channelNames(channelId: string, address: string | null | undefined, kafkaTopic?: string): ChannelNames {
  const raw = isDynamicAddress(address) ? [channelId] : address!.split(/[/.]/).filter((t) => t !== '');
  const parameters: string[] = [];
  const tokens = raw.map((t) => {
    const m = PARAM.exec(t);
    if (m) {
      parameters.push(m[1]!);
      return `{${m[1]}}`;
    }
    return escapeToken(t);
  });
  const staticTokens = tokens.filter((t) => !PARAM.test(t));
  let topic = kafkaTopic ?? (staticTokens.length ? staticTokens.join('.') : escapeToken(channelId));
  if (topic.length > MAX_TOPIC) topic = topic.slice(0, MAX_TOPIC);
  return { subject: tokens.join('.'), topic, parameters };
}

const BAD_PARAM = /[.*>\s]/;

/** Fill `{param}` tokens of a subject template; values must be non-empty single NATS tokens. */
export function fillSubject(template: string, params: Readonly<Record<string, string | number>> | undefined, channelId = template): string {
  if (!template.includes('{')) return template;
  return template.replace(/\{([^{}]+)\}/g, (_m, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === '') {
      throw new InvalidParameterError(`channel "${channelId}" needs parameter "${name}"`, { channel: channelId, parameter: name });
    }
    const text = String(value);
    if (BAD_PARAM.test(text)) {
      throw new InvalidParameterError(`parameter "${name}" of channel "${channelId}" must not contain '.', '*', '>' or whitespace: ${JSON.stringify(text)}`, {
        channel: channelId,
        parameter: name,
        value: text,
      });
    }
    return text;
  });
}

/** A subject template with every parameter as the single-token wildcard, for subscriptions. */
export function subjectPattern(template: string): string {
  return template.replace(/\{[^{}]+\}/g, '*');
}

/** Parameter values of a concrete subject, by the template's parameter positions. */
export function extractParameters(template: string, subject: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!template.includes('{')) return out; // most channels have no parameters: skip the splits
  const t = template.split('.');
  const s = subject.split('.');
  t.forEach((tok, i) => {
    const m = PARAM.exec(tok);
    if (m && s[i] !== undefined) out[m[1]!] = s[i]!;
  });
  return out;
}
