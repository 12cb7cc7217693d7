// Every emitted validator module loads as an ES module and validates: examples pass on
// both sides, the publish side is closed and the consume side open, formats are asserted.

import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { EventDescriptor } from 'herald';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isObj, publishSchema } from '../../generator/model/schema.js';
import { fixtureOutput, removeDir, tempDir, VALID_FIXTURES, writeFiles } from './helpers.js';

let dir: string;
const loaded = new Map<string, EventDescriptor[]>();

beforeAll(async () => {
  dir = await tempDir('validators');
  for (const fixture of VALID_FIXTURES) {
    const { files } = await fixtureOutput(fixture);
    await writeFiles(path.join(dir, fixture), files);
    const all: EventDescriptor[] = [];
    for (const file of [...files.keys()].filter((f) => f.endsWith('/descriptors.ts'))) {
      const mod = (await import(path.join(dir, fixture, file))) as { descriptors: EventDescriptor[] };
      all.push(...mod.descriptors);
    }
    loaded.set(fixture, all);
  }
});
afterAll(async () => {
  await removeDir(dir);
});

function descriptor(fixture: string, type: string, version = 1): EventDescriptor {
  const d = loaded.get(fixture)!.find((x) => x.type === type && x.version === version);
  if (!d) throw new Error(`no descriptor ${type} v${version} in ${fixture}`);
  return d;
}

