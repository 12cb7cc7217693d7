// End to end on the project's own contracts: a breaking edit to a real contract makes
// `herald check` exit 1 with the expected finding; the same change made as a new event
// version (the old one kept) passes.

import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { runCompatCommand } from '../../generator/compat/command.js';
import { commitAll, git, gitRepo, tempDir } from './helpers.js';

const CONTRACTS = fileURLToPath(new URL('../../contracts', import.meta.url));
const SLOW = 240_000;

interface JsonReport {
  compatible: boolean;
  findings: { event: string; version: number | null; pointer: string; rule: string; direction: string; breaking: boolean; message: string; file: string; line?: number }[];
}

describe('herald check on the real contracts', () => {
  let repo: ReturnType<typeof tempDir>;
  let vendorFile: string;
  let original: string;

  beforeAll(() => {
    repo = tempDir('herald-compat-real-');
    gitRepo(repo.dir);
    cpSync(CONTRACTS, path.join(repo.dir, 'contracts'), { recursive: true });
    commitAll(repo.dir, 'contracts');
    vendorFile = path.join(repo.dir, 'contracts', 'vendor.asyncapi.yaml');
    original = readFileSync(vendorFile, 'utf8');
  });
  afterAll(() => repo.remove());

  const check = async (): Promise<{ exitCode: number; report: JsonReport; stderr: string }> => {
    const out = await runCompatCommand('check', ['--against', 'HEAD', '--format', 'json'], { cwd: repo.dir });
    return { exitCode: out.exitCode, report: out.stdout ? (JSON.parse(out.stdout) as JsonReport) : { compatible: false, findings: [] }, stderr: out.stderr };
  };

  it(
    'making an optional vendor field required is breaking (backward), with the finding on the field',
    async () => {
      const doc = parseDocument(original);
      const required = doc.getIn(['components', 'schemas', 'Vendor', 'required']) as { items: unknown[]; add(v: unknown): void };
      required.add('phone');
      writeFileSync(vendorFile, doc.toString());
      try {
        const { exitCode, report, stderr } = await check();
        expect(stderr).toBe('');
        expect(exitCode).toBe(1);
        expect(report.compatible).toBe(false);
        const created = report.findings.find((f) => f.event === 'vendor.created');
        expect(created).toMatchObject({
          version: 1,
          pointer: '/components/messages/VendorCreated/payload/properties/phone',
          rule: 'REQUIRED_ATTRIBUTE_ADDED',
          direction: 'backward',
          breaking: true,
          file: 'contracts/vendor.asyncapi.yaml',
        });
        expect(created!.message).toContain('property "phone" became required');
        // The line is the phone property of the Vendor schema the message refers to.
        const lines = readFileSync(vendorFile, 'utf8').split('\n');
        const phone = lines.findIndex((l) => /^\s+phone:\s*$/.test(l)) + 1;
        expect(created!.line).toBeGreaterThanOrEqual(phone);
        expect(created!.line).toBeLessThanOrEqual(phone + 1);
        // Every event sharing the Vendor schema is reported, and nothing else breaks.
        expect(report.findings.filter((f) => f.breaking).map((f) => f.event).sort()).toEqual(['vendor.created', 'vendor.updated']);
      } finally {
        writeFileSync(vendorFile, original);
      }
    },
    SLOW,
  );

  it(
    'the same change as vendor.created version 2, with version 1 kept, passes',
    async () => {
      const doc = parseDocument(original);
      const vendor = (doc.getIn(['components', 'schemas', 'Vendor']) as { toJSON(): Record<string, unknown> }).toJSON();
      doc.setIn(['components', 'schemas', 'VendorV2'], doc.createNode({ ...vendor, title: 'VendorV2', required: [...(vendor['required'] as string[]), 'phone'] }));
      const v1 = (doc.getIn(['components', 'messages', 'VendorCreated']) as { toJSON(): Record<string, unknown> }).toJSON();
      doc.setIn(
        ['components', 'messages', 'VendorCreatedV2'],
        doc.createNode({ ...v1, title: 'Vendor created (v2: phone required)', payload: { $ref: '#/components/schemas/VendorV2' }, 'x-herald-version': 2 }),
      );
      doc.setIn(['channels', 'vendorCreated', 'messages', 'VendorCreatedV2'], doc.createNode({ $ref: '#/components/messages/VendorCreatedV2' }));
      (doc.getIn(['operations', 'publishVendorCreated', 'messages']) as { add(v: unknown): void }).add(doc.createNode({ $ref: '#/channels/vendorCreated/messages/VendorCreatedV2' }));
      writeFileSync(vendorFile, doc.toString());
      try {
        const { exitCode, report, stderr } = await check();
        expect(stderr).toBe('');
        expect(exitCode).toBe(0);
        expect(report.compatible).toBe(true);
        expect(report.findings).toMatchObject([{ event: 'vendor.created', version: 2, rule: 'VERSION_ADDED', breaking: false, pointer: '/components/messages/VendorCreatedV2' }]);
      } finally {
        writeFileSync(vendorFile, original);
        git(repo.dir, 'checkout', '-q', '--', 'contracts');
      }
    },
    SLOW,
  );
});
