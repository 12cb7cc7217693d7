// npm run demo: the vendor flow on the in-memory broker (or HERALD_TRANSPORT=nats|kafka).

import { transportFromEnv } from '../shared/transport.js';
import { runDemo } from './run-demo.js';

const transports = transportFromEnv();
console.log(`Herald demo: vendor flow on the ${transports.kind} transport\n`);
const short = (id: string) => '…' + id.slice(-8);
const result = await runDemo(transports, (l) => {
  const arrow = l.direction === 'published' ? '→' : '←';
  console.log(`${l.service.padEnd(21)} ${arrow} ${l.type.padEnd(15)} event ${short(l.id)}  correlation ${l.correlationId.padEnd(26)} ${l.note}`);
});
console.log(`\nsearch index: ${result.index.size} vendors; welcome emails: ${result.emails.map((e) => `${e.subject} → ${e.to}`).join('; ')}`);
console.log(`${result.trace.length} trace lines, every handled event carries the correlation id of the request that caused it.`);
