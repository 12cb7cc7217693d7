import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCompatCommand } from '../../generator/compat/command.js';
import { commitAll, contractsFolder, git, gitRepo, orderContract, tempDir, write } from './helpers.js';

const SLOW = 120_000;

let tmp: ReturnType<typeof tempDir>;
let root: string;

beforeAll(() => {
  tmp = tempDir();
  root = tmp.dir;
  contractsFolder(root, 'base');
  contractsFolder(root, 'same');
  contractsFolder(root, 'breaking', { required: ['orderId', 'total', 'note'] });
  contractsFolder(root, 'optional', { properties: '          coupon: { type: string, maxLength: 32 }\n' });
  contractsFolder(root, 'widened', { totalType: 'number' });
  contractsFolder(root, 'versioned', { v2: { required: ['orderId', 'total', 'note'] } });
  write(root, 'broken/order.asyncapi.yaml', orderContract().replace('action: send', 'action: shout'));
  write(root, 'broken/common/schemas.yaml', readFileSync(path.join(root, 'base/common/schemas.yaml'), 'utf8'));
});

afterAll(() => tmp.remove());

const diff = (...argv: string[]) => runCompatCommand('diff', argv, { cwd: root });

describe('herald diff', () => {
  it(
    'exits 0 with no findings for equal contract sets',
    async () => {
      const out = await diff('base', 'same');
      expect(out.exitCode).toBe(0);
      expect(out.stderr).toBe('');
      expect(out.stdout).toContain('No differences');
      expect(out.stdout).toMatch(/herald diff: compatible: 0 breaking changes, 0 compatible changes \(mode full, policy writer-reader\)\./);
    },
    SLOW,
  );

  it(
    'exits 1 on a breaking change and names event, version, rule, direction and place (text)',
    async () => {
      const out = await diff('base', 'breaking');
      expect(out.exitCode).toBe(1);
      expect(out.stdout).toContain('order.created v1  REQUIRED_ATTRIBUTE_ADDED [backward]');
      expect(out.stdout).toMatch(/at breaking\/order\.asyncapi\.yaml:\d+ {2}\/components\/messages\/OrderCreated\/payload\/properties\/note/);
      expect(out.stdout).toContain('consumers on the new contract cannot read events written with the old one');
      expect(out.stdout).toContain('herald diff: BREAKING: 1 breaking change');
    },
    SLOW,
  );

  it(
    'prints JSON findings',
    async () => {
      const out = await diff('base', 'breaking', '--format', 'json');
      expect(out.exitCode).toBe(1);
      const report = JSON.parse(out.stdout) as { compatible: boolean; findings: Record<string, unknown>[] };
      expect(report.compatible).toBe(false);
      expect(report.findings).toHaveLength(1);
      const f = report.findings[0]!;
      expect(f).toMatchObject({
        event: 'order.created',
        version: 1,
        pointer: '/components/messages/OrderCreated/payload/properties/note',
        rule: 'REQUIRED_ATTRIBUTE_ADDED',
        direction: 'backward',
        breaking: true,
        file: 'breaking/order.asyncapi.yaml',
      });
      expect(typeof f['message']).toBe('string');
      const lines = readFileSync(path.join(root, 'breaking/order.asyncapi.yaml'), 'utf8').split('\n');
      expect(lines[(f['line'] as number) - 1]).toMatch(/^\s+note: /);
    },
    SLOW,
  );

  it(
    'prints GitHub annotations: errors for breaking findings, warnings for compatible ones',
    async () => {
      const out = await diff('base', 'versioned', '--format=github');
      expect(out.exitCode).toBe(0);
      expect(out.stdout).toMatch(/^::warning file=versioned\/order\.asyncapi\.yaml,line=\d+,title=order\.created v2 VERSION_ADDED::version 2 of "order\.created" was added/m);
      const broken = await diff('base', 'breaking', '--format', 'github');
      expect(broken.exitCode).toBe(1);
      expect(broken.stdout).toMatch(/^::error file=breaking\/order\.asyncapi\.yaml,line=\d+,title=order\.created v1 REQUIRED_ATTRIBUTE_ADDED::payload: property "note" became required; breaks backward/m);
    },
    SLOW,
  );

  it(
    'follows $refs into shared files and reports where the text is written',
    async () => {
      const out = await diff('base', 'widened', '--format', 'json', '--mode', 'forward');
      expect(out.exitCode).toBe(1);
      const report = JSON.parse(out.stdout) as { findings: { rule: string; file: string; line: number; pointer: string; direction: string }[] };
      expect(report.findings).toMatchObject([{ rule: 'TYPE_EXTENDED', direction: 'forward', file: 'widened/common/schemas.yaml', pointer: '/components/messages/OrderCreated/payload/properties/total/type' }]);
      expect(readFileSync(path.join(root, 'widened/common/schemas.yaml'), 'utf8').split('\n')[report.findings[0]!.line - 1]).toContain('type: number');
      // integer → number only breaks old readers: backward mode passes.
      expect((await diff('base', 'widened', '--mode', 'backward')).exitCode).toBe(0);
    },
    SLOW,
  );

  it(
    'applies the policy: an optional property is compatible for writer-reader, breaking under strict',
    async () => {
      const wr = await diff('base', 'optional');
      expect(wr.exitCode).toBe(0);
      expect(wr.stdout).toContain('OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL');
      const strict = await diff('base', 'optional', '--policy', 'strict');
      expect(strict.exitCode).toBe(1);
      expect(strict.stdout).toContain('OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL [backward]');
    },
    SLOW,
  );

  it(
    'compares two single contract files, ignoring their sibling contracts',
    async () => {
      write(root, 'files/a/order.asyncapi.yaml', orderContract());
      write(root, 'files/a/common/schemas.yaml', readFileSync(path.join(root, 'base/common/schemas.yaml'), 'utf8'));
      write(root, 'files/a/unrelated.asyncapi.yaml', 'asyncapi: 3.0.0\nnot: [valid');
      write(root, 'files/b/order-next.asyncapi.yaml', orderContract({ noteMaxLength: 100 }));
      write(root, 'files/b/common/schemas.yaml', readFileSync(path.join(root, 'base/common/schemas.yaml'), 'utf8'));
      const out = await diff('files/a/order.asyncapi.yaml', 'files/b/order-next.asyncapi.yaml', '--format', 'json');
      expect(out.stderr).toBe('');
      expect(out.exitCode).toBe(1);
      expect(JSON.parse(out.stdout).findings).toMatchObject([{ rule: 'MAX_LENGTH_DECREASED', file: 'files/b/order-next.asyncapi.yaml' }]);
    },
    SLOW,
  );
});

