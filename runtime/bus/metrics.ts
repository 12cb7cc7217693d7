// Bus metrics: counters and latency histograms keyed by labels, readable as a snapshot
// or as Prometheus text exposition (format 0.0.4).

export type Labels = Readonly<Record<string, string>>;

const DEFAULT_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

interface CounterDef {
  kind: 'counter';
  help: string;
  values: Map<string, { labels: Labels; value: number }>;
}
interface HistogramDef {
  kind: 'histogram';
  help: string;
  buckets: number[];
  values: Map<string, { labels: Labels; counts: number[]; sum: number; count: number }>;
}
interface GaugeDef {
  kind: 'gauge';
  help: string;
  read: () => Array<{ labels: Labels; value: number }>;
}

export interface MetricsSnapshot {
  counters: Record<string, Array<{ labels: Labels; value: number }>>;
  histograms: Record<string, Array<{ labels: Labels; count: number; sum: number; p50: number; p99: number }>>;
}

const keyOf = (labels: Labels): string => {
  const keys = Object.keys(labels);
  // Every publish and every handled event lands here with one or two labels: skip the
  // sort/map/join allocations for those (same key as the general form).
  if (keys.length === 1) return `${keys[0]}=${labels[keys[0]!]}`;
  if (keys.length === 2) {
    const [a, b] = keys[0]! < keys[1]! ? keys : [keys[1]!, keys[0]!];
    return `${a}=${labels[a!]},${b}=${labels[b!]}`;
  }
  return keys
    .sort()
    .map((k) => `${k}=${labels[k]}`)
    .join(',');
};

export class Metrics {
  private readonly defs = new Map<string, CounterDef | HistogramDef | GaugeDef>();

  constructor(readonly prefix = 'herald_') {}

  inc(name: string, labels: Labels, by = 1): void {
    const def = this.def(name, () => ({ kind: 'counter', help: name, values: new Map() })) as CounterDef;
    const k = keyOf(labels);
    const cur = def.values.get(k);
    if (cur) cur.value += by;
    else def.values.set(k, { labels, value: by });
  }

  observe(name: string, labels: Labels, seconds: number): void {
    const def = this.def(name, () => ({ kind: 'histogram', help: name, buckets: DEFAULT_BUCKETS, values: new Map() })) as HistogramDef;
    const k = keyOf(labels);
    let cur = def.values.get(k);
    if (!cur) def.values.set(k, (cur = { labels, counts: new Array(def.buckets.length).fill(0), sum: 0, count: 0 }));
    cur.sum += seconds;
    cur.count += 1;
    const i = def.buckets.findIndex((b) => seconds <= b);
    if (i >= 0) cur.counts[i]! += 1;
  }

  gauge(name: string, help: string, read: GaugeDef['read']): void {
    this.defs.set(name, { kind: 'gauge', help, read });
  }

  describe(name: string, help: string): void {
    const def = this.defs.get(name);
    if (def) def.help = help;
  }

  /** Current value of a counter summed over label sets matching `filter`. */
  count(name: string, filter: Labels = {}): number {
    const def = this.defs.get(name);
    if (!def || def.kind !== 'counter') return 0;
    let total = 0;
    for (const { labels, value } of def.values.values()) {
      if (Object.entries(filter).every(([k, v]) => labels[k] === v)) total += value;
    }
    return total;
  }

  snapshot(): MetricsSnapshot {
    const out: MetricsSnapshot = { counters: {}, histograms: {} };
    for (const [name, def] of this.defs) {
      if (def.kind === 'counter') out.counters[name] = [...def.values.values()].map((v) => ({ ...v }));
      else if (def.kind === 'histogram') {
        out.histograms[name] = [...def.values.values()].map((v) => ({
          labels: v.labels,
          count: v.count,
          sum: v.sum,
          p50: quantile(def.buckets, v.counts, v.count, 0.5),
          p99: quantile(def.buckets, v.counts, v.count, 0.99),
        }));
      }
    }
    return out;
  }

  /** Prometheus text exposition. */
  prometheus(): string {
    const lines: string[] = [];
    for (const name of [...this.defs.keys()].sort()) {
      const def = this.defs.get(name)!;
      const full = this.prefix + name;
      lines.push(`# HELP ${full} ${escapeHelp(def.help)}`, `# TYPE ${full} ${def.kind}`);
      if (def.kind === 'counter') for (const v of def.values.values()) lines.push(`${full}${fmtLabels(v.labels)} ${v.value}`);
      else if (def.kind === 'gauge') for (const v of def.read()) lines.push(`${full}${fmtLabels(v.labels)} ${v.value}`);
      else {
        for (const v of def.values.values()) {
          let cumulative = 0;
          def.buckets.forEach((b, i) => {
            cumulative += v.counts[i]!;
            lines.push(`${full}_bucket${fmtLabels({ ...v.labels, le: String(b) })} ${cumulative}`);
          });
          lines.push(`${full}_bucket${fmtLabels({ ...v.labels, le: '+Inf' })} ${v.count}`);
          lines.push(`${full}_sum${fmtLabels(v.labels)} ${v.sum}`, `${full}_count${fmtLabels(v.labels)} ${v.count}`);
        }
      }
    }
    return lines.join('\n') + '\n';
  }

  private def(name: string, make: () => CounterDef | HistogramDef): CounterDef | HistogramDef | GaugeDef {
    let def = this.defs.get(name);
    if (!def) this.defs.set(name, (def = make()));
    return def;
  }
}

function quantile(buckets: number[], counts: number[], total: number, q: number): number {
  if (total === 0) return 0;
  const rank = q * total;
  let seen = 0;
  for (let i = 0; i < buckets.length; i++) {
    seen += counts[i]!;
    if (seen >= rank) return buckets[i]!;
  }
  return Infinity;
}

function fmtLabels(labels: Labels): string {
  const keys = Object.keys(labels).sort();
  if (!keys.length) return '';
  return '{' + keys.map((k) => `${k}="${labels[k]!.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`).join(',') + '}';
}

function escapeHelp(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}
