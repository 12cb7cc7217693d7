// The demo's script, shared by `npm run demo` (which prints the trace) and its test.

import { randomUUID } from 'node:crypto';
import { waitFor } from '../../runtime/testing/wait.js';
import type { TransportFactory } from '../shared/transport.js';
import { NotificationService, SearchSync, UserService, VendorService, type TraceLine } from './services.js';

export interface DemoResult {
  trace: TraceLine[];
  index: SearchSync['index'];
  emails: NotificationService['sent'];
  vendorId: string;
}

export async function runDemo(transports: TransportFactory, onTrace: (line: TraceLine) => void = () => {}): Promise<DemoResult> {
  const trace: TraceLine[] = [];
  const record = (line: TraceLine) => {
    trace.push(line);
    onTrace(line);
  };
  const users = new UserService(await transports.connect('user-service'), record);
  const vendors = new VendorService(await transports.connect('vendor-service'), record);
  const search = new SearchSync(await transports.connect('search-sync'), record);
  const notifications = new NotificationService(await transports.connect('notification-service'), record);
  const handled = (type: string, id: string) => trace.some((l) => l.direction === 'handled' && l.type === type && l.id === id);
  const lastPublished = () => trace.filter((l) => l.direction === 'published').at(-1)!;
  try {
    await search.start();
    await notifications.start();

    const ownerId = randomUUID();
    await users.register({ userId: ownerId, email: 'ada@example.com', firstName: 'Ada', role: 'vendor', createdAt: new Date().toISOString() }, `req-signup-${ownerId.slice(0, 8)}`);
    await waitFor(() => handled('user.created', lastPublished().id), 30_000, 'the welcome email');

    const vendorId = randomUUID();
    await vendors.create(
      { id: vendorId, name: "Ada's Tacos", description: 'Street tacos', email: 'tacos@example.com', website: 'https://tacos.example.com', open: true, lat: 40.7128, long: -74.006 },
      `req-create-${vendorId.slice(0, 8)}`,
    );
    await waitFor(() => search.index.has(vendorId), 30_000, 'the vendor to be indexed');
    await vendors.update(vendorId, { name: "Ada's Famous Tacos", open: false }, `req-update-${vendorId.slice(0, 8)}`);
    await waitFor(() => search.index.get(vendorId)?.open === false, 30_000, 'the update to be indexed');
    await vendors.delete(vendorId, `req-delete-${vendorId.slice(0, 8)}`);
    await waitFor(() => !search.index.has(vendorId), 30_000, 'the vendor to leave the index');
    return { trace, index: search.index, emails: notifications.sent, vendorId };
  } finally {
    await Promise.all([users.bus.close(), vendors.bus.close(), search.bus.close(), notifications.bus.close()]);
  }
}
