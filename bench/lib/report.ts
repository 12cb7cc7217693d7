// The console table and bench/RESULTS.md.

import os from 'node:os';
import { meets, summarize, type Row, type Target } from './stats.js';

export interface SectionResult {
  name: string;
  title: string;
  rows: Row[];
  /** Markdown paragraphs: what the figures mean, what limits a missed target, what was fixed. */
  notes: string[];
  /** Set when the section could not run (e.g. no broker). */
  skipped?: string;
}

export interface RunInfo {
  date: string;
  machine: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  natsServer: string;
  kafka: string;
  loadStart: string;
  loadEnd: string;
  rounds: number;
  warmup: number;
  quick: boolean;
  durationS: number;
  command: string;
}

export function machineInfo(): Pick<RunInfo, 'machine' | 'cpu' | 'cores' | 'memoryGiB' | 'node'> {
  const cpus = os.cpus();
  return {
    machine: `${os.type()} ${os.release()} ${os.arch()}`,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
  };
}

export function loadAverage(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
}

function digitsFor(row: Row, value: number): number {
  if (row.digits !== undefined) return row.digits;
  const abs = Math.abs(value);
  if (abs >= 100) return 0;
  if (abs >= 10) return 1;
  return 2;
}

export function formatValue(row: Row, value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  const text = value.toFixed(digitsFor(row, value));
  return Math.abs(value) >= 10_000 ? Number(text).toLocaleString('en-US') : text;
}

export function targetText(target: Target | undefined, unit: string): string {
  if (!target) return '';
  const op = target.op === '<=' ? '≤' : target.op === '>=' ? '≥' : '<';
  return `${op} ${target.value}${unit === '×' ? '×' : ` ${unit}`}`;
}

export function verdict(row: Row): string {
  if (!row.target) return '';
  const { median } = summarize(row.values);
  if (!Number.isFinite(median)) return 'n/a';
  return meets(row.target, median) ? 'met' : 'MISSED';
}

function cells(row: Row): string[] {
  const s = summarize(row.values);
  return [row.name, `${formatValue(row, s.median)} ${row.unit}`, `${formatValue(row, s.min)} – ${formatValue(row, s.max)}`, targetText(row.target, row.unit), verdict(row)];
}

export function consoleTable(sections: readonly SectionResult[]): string {
  const lines: string[] = [];
  const header = ['measure', 'median', 'min – max', 'target', ''];
  for (const section of sections) {
    lines.push('', `== ${section.title}${section.skipped ? ` (skipped: ${section.skipped})` : ''}`);
    if (section.rows.length === 0) continue;
    const table = [header, ...section.rows.map(cells)];
    const widths = header.map((_, c) => Math.max(...table.map((r) => r[c]!.length)));
    for (const r of table) lines.push('  ' + r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd());
  }
  return lines.join('\n');
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|');

export function markdown(info: RunInfo, sections: readonly SectionResult[]): string {
  const out: string[] = [];
  out.push('# Herald benchmark results', '');
  out.push(`Written by \`${info.command}\` on ${info.date} (${Math.round(info.durationS)} s). Benchmarks, not tests: nothing here fails on a slow machine.`, '');
  out.push('| | |', '|---|---|');
  out.push(`| Machine | ${info.machine} |`);
  out.push(`| CPU | ${info.cpu}, ${info.cores} cores |`);
  out.push(`| Memory | ${info.memoryGiB} GiB |`);
  out.push(`| Node | ${info.node} |`);
  out.push(`| nats-server | ${info.natsServer} |`);
  out.push(`| Kafka | ${info.kafka} |`);
  out.push(`| Load average (1/5/15 min) | start ${info.loadStart}, end ${info.loadEnd} |`);
  out.push(
    `| Method | every figure: median and min – max over ${info.rounds} measured rounds after ${info.warmup} warm-up round${info.warmup === 1 ? '' : 's'}${info.quick ? ' (--quick)' : ''}; compared variants run side by side in each round, their order flipping every round (A B, B A, …); ratios are taken per round, then summarised |`,
  );
  out.push('');
  out.push('## Summary', '');
  out.push('| Section | Measure | Median | Min – max | Target | |', '|---|---|---:|---:|---|---|');
  for (const section of sections) {
    for (const row of section.rows.filter((r) => r.target)) {
      const [name, median, range, target, v] = cells(row);
      out.push(`| ${escapeCell(section.title)} | ${escapeCell(name!)} | ${median} | ${range} | ${target} | ${v === 'MISSED' ? '**missed**' : v} |`);
    }
  }
  for (const section of sections) {
    out.push('', `## ${section.title}`, '');
    if (section.skipped) out.push(`Skipped: ${section.skipped}`, '');
    if (section.rows.length) {
      out.push('| Measure | Median | Min – max | Target | |', '|---|---:|---:|---|---|');
      for (const row of section.rows) {
        const [name, median, range, target, v] = cells(row);
        out.push(`| ${escapeCell(name!)} | ${median} | ${range} | ${target} | ${v === 'MISSED' ? '**missed**' : v} |`);
      }
      out.push('');
    }
    for (const note of section.notes) out.push(note, '');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
