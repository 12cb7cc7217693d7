// One NATS connection per transport, opened lazily, reconnecting forever by default.
// Tracks whether it is connected right now so publishing can fail fast while the
// server is away instead of queuing into the client's reconnect buffer.

import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import { TransportClosedError, TransportUnavailableError } from '../../core/errors.js';
import { credsFileAuthenticator, type ResolvedNatsOptions } from './options.js';
import { isUnavailable, toHeraldError } from './errors.js';

export interface Link {
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
}

export class ConnectionManager {
  private link: Promise<Link> | undefined;
  private current: Link | undefined;
  private connectedNow = false;
  private closing = false;
  private readonly listeners = new Set<(event: 'disconnect' | 'reconnect') => void>();

  constructor(private readonly options: ResolvedNatsOptions) {}

  get isClosing(): boolean {
    return this.closing;
  }

  get connected(): boolean {
    return this.connectedNow && this.current !== undefined && !this.current.nc.isClosed();
  }

  /** The connection exists but is down and nats.js is reconnecting it. */
  get reconnecting(): boolean {
    return !this.connectedNow && this.current !== undefined && !this.current.nc.isClosed();
  }

  /** The open link, connecting first if needed. */
  get(): Promise<Link> {
    if (this.closing) return Promise.reject(new TransportClosedError());
    if (!this.link) {
      this.link = this.open().catch((err: unknown) => {
        this.link = undefined;
        throw err;
      });
    }
    return this.link;
  }

  /**
   * The link once connected. While nats.js is reconnecting, waits up to `waitMs` (0 for
   * publishing, which fails fast so the bus can retry or use its outbox).
   */
  async ready(what: string, waitMs = this.options.apiTimeoutMs): Promise<Link> {
    const link = await this.get();
    if (!this.connectedNow && waitMs > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, waitMs);
        const off = this.onStatus((event) => event === 'reconnect' && done());
        function done() {
          clearTimeout(timer);
          off();
          resolve();
        }
      });
    }
    if (!this.connectedNow) throw new TransportUnavailableError(`${what}: NATS connection is down, reconnecting`);
    return link;
  }

  /** Called on every disconnect / reconnect of the current connection. */
  onStatus(listener: (event: 'disconnect' | 'reconnect') => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Server version of the current connection (e.g. "2.9.10"), if connected. */
  serverVersion(): string | undefined {
    return this.current?.nc.info?.version;
  }

  /** Close at once without flushing or draining (fault tests: a dying process). */
  async abort(): Promise<void> {
    this.closing = true;
    this.link = undefined;
    if (this.current && !this.current.nc.isClosed()) await this.current.nc.close();
  }

  async close(): Promise<void> {
    this.closing = true;
    const pending = this.link;
    this.link = undefined;
    if (!pending) return;
    let link: Link;
    try {
      link = await pending;
    } catch {
      return;
    }
    if (link.nc.isClosed()) return;
    try {
      await link.nc.drain();
    } catch {
      await link.nc.close();
    }
  }

  private async open(): Promise<Link> {
    const options = { ...this.options.connection };
    if (this.options.credsFile) {
      const creds = await credsFileAuthenticator(this.options.credsFile);
      options.authenticator = options.authenticator ? [options.authenticator as never, creds] : creds;
    }
    let nc: NatsConnection;
    try {
      nc = await connect(options);
    } catch (err) {
      const servers = options.servers;
      if (isUnavailable(err) || /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|connection refused/i.test(String((err as Error)?.message ?? err))) {
        throw new TransportUnavailableError(`cannot connect to NATS at ${String(servers)}: ${(err as Error).message}`, { cause: err, details: { servers } });
      }
      // Refused credentials, TLS mismatches and the like: configuration, not an outage.
      throw toHeraldError(err, `cannot connect to NATS at ${String(servers)}`, false, 'INVALID_OPTION', { servers });
    }
    let link: Link;
    try {
      const jsm = await jetstreamManager(nc, { timeout: this.options.apiTimeoutMs });
      link = { nc, js: jetstream(nc, { timeout: this.options.apiTimeoutMs }), jsm };
    } catch (err) {
      await nc.close();
      throw new TransportUnavailableError(`NATS at ${nc.getServer()} has no JetStream available: ${(err as Error).message}`, { cause: err });
    }
    this.current = link;
    this.connectedNow = true;
    void this.watch(link);
    return link;
  }

  private async watch(link: Link): Promise<void> {
    for await (const s of link.nc.status()) {
      if (s.type === 'disconnect') {
        this.connectedNow = false;
        for (const l of this.listeners) l('disconnect');
      } else if (s.type === 'reconnect') {
        this.connectedNow = true;
        for (const l of this.listeners) l('reconnect');
      }
    }
    // The status iterator ends when the connection closes. If that was not us (reconnect
    // attempts exhausted, auth revoked), forget the link so the next call reconnects.
    this.connectedNow = false;
    if (this.current === link) this.current = undefined;
    if (!this.closing && this.link) {
      const mine = await this.link.catch(() => undefined);
      if (mine === link) this.link = undefined;
    }
  }
}
