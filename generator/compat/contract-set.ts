// Loading the two sides of a comparison as IRs (through the pipeline's buildIr):
//   - a folder: every *.asyncapi.yaml under it, as `herald generate` reads it;
//   - a single contract file: copied into a temp folder together with every non-contract
//     YAML/JSON file of its folder tree (shared fragments such as common/), so its relative
//     `$ref`s resolve while sibling contracts (and their errors) stay out of the comparison;
//   - a git ref: the files under the contracts folder at that commit, read with
//     `git ls-tree` / `git cat-file` into a temp folder.
// Contract errors become a CompatInputError carrying the diagnostics (exit code 2).

import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { formatDiagnostic, type Diagnostic } from '../diagnostics.js';
import { listFiles } from '../load/list-files.js';
import { SourceLocator } from '../load/source-locator.js';
import type { Ir } from '../model/ir.js';
import { buildIr } from '../pipeline.js';

const run = promisify(execFile);
const CONTRACT_FILE = /\.asyncapi\.ya?ml$/;
const SOURCE_FILE = /\.(ya?ml|json)$/;

/** Bad input (missing path, unparsable contract, bad git ref): reported with exit code 2. */
export class CompatInputError extends Error {
  constructor(
    message: string,
    readonly diagnostics: readonly string[] = [],
  ) {
    super(message);
    this.name = 'CompatInputError';
  }
}

export interface ContractSet {
  ir: Ir;
  /** Folder buildIr read (a temp copy for files and git refs). */
  root: string;
  /** Folder the findings' files are shown under (the user's path; for a git ref, the working-tree folder). */
  displayRoot: string;
  locator: SourceLocator;
  /** True when `root` holds this relative file. */
  has(file: string): boolean;
  /** How to show a file of this set: its path under `displayRoot` ('/'-separated). */
  display(file: string): string;
  dispose(): Promise<void>;
}

interface FolderOptions {
  root: string;
  displayRoot: string;
  /** What the set is called in error messages. */
  label: string;
  /** Prefix of diagnostics' file names (e.g. `HEAD~1:contracts/`). */
  diagnosticPrefix: string;
  /** Temp folder to delete on dispose. */
  temp?: string;
  /** Files copied under another name: temp name → original name. */
  renamed?: ReadonlyMap<string, string>;
}

async function fromFolder(o: FolderOptions): Promise<ContractSet> {
  const files = await listFiles(o.root).catch(() => [] as string[]);
  const original = (file: string): string => o.renamed?.get(file) ?? file;
  let ir: Ir = { documents: [] };
  if (files.some((f) => CONTRACT_FILE.test(f))) {
    const built = await buildIr({ contractsDir: o.root });
    if (built.diagnostics.length) {
      if (o.temp) await rm(o.temp, { recursive: true, force: true });
      throw new CompatInputError(
        `${o.label} has contract errors`,
        built.diagnostics.map((d: Diagnostic) => formatDiagnostic({ ...d, file: original(d.file) }, o.diagnosticPrefix)),
      );
    }
    ir = built.ir;
  }
  const present = new Set(files);
  return {
    ir,
    root: o.root,
    displayRoot: o.displayRoot,
    locator: new SourceLocator(o.root),
    has: (file) => present.has(file),
    display: (file) => prefixOf(o.displayRoot) + original(file),
    dispose: async () => {
      if (o.temp) await rm(o.temp, { recursive: true, force: true });
    },
  };
}

function prefixOf(displayRoot: string): string {
  const p = displayRoot.split(path.sep).join('/');
  return p === '' || p === '.' ? '' : p.endsWith('/') ? p : `${p}/`;
}

