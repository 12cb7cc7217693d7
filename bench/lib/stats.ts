// Rounds, alternation and summaries. Every figure is a list of per-round values; the
// report shows the median with min–max. Compared variants run in the same round,
// alternating their order (A B, then B A, …) so machine drift hits both alike.

export interface Target {
  op: '<=' | '>=' | '<';
  value: number;
}

export interface Row {
  section: string;
  name: string;
  unit: string;
  /** One value per measured round (warm-up rounds excluded). */
  values: number[];
  target?: Target;
  /** Digits after the decimal point in the report (default: by magnitude). */
  digits?: number;
}

export interface Summary {
  median: number;
  min: number;
  max: number;
}

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) return { median: NaN, min: NaN, max: NaN };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

export function meets(target: Target, value: number): boolean {
  if (target.op === '<=') return value <= target.value;
  if (target.op === '<') return value < target.value;
  return value >= target.value;
}

/** Value at quantile q (0..1) of an unsorted sample, nearest rank. */
export function quantile(values: Float64Array | number[], q: number): number {
  const sorted = Float64Array.from(values).sort();
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

export type Variant<K extends string, T = number> = readonly [K, () => Promise<T> | T];

/**
 * Run `warmup` unrecorded rounds, then `rounds` recorded ones. In each round every variant
 * runs once; the order flips every round (A B, B A, A B, …). Returns each variant's values.
 */
export async function alternate<K extends string, T = number>(plan: { rounds: number; warmup: number }, variants: ReadonlyArray<Variant<K, T>>): Promise<Record<K, T[]>> {
  const out = Object.fromEntries(variants.map(([k]) => [k, [] as T[]])) as Record<K, T[]>;
  for (let r = 0; r < plan.warmup + plan.rounds; r++) {
    const order = r % 2 === 0 ? variants : [...variants].reverse();
    for (const [name, run] of order) {
      const value = await run();
      if (r >= plan.warmup) out[name].push(value);
    }
  }
  return out;
}

/** Element-wise a[i] / b[i]: a ratio per round, both measured side by side. */
export function ratios(a: readonly number[], b: readonly number[]): number[] {
  return a.map((x, i) => x / b[i]!);
}

/** Element-wise a[i] - b[i]. */
export function differences(a: readonly number[], b: readonly number[]): number[] {
  return a.map((x, i) => x - b[i]!);
}

/** Nanoseconds per call of `fn` over `iterations` calls (input index cycles through `inputs`). */
export function nsPerOp(iterations: number, inputs: number, fn: (i: number) => unknown): number {
  let sink = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) {
    if (fn(i % inputs) === sink) sink++;
  }
  const elapsed = Number(process.hrtime.bigint() - start);
  if (sink < 0) console.log(sink); // keeps the results observable to the optimiser
  return elapsed / iterations;
}
