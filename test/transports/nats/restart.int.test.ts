// Fault tests on a private nats-server: restarts (graceful and SIGKILL) in the middle of a
// stream of publishes and deliveries. Every acknowledged publish is delivered.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TransportUnavailableError, type Transport } from 'herald';
import { canStartServers, channel, json, makeTransport, natsSkip, outbound, privateBroker, spec, unique, waitUntil, type Broker } from './nats-broker.js';

const reason = natsSkip ?? (canStartServers ? undefined : 'cannot start a private nats-server to restart');
const title = reason ? `nats transport: broker restarts (skipped: ${reason})` : 'nats transport: broker restarts';

describe.skipIf(!!reason)(title, () => {
  let b: Broker;
  let t: Transport;

  beforeAll(async () => {
    b = await privateBroker();
    t = makeTransport(b.url, { reconnect: { waitMs: 100, jitterMs: 50 }, publishTimeoutMs: 2000 });
  });
  afterAll(async () => {
    await t?.close();
    await b?.stop();
  });

  it('restart and SIGKILL mid-stream: nothing acknowledged is lost, consumers resume by themselves', async () => {
    const ch = channel(unique('rs'), 'restart.events');
    await t.provision([ch]);
    const seen = new Set<number>();
    let deliveries = 0;
    await t.subscribe(spec(ch, 'g', { concurrency: 8, ackWaitMs: 3000 }), async (m) => {
      deliveries++;
      seen.add((json(m.body) as { n: number }).n);
      await m.ack().catch(() => undefined); // an ack lost in the outage means a redelivery
    });
    // The publisher runs throughout; the faults happen while it is publishing.
    let published = 0;
    let unavailable = 0;
    let stop = false;
    const publisher = (async () => {
      while (!stop) {
        const msg = outbound(ch, { n: published });
        // What the bus does: retry a retriable failure with the same event id.
        for (;;) {
          try {
            await t.publish([msg]);
            break;
          } catch (err) {
            if (!(err instanceof TransportUnavailableError)) throw err;
            unavailable++;
            await new Promise((r) => setTimeout(r, 50));
          }
        }
        published++;
      }
    })();
    await waitUntil(() => seen.size >= 50, 'deliveries before the faults');
    await b.server!.restart();
    const after = published;
    await waitUntil(() => published >= after + 50, 'publishing after the restart');
    await b.server!.kill();
    await new Promise((r) => setTimeout(r, 200));
    await b.server!.restart();
    const later = published;
    await waitUntil(() => published >= later + 50, 'publishing after the SIGKILL');
    stop = true;
    await publisher;
    const N = published;
    await waitUntil(() => seen.size === N, `all ${N} events (have ${seen.size})`, 60_000);
    expect(seen.size).toBe(N);
    expect(unavailable).toBeGreaterThan(0); // the outages really happened under the publisher
    expect(deliveries).toBeGreaterThanOrEqual(N);
    expect((await t.health()).connected).toBe(true);
  });
});
