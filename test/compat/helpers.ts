// Temp folders, tiny contracts and throwaway git repositories for the CLI tests.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function tempDir(prefix = 'herald-compat-test-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function write(root: string, file: string, text: string): string {
  const target = path.join(root, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text);
  return target;
}

export interface OrderContractOptions {
  /** Extra lines under payload.properties (indented by the caller's convention: 10 spaces). */
  properties?: string;
  required?: string[];
  noteMaxLength?: number;
  totalType?: string;
  /** Payload of a second version of order.created, if any. */
  v2?: { required: string[] };
}

/** A small but complete AsyncAPI 3 contract with one event, order.created. */
export function orderContract(o: OrderContractOptions = {}): string {
  const required = o.required ?? ['orderId', 'total'];
  const payload = (req: string[]): string => `        type: object
        required: [${req.join(', ')}]
        properties:
          orderId: { type: string, format: uuid }
          total: { $ref: './common/schemas.yaml#/components/schemas/Amount' }
          note: { type: string, maxLength: ${o.noteMaxLength ?? 200} }
${o.properties ?? ''}`;
  return `asyncapi: 3.0.0
info:
  title: Orders
  version: 1.0.0
defaultContentType: application/json
channels:
  orderCreated:
    address: order.created
    messages:
      OrderCreated:
        $ref: '#/components/messages/OrderCreated'
${o.v2 ? `      OrderCreatedV2:\n        $ref: '#/components/messages/OrderCreatedV2'\n` : ''}operations:
  publishOrderCreated:
    action: send
    channel:
      $ref: '#/channels/orderCreated'
    messages:
      - $ref: '#/channels/orderCreated/messages/OrderCreated'
${o.v2 ? `      - $ref: '#/channels/orderCreated/messages/OrderCreatedV2'\n` : ''}components:
  messages:
    OrderCreated:
      name: order.created
      payload:
${payload(required)}${
    o.v2
      ? `    OrderCreatedV2:
      name: order.created
      x-herald-version: 2
      payload:
${payload(o.v2.required)}`
      : ''
  }`;
}

export function commonSchemas(totalType = 'integer'): string {
  return `components:
  schemas:
    Amount:
      type: ${totalType}
      minimum: 0
`;
}

/** Write a contracts folder (order contract + common/) under `root/dir`. */
export function contractsFolder(root: string, dir: string, o: OrderContractOptions = {}): string {
  write(root, `${dir}/order.asyncapi.yaml`, orderContract(o));
  write(root, `${dir}/common/schemas.yaml`, commonSchemas(o.totalType));
  return path.join(root, dir);
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Herald Test', '-c', 'user.email=test@herald.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
}

export function gitRepo(dir: string): void {
  git(dir, 'init', '-q');
  git(dir, 'checkout', '-q', '-b', 'main');
}

export function commitAll(dir: string, message: string): void {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', message);
}
