// The harness itself (restart keeps port and data, kill, stop cleans up) and the
// transport's connection options against servers that require auth or TLS.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nkeys } from '@nats-io/transport-node';
import { HeraldError, TransportUnavailableError } from 'herald';
import { startNatsServer } from '../../harness/nats-server.js';
import { canStartServers, channel, json, makeTransport, natsSkip, outbound, spec, unique, waitUntil } from './nats-broker.js';

const reason = natsSkip ?? (canStartServers ? undefined : 'cannot start a private nats-server');
const title = reason ? `nats transport: harness and connection options (skipped: ${reason})` : 'nats transport: harness and connection options';
const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

describe.skipIf(!!reason)(title, () => {
  it('harness: restart keeps the port and the data, kill is abrupt, stop removes the store', async () => {
    const server = await startNatsServer();
    const t = makeTransport(server.url, { reconnect: { waitMs: 100, jitterMs: 0 } });
    try {
      const ch = channel(unique('h'), 'harness.events');
      await t.provision([ch]);
      await t.publish([outbound(ch, { n: 1 })]);
      const { port, storeDir } = server;
      const pid = server.pid;
      await server.restart();
      expect(server.port).toBe(port);
      expect(server.pid).not.toBe(pid);
      await server.kill();
      expect(() => process.kill(pid, 0)).toThrow();
      await server.restart();
      const got: unknown[] = [];
      await t.subscribe(spec(ch, 'g'), async (m) => {
        got.push(json(m.body));
        await m.ack();
      });
      await waitUntil(() => got.length === 1, 'the event stored before both restarts');
      expect(got).toEqual([{ n: 1 }]);
      expect(existsSync(storeDir)).toBe(true);
    } finally {
      await t.close();
      await server.stop();
    }
    expect(existsSync(server.storeDir)).toBe(false);
    await server.stop(); // idempotent
  });

  it('user and password; a wrong password is a clear error, not a hang', async () => {
    const server = await startNatsServer({ args: ['--user', 'herald', '--pass', 's3cret'] });
    try {
      const good = makeTransport(server.url, { user: 'herald', password: 's3cret' });
      await good.provision([channel(unique('auth'), 'auth.events')]);
      await good.close();
      const bad = makeTransport(server.url, { user: 'herald', password: 'wrong', reconnect: { maxAttempts: 0 } });
      const err = await bad.connect().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(HeraldError);
      expect((err as Error).message).toMatch(/authorization|auth/i);
      await bad.close();
    } finally {
      await server.stop();
    }
  });

  it('token', async () => {
    const server = await startNatsServer({ args: ['--auth', 'tok-123'] });
    try {
      const t = makeTransport(server.url, { token: 'tok-123' });
      await t.provision([channel(unique('tok'), 'tok.events')]);
      expect((await t.health()).connected).toBe(true);
      await t.close();
    } finally {
      await server.stop();
    }
  });

  it('nkey seed', async () => {
    const user = nkeys.createUser();
    const dir = await mkdtemp(join(tmpdir(), 'herald-nkey-'));
    const conf = join(dir, 'server.conf');
    await writeFile(conf, `authorization { users = [ { nkey: ${user.getPublicKey()} } ] }\n`);
    const server = await startNatsServer({ args: ['-c', conf] });
    try {
      const t = makeTransport(server.url, { nkeySeed: new TextDecoder().decode(user.getSeed()) });
      await t.provision([channel(unique('nk'), 'nkey.events')]);
      await t.close();
      const stranger = makeTransport(server.url, { nkeySeed: new TextDecoder().decode(nkeys.createUser().getSeed()), reconnect: { maxAttempts: 0 } });
      await expect(stranger.connect()).rejects.toBeInstanceOf(HeraldError);
      await stranger.close();
    } finally {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });

  // Needs openssl to make a CA and a server certificate; registered only where it exists.
  if (hasOpenssl)
    it('TLS with a private CA', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'herald-tls-'));
      const run = (...args: string[]) => {
        const r = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
        if (r.status !== 0) throw new Error(`openssl ${args[0]} failed: ${r.stderr}`);
      };
      run('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '1', '-subj', '/CN=herald-test-ca');
      run('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1');
      await writeFile(join(dir, 'san.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\n');
      run('x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', '-days', '1', '-extfile', 'san.ext');
      const server = await startNatsServer({ args: ['--tls', '--tlscert', join(dir, 'server.pem'), '--tlskey', join(dir, 'server.key')] });
      try {
        const t = makeTransport(server.url, { tls: { caFile: join(dir, 'ca.pem') } });
        await t.provision([channel(unique('tls'), 'tls.events')]);
        await t.close();
        const untrusting = makeTransport(server.url, { tls: true, reconnect: { maxAttempts: 0 } });
        await expect(untrusting.connect()).rejects.toBeInstanceOf(HeraldError);
        await untrusting.close();
      } finally {
        await server.stop();
        await rm(dir, { recursive: true, force: true });
      }
    });

  it('no server at the address: connect rejects with a retriable TransportUnavailableError', async () => {
    const t = makeTransport('nats://127.0.0.1:1', { connectTimeoutMs: 1000 });
    const err = await t.connect().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransportUnavailableError);
    expect((err as TransportUnavailableError).retriable).toBe(true);
    await t.close();
  });
});
