// Rendering a comparison: text for people, JSON for tools, GitHub workflow commands for
// annotations on pull requests (error for breaking findings, warning for the others).

import type { Mode, Policy } from './schema/index.js';
import type { Finding } from './document.js';

export type Format = 'text' | 'json' | 'github';

/** One finding as printed: the document finding, with `file` as the user named it (following `$ref`s) and its line. */
export type ReportFinding = Omit<Finding, 'side'> & { line?: number };

export interface Report {
  compatible: boolean;
  findings: ReportFinding[];
}

export interface RenderContext {
  command: 'diff' | 'check';
  mode: Mode;
  policy: Policy;
  /** What was compared, e.g. "contracts (HEAD~1 → working tree)". */
  subject: string;
}

export function render(report: Report, format: Format, ctx: RenderContext): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'github':
      return renderGithub(report, ctx);
    default:
      return renderText(report, ctx);
  }
}

function label(f: ReportFinding): string {
  return f.version === null ? f.event : `${f.event} v${f.version}`;
}

function where(f: ReportFinding): string {
  return f.line === undefined ? f.file : `${f.file}:${f.line}`;
}

function summary(report: Report, ctx: RenderContext): string {
  const broken = report.findings.filter((f) => f.breaking).length;
  const fine = report.findings.length - broken;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const counts = `${plural(broken, 'breaking change')}, ${plural(fine, 'compatible change')} (mode ${ctx.mode}, policy ${ctx.policy})`;
  return report.compatible ? `herald ${ctx.command}: compatible: ${counts}.` : `herald ${ctx.command}: BREAKING: ${counts}.`;
}

const ADVICE =
  'A breaking change is accepted only as a new event version: add a message with the same name and x-herald-version: N+1 next to the old one, and retire the old version (x-herald-retired: true) before removing it.';

function renderText(report: Report, ctx: RenderContext): string {
  const lines: string[] = [`Comparing ${ctx.subject}`, ''];
  const broken = report.findings.filter((f) => f.breaking);
  const fine = report.findings.filter((f) => !f.breaking);
  for (const [title, list] of [
    ['Breaking', broken],
    ['Compatible', fine],
  ] as const) {
    if (!list.length) continue;
    lines.push(`${title}:`);
    for (const f of list) {
      lines.push(`  ${label(f)}  ${f.rule}${f.breaking ? ` [${f.direction}]` : ''}`);
      lines.push(`    at ${where(f)}  ${f.pointer}`);
      lines.push(`    ${f.message}`);
    }
    lines.push('');
  }
  if (!report.findings.length) lines.push('No differences in events, channels, operations or servers.', '');
  lines.push(summary(report, ctx));
  if (!report.compatible) lines.push(ADVICE);
  return `${lines.join('\n')}\n`;
}

/** Escaping of GitHub workflow commands: data escapes %, CR, LF; properties also : and ,. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function renderGithub(report: Report, ctx: RenderContext): string {
  const lines = report.findings.map((f) => {
    const props = [`file=${escapeProperty(f.file)}`, ...(f.line === undefined ? [] : [`line=${f.line}`]), `title=${escapeProperty(`${label(f)} ${f.rule}`)}`];
    return `::${f.breaking ? 'error' : 'warning'} ${props.join(',')}::${escapeData(`${f.message} (${f.pointer})`)}`;
  });
  lines.push(summary(report, ctx));
  if (!report.compatible) lines.push(ADVICE);
  return `${lines.join('\n')}\n`;
}
