// Test harness: a private nats-server (from PATH) on free ports with a temporary store.
// Readiness is the monitoring endpoint's /healthz (which also waits for JetStream), never
// a fixed sleep. Every process is stopped by PID, and killed at exit if a test forgot.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface NatsServerOptions {
  /** Enable JetStream (default true). */
  jetstream?: boolean;
  /** Extra command-line arguments, e.g. `['--user', 'a', '--pass', 'b']`. */
  args?: string[];
  /** How long to wait for /healthz (default 15 s). */
  readyTimeoutMs?: number;
}

export interface NatsServerHandle {
  url: string;
  port: number;
  /** PID of the current process (changes on restart). */
  pid: number;
  storeDir: string;
  /** SIGTERM (SIGKILL after a grace period), then remove the store dir. Idempotent. */
  stop(): Promise<void>;
  /** Stop gracefully and start again on the same port with the same store dir. */
  restart(): Promise<void>;
  /** SIGKILL, keeping the store dir (restart() brings it back). */
  kill(): Promise<void>;
}

const NATS_SERVER = process.env.NATS_SERVER_BIN ?? 'nats-server';
const STOP_GRACE_MS = 5_000;
const live = new Set<ChildProcess>();

process.once('exit', () => {
  for (const child of live) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** The broker URL the environment points at (`NATS_URL`), if any. */
export function natsUrlFromEnv(): string | undefined {
  const url = process.env.NATS_URL?.trim();
  return url ? url : undefined;
}

/** Why a nats-server cannot be started here, or undefined when one can. */
export function natsServerUnavailableReason(): string | undefined {
  const probe = spawnSync(NATS_SERVER, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  if (probe.error) return `${NATS_SERVER} not runnable: ${probe.error.message}`;
  if (probe.status !== 0) return `${NATS_SERVER} --version exited with ${probe.status}: ${probe.stderr.trim()}`;
  return undefined;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export async function startNatsServer(options: NatsServerOptions = {}): Promise<NatsServerHandle> {
  const jetstream = options.jetstream ?? true;
  const readyTimeoutMs = options.readyTimeoutMs ?? 15_000;
  const storeDir = await mkdtemp(join(tmpdir(), 'herald-nats-'));
  let port = 0;
  let monitorPort = 0;
  let child: ChildProcess | undefined;
  let stopped = false;

  const launch = async (): Promise<void> => {
    const args = ['-a', '127.0.0.1', '-p', String(port), '-m', String(monitorPort), ...(jetstream ? ['-js', '-sd', storeDir] : []), ...(options.args ?? [])];
    const proc = spawn(NATS_SERVER, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    live.add(proc);
    let log = '';
    const keep = (chunk: Buffer) => {
      log = (log + chunk.toString()).slice(-4000);
    };
    proc.stdout!.on('data', keep);
    proc.stderr!.on('data', keep);
    const exited = new Promise<string>((resolve) => {
      proc.once('error', (err) => resolve(`spawn failed: ${err.message}`));
      proc.once('exit', (code, signal) => {
        live.delete(proc);
        resolve(`exited with ${code ?? signal}`);
      });
    });
    child = proc;
    const deadline = Date.now() + readyTimeoutMs;
    let early: string | undefined;
    void exited.then((why) => (early = why));
    while (Date.now() < deadline) {
      if (early !== undefined) throw new Error(`nats-server ${early} before it was ready:\n${log}`);
      if (await healthy(monitorPort)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    await terminate(proc, 0);
    throw new Error(`nats-server on port ${port} not healthy within ${readyTimeoutMs} ms:\n${log}`);
  };

  const start = async (): Promise<void> => {
    // A port freed by freePort() can be taken by someone else before the server binds it.
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      monitorPort = await freePort();
      try {
        await launch();
        return;
      } catch (err) {
        if (attempt >= 3 || !/address already in use/i.test(String(err))) throw err;
      }
    }
  };

  try {
    await start();
  } catch (err) {
    await rm(storeDir, { recursive: true, force: true });
    throw err;
  }

  // restart/kill/stop run one at a time, in call order, even when a test overlaps them.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(op: () => Promise<T>): Promise<T> => {
    const run = queue.then(op, op);
    queue = run.catch(() => undefined);
    return run;
  };

  const handle: NatsServerHandle = {
    url: `nats://127.0.0.1:${port}`,
    port,
    get pid() {
      return child?.pid ?? -1;
    },
    storeDir,
    stop: () =>
      serial(async () => {
        if (stopped) return;
        stopped = true;
        if (child) await terminate(child, STOP_GRACE_MS);
        await rm(storeDir, { recursive: true, force: true });
      }),
    restart: () =>
      serial(async () => {
        if (stopped) throw new Error('nats-server handle already stopped');
        if (child) await terminate(child, STOP_GRACE_MS);
        await launch();
      }),
    kill: () =>
      serial(async () => {
        if (child) await terminate(child, 0);
      }),
  };
  return handle;
}

async function healthy(monitorPort: number): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${monitorPort}/healthz`, { signal: AbortSignal.timeout(1000) });
    return res.ok;
  } catch {
    return false;
  }
}

/** Signal by PID and wait for the exit; SIGKILL right away when graceMs is 0. */
async function terminate(proc: ChildProcess, graceMs: number): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null || proc.pid === undefined) return;
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  const pid = proc.pid;
  if (graceMs > 0) {
    process.kill(pid, 'SIGTERM');
    const timer = setTimeout(() => {
      if (proc.exitCode === null && proc.signalCode === null) process.kill(pid, 'SIGKILL');
    }, graceMs);
    await exited;
    clearTimeout(timer);
  } else {
    process.kill(pid, 'SIGKILL');
    await exited;
  }
}
