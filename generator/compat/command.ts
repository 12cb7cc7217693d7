// `herald diff <old> <new>` and `herald check --against <git-ref>`: load both contract
// sets, compare them (document rules + schema engine), render the report. Never prints or
// exits: cli.ts does. Exit codes: 0 compatible, 1 breaking, 2 usage or input errors.

import { compareIr, type Finding } from './document.js';
import { CompatInputError, loadGitRef, loadPath, type ContractSet } from './contract-set.js';
import { render, type Format, type Report, type ReportFinding } from './report.js';
import type { Mode, Policy } from './schema/index.js';

export interface CompatCommandOutput {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface CompatCommandOptions {
  /** Working directory for relative paths and git (default: process.cwd()). */
  cwd?: string;
}

const USAGE = `Usage:
  herald diff <old> <new> [options]
      Compare two contract sets: folders of *.asyncapi.yaml, or two contract files.
  herald check --against <git-ref> [--contracts DIR] [options]
      Compare the working tree's contracts (default contracts/) with those at <git-ref>.

Options:
  --mode backward|forward|full     which readers must keep working (default full):
                                   backward = new readers, old events; forward = old readers, new events
  --policy writer-reader|strict    writer-reader (default): writers closed, readers open, as Herald's
                                   validators are; strict: Confluent's rules on the schemas as written
  --format text|json|github        output (default text); github prints ::error/::warning annotations

Exit codes: 0 compatible, 1 breaking changes, 2 usage or input errors.
`;

const MODES: readonly Mode[] = ['backward', 'forward', 'full'];
const POLICIES: readonly Policy[] = ['writer-reader', 'strict'];
const FORMATS: readonly Format[] = ['text', 'json', 'github'];

class UsageError extends Error {}

interface Parsed {
  positional: string[];
  options: Map<string, string>;
}

function parse(argv: readonly string[], valued: readonly string[]): Parsed {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq > 0 ? arg.slice(0, eq) : arg).slice(2);
    if (!valued.includes(name)) throw new UsageError(`unknown option "${arg}"`);
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
    options.set(name, value);
  }
  return { positional, options };
}

function choice<T extends string>(options: Map<string, string>, name: string, allowed: readonly T[], fallback: T): T {
  const v = options.get(name);
  if (v === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(v)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got "${v}"`);
  return v as T;
}

export async function runCompatCommand(name: 'diff' | 'check', argv: string[], options: CompatCommandOptions = {}): Promise<CompatCommandOutput> {
  const cwd = options.cwd ?? process.cwd();
  if (argv.includes('--help') || argv.includes('-h')) return { exitCode: 0, stdout: USAGE, stderr: '' };
  let mode: Mode;
  let policy: Policy;
  let format: Format;
  let load: () => Promise<[ContractSet, ContractSet]>;
  let subject: string;
  try {
    const common = ['mode', 'policy', 'format'];
    const parsed = parse(argv, name === 'check' ? [...common, 'against', 'contracts'] : common);
    mode = choice(parsed.options, 'mode', MODES, 'full');
    policy = choice(parsed.options, 'policy', POLICIES, 'writer-reader');
    format = choice(parsed.options, 'format', FORMATS, 'text');
    if (name === 'diff') {
      if (parsed.positional.length !== 2) throw new UsageError(`diff needs exactly two paths (old and new), got ${parsed.positional.length}`);
      const [a, b] = parsed.positional as [string, string];
      subject = `${a} (old) with ${b} (new)`;
      load = async () => {
        const older = await loadPath(a, cwd);
        try {
          return [older, await loadPath(b, cwd)];
        } catch (err) {
          await older.dispose();
          throw err;
        }
      };
    } else {
      if (parsed.positional.length) throw new UsageError(`check takes no paths (got "${parsed.positional[0]}"); use --contracts DIR`);
      const ref = parsed.options.get('against');
      if (!ref) throw new UsageError('check needs --against <git-ref>');
      const dir = parsed.options.get('contracts') ?? 'contracts';
      subject = `${dir} at ${ref} (old) with the working tree (new)`;
      load = async () => {
        const before = await loadGitRef(ref, dir, cwd);
        try {
          return [before, await loadPath(dir, cwd)];
        } catch (err) {
          await before.dispose();
          throw err;
        }
      };
    }
  } catch (err) {
    if (err instanceof UsageError) return { exitCode: 2, stdout: '', stderr: `herald ${name}: ${err.message}\n\n${USAGE}` };
    throw err;
  }

  let sets: [ContractSet, ContractSet];
  try {
    sets = await load();
  } catch (err) {
    if (err instanceof CompatInputError) {
      const details = err.diagnostics.map((d) => `  ${d}`).join('\n');
      return { exitCode: 2, stdout: '', stderr: `herald ${name}: ${err.message}${details ? `\n${details}` : ''}\n` };
    }
    throw err;
  }
  const [older, newer] = sets;
  try {
    const findings = compareIr(older.ir, newer.ir, { mode, policy });
    const report: Report = { compatible: !findings.some((f) => f.breaking), findings: findings.map((f) => locate(f, older, newer)) };
    return { exitCode: report.compatible ? 0 : 1, stdout: render(report, format, { command: name, mode, policy, subject }), stderr: '' };
  } finally {
    await older.dispose();
    await newer.dispose();
  }
}

/** Where the finding's text is written: in the new set when the file is still there, else in the old one. */
function locate(f: Finding, older: ContractSet, newer: ContractSet): ReportFinding {
  const set = newer.has(f.file) ? newer : older.has(f.file) ? older : f.side === 'new' ? newer : older;
  const base = { event: f.event, version: f.version, pointer: f.pointer, rule: f.rule, direction: f.direction, breaking: f.breaking, message: f.message };
  if (!set.has(f.file)) return { ...base, file: set.display(f.file) };
  const at = set.locator.locate(f.file, f.pointer);
  return { ...base, file: set.display(at.file), line: at.line };
}
