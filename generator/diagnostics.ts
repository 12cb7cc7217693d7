// Contract problems found by any stage, reported all at once by the CLI as
// `file:line:col: message (hint)`. Plain data so stages never print.

export interface Diagnostic {
  /** Contract file, relative to the contracts dir ('/'-separated). */
  file: string;
  line?: number;
  column?: number;
  /** JSON pointer of the offending node in `file` ('' for the document root). */
  pointer: string;
  message: string;
  hint?: string;
}

export function formatDiagnostic(d: Diagnostic, prefix = ''): string {
  const where = d.line === undefined ? `${prefix}${d.file}#${d.pointer}` : `${prefix}${d.file}:${d.line}:${d.column ?? 1}`;
  return `${where}: ${d.message}${d.hint ? ` (${d.hint})` : ''}`;
}

/** Stable order: by file, then position, then message; duplicates removed. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of list) {
    const key = formatDiagnostic(d);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(d);
    }
  }
  return out.sort(
    (a, b) =>
      compare(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || compare(a.pointer, b.pointer) || compare(a.message, b.message),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** JSON pointer from path segments (RFC 6901 escaping). */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function fromPointer(pointer: string): string[] {
  if (pointer === '' || pointer === '#') return [];
  return pointer
    .replace(/^#/, '')
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
