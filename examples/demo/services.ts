// The seed's vendor flow as three small services, each with its own bus (its own
// connection and CloudEvents `source`), talking only through events.

import { createBus, silentLogger, type Bus, type Transport } from 'herald';
import { contracts, user, vendor, type HeraldEvents } from '../../generated/index.js';
import { upcasters } from '../shared/upcasters.js';

export interface TraceLine {
  service: string;
  direction: 'published' | 'handled';
  type: string;
  id: string;
  correlationId: string;
  causationId?: string;
  note: string;
}

export type Trace = (line: TraceLine) => void;

const noAddressBook = () => {
  throw new Error('the demo publishes no order.created v1 events');
};

function serviceBus(source: string, transport: Transport): Bus<HeraldEvents> {
  return createBus({ contracts, transport, source, logger: silentLogger, upcasters: upcasters(noAddressBook) });
}

/** Owns vendors: publishes vendor.created / updated / deleted. */
export class VendorService {
  readonly bus: Bus<HeraldEvents>;
  private readonly publish: vendor.VendorPublishers;
  private readonly vendors = new Map<string, vendor.VendorCreated>();

  constructor(transport: Transport, private readonly trace: Trace) {
    this.bus = serviceBus('vendor-service', transport);
    this.publish = vendor.vendorPublishers(this.bus);
  }

  async create(input: Omit<vendor.VendorCreated, 'createdAt' | 'updatedAt'>, requestId: string): Promise<vendor.VendorCreated> {
    const now = new Date().toISOString();
    const v = { ...input, createdAt: now, updatedAt: now };
    this.vendors.set(v.id, v);
    const r = await this.publish.vendorCreated(v, { correlationId: requestId, actor: 'owner-ada' });
    this.trace({ service: 'vendor-service', direction: 'published', type: r.type, id: r.id, correlationId: r.correlationId, note: v.name });
    return v;
  }

  async update(id: string, changes: Partial<vendor.VendorUpdated>, requestId: string): Promise<void> {
    const v = { ...this.vendors.get(id)!, ...changes, updatedAt: new Date().toISOString() };
    this.vendors.set(id, v);
    const r = await this.publish.vendorUpdated(v, { correlationId: requestId, actor: 'owner-ada' });
    this.trace({ service: 'vendor-service', direction: 'published', type: r.type, id: r.id, correlationId: r.correlationId, note: Object.keys(changes).join(', ') });
  }

  async delete(id: string, requestId: string): Promise<void> {
    const v = this.vendors.get(id)!;
    this.vendors.delete(id);
    const r = await this.publish.vendorDeleted({ ...v, deletedAt: new Date().toISOString() }, { correlationId: requestId, actor: 'owner-ada' });
    this.trace({ service: 'vendor-service', direction: 'published', type: r.type, id: r.id, correlationId: r.correlationId, note: v.name });
  }
}

/** Keeps a search index in step with vendor events (the seed's Algolia sync). */
export class SearchSync {
  readonly bus: Bus<HeraldEvents>;
  readonly index = new Map<string, { name: string; open: boolean; location?: [number, number] }>();

  constructor(transport: Transport, private readonly trace: Trace) {
    this.bus = serviceBus('search-sync', transport);
  }

  start(): Promise<unknown> {
    const note = (e: { type: string; id: string; correlationId: string; causationId?: string }, text: string) =>
      this.trace({ service: 'search-sync', direction: 'handled', type: e.type, id: e.id, correlationId: e.correlationId, causationId: e.causationId, note: text });
    const upsert = (v: vendor.VendorCreated) => this.index.set(v.id, { name: v.name, open: v.open, ...(v.lat !== undefined && v.long !== undefined ? { location: [v.lat, v.long] as [number, number] } : {}) });
    return this.bus.subscribe({
      group: 'search-sync',
      handlers: {
        'vendor.created': (e) => {
          upsert(e.data);
          note(e, `indexed "${e.data.name}" (${this.index.size} in index)`);
        },
        'vendor.updated': (e) => {
          upsert(e.data);
          note(e, `re-indexed "${e.data.name}", open=${e.data.open}`);
        },
        'vendor.deleted': (e) => {
          this.index.delete(e.data.id);
          note(e, `removed "${e.data.name}" (${this.index.size} in index)`);
        },
      },
    });
  }
}

/** Welcomes new users (the seed's notification service). */
export class NotificationService {
  readonly bus: Bus<HeraldEvents>;
  readonly sent: Array<{ to: string; subject: string }> = [];

  constructor(transport: Transport, private readonly trace: Trace) {
    this.bus = serviceBus('notification-service', transport);
  }

  start(): Promise<unknown> {
    return user.userSubscribers(this.bus).onUserCreated(
      (e) => {
        this.sent.push({ to: e.data.email, subject: `Welcome, ${e.data.firstName ?? 'new user'}!` });
        this.trace({ service: 'notification-service', direction: 'handled', type: e.type, id: e.id, correlationId: e.correlationId, note: `welcome email queued for user ${e.data.userId}` });
      },
      { group: 'notification-service' },
    );
  }
}

/** Owns users: publishes user.created. */
export class UserService {
  readonly bus: Bus<HeraldEvents>;

  constructor(transport: Transport, private readonly trace: Trace) {
    this.bus = serviceBus('user-service', transport);
  }

  async register(u: user.UserCreated, requestId: string): Promise<void> {
    const r = await user.userPublishers(this.bus).userCreated(u, { correlationId: requestId });
    this.trace({ service: 'user-service', direction: 'published', type: r.type, id: r.id, correlationId: r.correlationId, note: u.role });
  }
}
