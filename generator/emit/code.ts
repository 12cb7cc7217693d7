// Small helpers for writing TypeScript source text deterministically.

/** A single-quoted TypeScript string literal. */
export function lit(text: string): string {
  return `'${JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

/** A property key: bare when it is an identifier, quoted otherwise. */
export function key(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : lit(name);
}

/** A plain JSON-compatible value as a TypeScript expression (single quotes, sorted nothing: key order is kept). */
export function value(v: unknown, indent = ''): string {
  if (v === null || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return lit(v);
  const inner = indent + '  ';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    const flat = `[${v.map((x) => value(x, inner)).join(', ')}]`;
    if (flat.length <= 80 && !flat.includes('\n')) return flat;
    return `[\n${v.map((x) => inner + value(x, inner) + ',').join('\n')}\n${indent}]`;
  }
  if (typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, x]) => `${inner}${key(k)}: ${value(x, inner)},`).join('\n')}\n${indent}}`;
  }
  return 'undefined';
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function header(sourceLabel: string): string {
  return `// Generated from ${sourceLabel}. Do not edit.\n`;
}
