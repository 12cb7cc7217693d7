// A pino-compatible logger seam: anything with (obj, msg) level methods fits, pino included.
// Payload fields marked sensitive in the contract are replaced before anything is logged.

import { escapePointer } from '../core/codec.js';

export type LogFn = (obj: Record<string, unknown>, msg?: string) => void;

export interface Logger {
  debug: LogFn;
  info: LogFn;
  warn: LogFn;
  error: LogFn;
  /** pino's level check; lets the bus skip building debug entries (payload redaction) nobody reads. */
  isLevelEnabled?(level: string): boolean;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

/** One JSON line per entry on stderr, at `level` and above. The default logger (level warn). */
export function consoleLogger(level: LogLevel = 'warn', write: (line: string) => void = (l) => process.stderr.write(l + '\n')): Logger {
  const at =
    (name: Exclude<LogLevel, 'silent'>): LogFn =>
    (obj, msg) => {
      if (ORDER[name] < ORDER[level]) return;
      write(JSON.stringify({ level: name, time: new Date().toISOString(), msg, ...obj }, errorReplacer));
    };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    isLevelEnabled: (name) => ORDER[name as LogLevel] >= ORDER[level],
  };
}

export const silentLogger: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {}, isLevelEnabled: () => false };

function errorReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, code: (value as { code?: unknown }).code };
  return value;
}

export const REDACTED = '[REDACTED]';

/**
 * Copy `data` with every field at a sensitive pointer replaced by REDACTED.
 * Pointers may use `*` for any array index or object key.
 */
export function redact(data: unknown, pointers: readonly string[]): unknown {
  if (pointers.length === 0) return data;
  const paths = pointers.map((p) => p.split('/').slice(1));
  return walk(data, paths);
}

function walk(value: unknown, paths: string[][]): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (paths.some((p) => p.length === 0)) return REDACTED;
  const out: Record<string, unknown> | unknown[] = Array.isArray(value) ? [] : {};
  for (const [key, child] of Object.entries(value)) {
    const token = escapePointer(key);
    const next = paths.filter((p) => p[0] === token || p[0] === '*').map((p) => p.slice(1));
    const redacted = next.some((p) => p.length === 0) ? REDACTED : next.length ? walk(child, next) : child;
    if (Array.isArray(out)) out.push(redacted);
    else Object.defineProperty(out, key, { value: redacted, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