/** A contract folder, or a single contract file (see the header). `target` is shown as given. */
export async function loadPath(target: string, cwd: string): Promise<ContractSet> {
  const abs = path.resolve(cwd, target);
  const info = await stat(abs).catch(() => undefined);
  if (!info) throw new CompatInputError(`${target}: no such file or directory`);
  if (info.isDirectory()) {
    const files = await listFiles(abs);
    if (!files.some((f) => CONTRACT_FILE.test(f))) throw new CompatInputError(`${target}: no *.asyncapi.yaml contract in this folder`);
    return fromFolder({ root: abs, displayRoot: target, label: target, diagnosticPrefix: prefixOf(target) });
  }
  if (!CONTRACT_FILE.test(abs) && !SOURCE_FILE.test(abs)) throw new CompatInputError(`${target}: not a contract file (expected *.asyncapi.yaml)`);
  const folder = path.dirname(abs);
  const temp = await mkdtemp(path.join(os.tmpdir(), 'herald-compat-'));
  const name = path.basename(abs);
  const contractName = CONTRACT_FILE.test(name) ? name : `${name.replace(SOURCE_FILE, '')}.asyncapi.yaml`;
  try {
    for (const file of await listFiles(folder)) {
      if (!SOURCE_FILE.test(file) || CONTRACT_FILE.test(file) || file === name) continue;
      await mkdir(path.dirname(path.join(temp, file)), { recursive: true });
      await copyFile(path.join(folder, file), path.join(temp, file));
    }
    await copyFile(abs, path.join(temp, contractName));
  } catch (err) {
    await rm(temp, { recursive: true, force: true });
    throw new CompatInputError(`${target}: cannot read its folder: ${(err as Error).message}`);
  }
  const displayRoot = path.dirname(target);
  const renamed = new Map(contractName === name ? [] : [[contractName, name]]);
  return fromFolder({ root: temp, displayRoot, label: target, diagnosticPrefix: prefixOf(displayRoot), temp, renamed });
}

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
  return stdout;
}

/** The contracts folder as it was at `ref` (an empty set when the folder did not exist there). */
export async function loadGitRef(ref: string, contractsDir: string, cwd: string): Promise<ContractSet> {
  let top: string;
  try {
    top = (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
  } catch (err) {
    throw new CompatInputError(`not inside a git repository (${cwd}): ${firstLine(err)}`);
  }
  let commit: string;
  try {
    commit = (await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
  } catch {
    commit = '';
  }
  if (!commit) throw new CompatInputError(`unknown git ref "${ref}"`, ['use a commit, branch or tag that exists locally (in CI, fetch enough history, e.g. actions/checkout with fetch-depth: 0)']);
  const absContracts = path.resolve(cwd, contractsDir);
  const rel = path.relative(top, absContracts).split(path.sep).join('/');
  if (rel.startsWith('..')) throw new CompatInputError(`${contractsDir} is outside the git repository ${top}`);
  const listing = await git(top, ['ls-tree', '-r', '-z', '--name-only', commit, '--', rel === '' ? '.' : rel]);
  const files = listing.split('\0').filter((f) => f !== '' && SOURCE_FILE.test(f));
  const temp = await mkdtemp(path.join(os.tmpdir(), 'herald-compat-git-'));
  try {
    for (const file of files) {
      const inside = rel === '' ? file : file.slice(rel.length + 1);
      const { stdout } = await run('git', ['cat-file', 'blob', `${commit}:${file}`], { cwd: top, maxBuffer: 64 * 1024 * 1024, encoding: 'buffer' });
      const target = path.join(temp, inside);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, stdout);
    }
  } catch (err) {
    await rm(temp, { recursive: true, force: true });
    throw new CompatInputError(`cannot read ${contractsDir} at ${ref}: ${firstLine(err)}`);
  }
  return fromFolder({ root: temp, displayRoot: contractsDir, label: `${contractsDir} at ${ref}`, diagnosticPrefix: `${ref}:${prefixOf(rel)}`, temp });
}

function firstLine(err: unknown): string {
  const e = err as { stderr?: string | Buffer; message?: string };
  const text = String(e.stderr ?? '').trim() || String(e.message ?? err);
  return text.split('\n')[0]!;
}