describe('herald diff: usage and input errors exit 2', () => {
  it('rejects bad arguments', async () => {
    for (const argv of [[], ['base'], ['a', 'b', 'c'], ['base', 'same', '--mode', 'sideways'], ['base', 'same', '--policy', 'lenient'], ['base', 'same', '--format', 'xml'], ['base', 'same', '--bogus']]) {
      const out = await diff(...argv);
      expect(out.exitCode, argv.join(' ')).toBe(2);
      expect(out.stderr).toContain('Usage:');
      expect(out.stdout).toBe('');
    }
  });

  it('prints help with exit 0', async () => {
    const out = await diff('--help');
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toContain('herald check --against <git-ref>');
  });

  it('reports a missing path', async () => {
    const out = await diff('base', 'nowhere');
    expect(out.exitCode).toBe(2);
    expect(out.stderr).toContain('nowhere: no such file or directory');
  });

  it(
    'reports an unparsable contract with its diagnostic',
    async () => {
      const out = await diff('base', 'broken');
      expect(out.exitCode).toBe(2);
      expect(out.stdout).toBe('');
      expect(out.stderr).toContain('broken has contract errors');
      expect(out.stderr).toMatch(/broken\/order\.asyncapi\.yaml:\d+:\d+: /);
    },
    SLOW,
  );
});

describe('herald check --against', () => {
  let repo: ReturnType<typeof tempDir>;
  beforeAll(() => {
    repo = tempDir('herald-compat-git-');
    gitRepo(repo.dir);
    write(repo.dir, 'README.md', 'no contracts yet\n');
    commitAll(repo.dir, 'start');
    git(repo.dir, 'tag', 'before-contracts');
    contractsFolder(repo.dir, 'contracts');
    commitAll(repo.dir, 'contracts');
  });
  afterAll(() => repo.remove());

  const check = (...argv: string[]) => runCompatCommand('check', argv, { cwd: repo.dir });

  it(
    'exits 0 when the working tree matches the ref',
    async () => {
      const out = await check('--against', 'HEAD');
      expect(out.stderr).toBe('');
      expect(out.exitCode).toBe(0);
      expect(out.stdout).toContain('contracts at HEAD (old) with the working tree (new)');
    },
    SLOW,
  );

  it(
    'exits 1 on a breaking edit in the working tree, and 0 once it is a new version',
    async () => {
      write(repo.dir, 'contracts/order.asyncapi.yaml', orderContract({ required: ['orderId', 'total', 'note'] }));
      const broken = await check('--against', 'HEAD', '--format', 'json');
      expect(broken.exitCode).toBe(1);
      expect(JSON.parse(broken.stdout).findings).toMatchObject([
        { event: 'order.created', version: 1, rule: 'REQUIRED_ATTRIBUTE_ADDED', direction: 'backward', breaking: true, file: 'contracts/order.asyncapi.yaml' },
      ]);
      write(repo.dir, 'contracts/order.asyncapi.yaml', orderContract({ v2: { required: ['orderId', 'total', 'note'] } }));
      const versioned = await check('--against', 'HEAD', '--format', 'json');
      expect(versioned.exitCode).toBe(0);
      expect(JSON.parse(versioned.stdout).findings).toMatchObject([{ event: 'order.created', version: 2, rule: 'VERSION_ADDED', breaking: false }]);
      git(repo.dir, 'checkout', '-q', '--', 'contracts');
    },
    SLOW,
  );

  it(
    'treats a ref without contracts as an empty contract set',
    async () => {
      const out = await check('--against', 'before-contracts', '--format', 'json');
      expect(out.exitCode).toBe(0);
      expect(JSON.parse(out.stdout).findings).toMatchObject([{ event: 'order.created', rule: 'EVENT_ADDED', breaking: false }]);
    },
    SLOW,
  );

  it('exits 2 on an unknown ref, outside a repository, or without --against', async () => {
    const bad = await check('--against', 'no-such-branch');
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('unknown git ref "no-such-branch"');
    const missing = await check();
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('check needs --against <git-ref>');
    const elsewhere = tempDir();
    try {
      contractsFolder(elsewhere.dir, 'contracts');
      const out = await runCompatCommand('check', ['--against', 'HEAD'], { cwd: elsewhere.dir });
      expect(out.exitCode).toBe(2);
      expect(out.stderr).toContain('not inside a git repository');
    } finally {
      elsewhere.remove();
    }
  }, SLOW);

  it(
    'reads --contracts relative to the working directory',
    async () => {
      const out = await runCompatCommand('check', ['--against', 'HEAD', '--contracts', '..'], { cwd: path.join(repo.dir, 'contracts', 'common') });
      expect(out.stderr).toBe('');
      expect(out.exitCode).toBe(0);
    },
    SLOW,
  );
});