describe.each(VALID_FIXTURES)('validators of fixture %s', (fixture) => {
  it('are ES modules: no require() is left in the emitted code', async () => {
    const { files } = await fixtureOutput(fixture);
    for (const [file, text] of files) if (file.endsWith('validators.ts')) expect(text).not.toMatch(/\brequire\(/);
  });

  it('load in Node as ES modules and validate (no bundler interop involved)', async () => {
    const { files } = await fixtureOutput(fixture);
    for (const [file, text] of files) {
      if (!file.endsWith('/validators.ts')) continue;
      const js = ts.transpileModule(text, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
      const target = path.join(dir, fixture, file.replace(/\.ts$/, '.mjs'));
      await writeFile(target, js);
      const script = `const m = await import(${JSON.stringify(target)}); const v = Object.values(m); for (const f of v) { f({}); f(null); } console.log(v.length, Object.keys(m).every((k) => /^validate[A-Za-z0-9]+V\\d+(Publish|Consume)$/.test(k)));`;
      // tsx only so that `herald` (the runtime's TypeScript sources) loads; the validator modules and ajv's CommonJS helpers go through Node's own ESM loader.
      const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--conditions=herald-source', '--input-type=module', '-e', script]);
      const [count, named] = stdout.trim().split(' ');
      expect(Number(count)).toBeGreaterThan(0);
      expect(Number(count) % 2).toBe(0);
      expect(named).toBe('true');
    }
  });

  it('accept every example on both sides; the publish side rejects unknown properties where the schema is closed, the consume side accepts them', async () => {
    const { ir } = await fixtureOutput(fixture);
    let checked = 0;
    for (const message of ir.documents.flatMap((d) => d.messages)) {
      const d = descriptor(fixture, message.type, message.version);
      expect(typeof d.validate.publish).toBe('function');
      expect(typeof d.validate.consume).toBe('function');
      for (const example of message.examples) {
        expect(d.validate.publish(example), `${message.type} publish: ${JSON.stringify(d.validate.publish.errors)}`).toBe(true);
        expect(d.validate.consume(example), `${message.type} consume`).toBe(true);
        const extended = { ...(example as object), zzUnknown: 1 };
        const closed = isObj(publishSchema(message.payload)) && (publishSchema(message.payload) as { additionalProperties?: unknown }).additionalProperties === false;
        expect(d.validate.publish(extended), `${message.type} publish with an unknown property`).toBe(!closed);
        expect(d.validate.consume(extended), `${message.type} consume with an unknown property`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('publish closed, consume open (shop fixture)', () => {
  const order = {
    orderId: '0b4c3a52-4c55-4c4b-9d5e-3e0b2f3b2c11',
    type: 'online',
    status: 'pending',
    customer: { id: '7f1d1d3e-9b8e-4c43-8f42-6a1c9a1a0b21', name: 'Ada', email: 'ada@example.com' },
    items: [{ sku: 'BOOK-1', name: 'Notes', quantity: 1, unitPrice: { amount: 1, currency: 'EUR' } }],
    total: { amount: 1, currency: 'EUR' },
    placedAt: '2024-05-01T10:15:00Z',
  };

  it('rejects an unknown nested property on publish and reports every issue at once', () => {
    const { publish, consume } = descriptor('shop', 'order.created', 2).validate;
    const data = { ...order, items: [{ ...order.items[0], giftWrap: true }], customer: { ...order.customer, vip: true } };
    expect(publish(data)).toBe(false);
    expect(publish.errors?.map((e) => `${e.instancePath} ${e.keyword}`).sort()).toEqual(['/customer additionalProperties', '/items/0 additionalProperties']);
    expect(consume(data)).toBe(true);
  });

  it('asserts formats and constraints on both sides', () => {
    const { publish, consume } = descriptor('shop', 'order.created', 2).validate;
    for (const validate of [publish, consume]) {
      expect(validate({ ...order, customer: { ...order.customer, email: 'not-an-email' } })).toBe(false);
      expect(validate({ ...order, placedAt: 'yesterday' })).toBe(false);
      expect(validate({ ...order, orderId: 'nope' })).toBe(false);
      expect(validate({ ...order, total: { amount: 1, currency: 'euro' } })).toBe(false);
      expect(validate({ ...order, status: 'lost' })).toBe(false);
    }
    const shipped = descriptor('shop', 'order.shipped').validate.publish;
    const base = { orderId: order.orderId, carrier: 'dhl', location: { lat: 1, long: 2 }, from: { line1: 'a', city: 'b', country: 'DE' }, shippedOn: '2024-05-02' };
    expect(shipped(base)).toBe(true);
    expect(shipped({ ...base, shippedOn: '2024-05-02T10:00:00Z' })).toBe(false);
  });

  it('keeps typed maps typed and objects open on purpose open', () => {
    const booked = descriptor('shop', 'delivery.window_booked').validate;
    const base = { orderId: order.orderId, window: { from: '2024-05-03T08:00:00Z', to: '2024-05-03T10:00:00Z' } };
    expect(booked.publish({ ...base, notes: { en: 'ring twice' } })).toBe(true);
    expect(booked.publish({ ...base, notes: { en: 42 } })).toBe(false);
    expect(booked.consume({ ...base, notes: { en: 42 } })).toBe(false);
    const shipped = descriptor('shop', 'order.shipped').validate.publish;
    const parcel = { orderId: order.orderId, carrier: 'dhl', location: { lat: 1, long: 2 }, from: { line1: 'a', city: 'b', country: 'DE' }, shippedOn: '2024-05-02' };
    expect(shipped({ ...parcel, tracking: { url: 'https://t.example/1', hub: 'LEJ' } })).toBe(true);
    expect(shipped({ ...parcel, location: { lat: 1, long: 2, alt: 3 } })).toBe(false);
  });

  it('handles union types, nullable fields and recursion (iot fixture)', () => {
    const reading = descriptor('iot', 'reading').validate.publish;
    expect(reading({ deviceId: 'd', value: 3, unit: null })).toBe(true);
    expect(reading({ deviceId: 'd', value: 'high' })).toBe(false);
    const config = descriptor('iot', 'configChanged').validate.publish;
    expect(config({ changedBy: 'x', settings: { key: 'a', children: [{ key: 'b', children: [{ key: 'c' }] }] } })).toBe(true);
    expect(config({ changedBy: 'x', settings: { key: 'a', children: [{ children: [] }] } })).toBe(false);
  });
});
