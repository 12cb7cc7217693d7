// NATS names Herald derives: event subjects, durable consumer names, dead-letter subjects.
// Tokens go through core naming's escapeToken, which is injective and yields [A-Za-z0-9_-],
// so every derived name is a valid subject token, stream name and consumer name.

import { escapeToken, subjectPattern } from '../../core/naming.js';
import type { ChannelDescriptor } from '../../core/contract.js';
import { boundedName } from './options.js';

export function withPrefix(prefix: string, subject: string): string {
  return prefix === '' ? subject : `${prefix}.${subject}`;
}

export function withoutPrefix(prefix: string, subject: string): string {
  return prefix !== '' && subject.startsWith(`${prefix}.`) ? subject.slice(prefix.length + 1) : subject;
}

/** The filter a channel's stream captures and its consumers use: parameters become `*`. */
export function channelFilter(prefix: string, channel: ChannelDescriptor): string {
  return withPrefix(prefix, subjectPattern(channel.subject));
}

/**
 * Durable consumer of a group on a channel. `_-` never occurs inside an escaped token
 * (escapeToken writes `_` only before `_` or two hex digits), so the join is unambiguous.
 */
export function durableName(group: string, channelId: string): string {
  return boundedName(`${escapeToken(group)}_-${escapeToken(channelId)}`);
}

/** `<dlq prefix>.<group>.<channel>.<reason>.<record id>`, every part escaped. */
export function deadLetterSubject(prefix: string, group: string, channelId: string, reason: string, id: string): string {
  return `${prefix}.${escapeToken(group)}.${escapeToken(channelId)}.${escapeToken(reason)}.${escapeToken(id)}`;
}

/** Filter over dead-letter subjects; absent parts match anything. */
export function deadLetterFilter(prefix: string, parts: { group?: string; reason?: string; id?: string }): string {
  const tok = (v: string | undefined) => (v === undefined ? '*' : escapeToken(v));
  return `${prefix}.${tok(parts.group)}.*.${tok(parts.reason)}.${tok(parts.id)}`;
}

/** Inverse of escapeToken, for reading group and reason back out of dead-letter subjects. */
export function unescapeToken(token: string): string {
  const bytes: number[] = [];
  const enc = new TextEncoder();
  for (let i = 0; i < token.length; i++) {
    const ch = token[i]!;
    if (ch !== '_') {
      bytes.push(...enc.encode(ch));
    } else if (token[i + 1] === '_') {
      bytes.push(0x5f);
      i += 1;
    } else {
      bytes.push(parseInt(token.slice(i + 1, i + 3), 16));
      i += 2;
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/** True when every subject matching `pattern` also matches `filter` (NATS wildcard rules). */
export function subjectCovers(filter: string, pattern: string): boolean {
  const f = filter.split('.');
  const p = pattern.split('.');
  for (let i = 0; i < f.length; i++) {
    const ft = f[i]!;
    if (ft === '>') return p.length > i;
    const pt = p[i];
    if (pt === undefined || pt === '>') return false;
    if (ft === '*') continue;
    if (pt === '*' || pt !== ft) return false;
  }
  return f.length === p.length;
}
