// Idempotency keys in a JetStream KV bucket, shared by every instance of a group.
//
// KV keys allow only [-/_=.a-zA-Z0-9], so keys are stored as their SHA-256 (hex). Each
// value is the key's expiry time (ms since epoch): `add(key, ttlMs)` works on every server,
// without 2.11's per-message TTL. The bucket's max age removes old entries; it is created
// with the store's TTL and raised when a longer one is asked for (never lowered), so a
// per-call TTL longer than the bucket's is capped by it.

import { createHash } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import { Kvm, type KV } from '@nats-io/kv';
import { nanos, type NatsConnection } from '@nats-io/transport-node';
import { InvalidOptionError } from '../../core/errors.js';
import type { Transport } from '../../core/transport.js';
import { toHeraldError } from './errors.js';
import { connectionOf } from './transport.js';

export interface NatsIdempotencyOptions {
  /** KV bucket name (default `herald-idempotency`). */
  bucket?: string;
  /** How long a key is remembered, in ms (default 1 hour). */
  ttlMs?: number;
  /** Replicas of the bucket (default 1). */
  replicas?: number;
}

export interface NatsIdempotencyStore {
  has(key: string): Promise<boolean>;
  add(key: string, ttlMs?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * An idempotency store on JetStream KV. `source` is a transport made by natsTransport
 * (its connection is shared and opened when needed) or a nats.js connection.
 */
export function natsIdempotencyStore(source: Transport | NatsConnection, options: NatsIdempotencyOptions = {}): NatsIdempotencyStore {
  const bucket = options.bucket ?? 'herald-idempotency';
  const ttlMs = options.ttlMs ?? 60 * 60 * 1000;
  if (!/^[-\w]+$/.test(bucket)) throw new InvalidOptionError(`KV bucket names are letters, digits, '-' and '_': "${bucket}"`, { bucket });
  if (!(ttlMs > 0)) throw new InvalidOptionError(`ttlMs must be positive: ${ttlMs}`, { ttlMs });
  let kv: Promise<KV> | undefined;

  const connection = async (): Promise<NatsConnection> => {
    const manager = connectionOf(source as Transport);
    return manager ? (await manager.get()).nc : (source as NatsConnection);
  };

  const open = async (): Promise<KV> => {
    const nc = await connection();
    const store = await new Kvm(nc).create(bucket, { ttl: ttlMs, history: 1, replicas: options.replicas ?? 1 });
    const status = await store.status();
    if (status.ttl < ttlMs) {
      const jsm = await jetstreamManager(nc);
      await jsm.streams.update(`KV_${bucket}`, { max_age: nanos(ttlMs) });
    }
    return store;
  };

  const bucketFor = (): Promise<KV> => {
    kv ??= open().catch((err: unknown) => {
      kv = undefined;
      throw toHeraldError(err, `open KV bucket "${bucket}"`, false, 'INVALID_OPTION', { bucket });
    });
    return kv;
  };

  const digest = (key: string) => createHash('sha256').update(key).digest('hex');

  return {
    async has(key) {
      const store = await bucketFor();
      try {
        const entry = await store.get(digest(key));
        if (!entry || entry.operation !== 'PUT') return false;
        return Number(entry.string()) > Date.now();
      } catch (err) {
        throw toHeraldError(err, 'idempotency look-up', false, 'INVALID_OPTION');
      }
    },
    async add(key, ttl = ttlMs) {
      const store = await bucketFor();
      try {
        await store.put(digest(key), String(Date.now() + ttl));
      } catch (err) {
        throw toHeraldError(err, 'idempotency write', false, 'INVALID_OPTION');
      }
    },
    /** The connection belongs to the transport (or the caller); nothing to release here. */
    async close() {
      kv = undefined;
    },
  };
}
