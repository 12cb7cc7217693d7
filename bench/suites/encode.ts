// 1. Typed encode cost per message: PublishEngine.prepare() for vendor.created (12 fields,
// uuid/email/uri/date-time formats), and each of its stages through the functions it calls.

import { encodeBody, kafkaHeaderCodec, natsHeaderCodec } from '../../runtime/core/codec.js';
import { toAttributes } from '../../runtime/core/envelope.js';
import { check } from '../../runtime/core/validation.js';
import type { EventDescriptor } from '../../runtime/core/contract.js';
import type { PublishEngine } from '../../runtime/bus/publisher.js';
import type { PublishOptions } from '../../runtime/bus/types.js';
import { EVENT, realisticVendors } from '../lib/payloads.js';
import { descriptor, publishEngine } from '../lib/prepare.js';
import { alternate, differences, nsPerOp, summarize, type Row } from '../lib/stats.js';
import type { Suite } from '../lib/suite.js';

type EnvelopeOf = (d: EventDescriptor, data: unknown, options: PublishOptions) => Parameters<typeof toAttributes>[0];

export const encodeSuite: Suite = {
  name: 'encode',
  title: 'Typed encode cost (vendor.created, 12 fields)',
  async run(ctx) {
    const payloads = realisticVendors(1024);
    const d = descriptor(EVENT);
    const engine: PublishEngine = publishEngine(natsHeaderCodec);
    const kafkaEngine: PublishEngine = publishEngine(kafkaHeaderCodec);
    // The engine's own envelope builder (private in TypeScript, the real code path).
    const envelopeOf = (engine['envelope'] as EnvelopeOf).bind(engine);
    const attrs = payloads.map((p) => toAttributes(envelopeOf(d, p, {})));
    const n = ctx.quick ? 20_000 : 50_000;
    const us = (fn: (i: number) => unknown) => () => nsPerOp(n, payloads.length, fn) / 1000;

    const r = await alternate({ rounds: ctx.rounds, warmup: ctx.warmup }, [
      ['total', us((i) => engine.prepare(EVENT, payloads[i]))],
      ['totalKafka', us((i) => kafkaEngine.prepare(EVENT, payloads[i]))],
      ['validate', us((i) => check(d.validate.publish, payloads[i]))],
      ['envelope', us((i) => toAttributes(envelopeOf(d, payloads[i], {})))],
      ['json', us((i) => encodeBody(payloads[i]))],
      ['headersNats', us((i) => natsHeaderCodec.encode(attrs[i]!))],
      ['headersKafka', us((i) => kafkaHeaderCodec.encode(attrs[i]!))],
    ]);
    const section = 'encode';
    const rows: Row[] = [
      { section, name: 'validate (generated AJV validator, publish side)', unit: 'µs', values: r.validate },
      { section, name: 'envelope (id, time, correlation, attributes)', unit: 'µs', values: r.envelope },
      { section, name: 'JSON body (JSON.stringify + UTF-8)', unit: 'µs', values: r.json },
      { section, name: 'headers, NATS codec (ce-*, percent-encoded)', unit: 'µs', values: r.headersNats },
      { section, name: 'headers, Kafka codec (ce_*)', unit: 'µs', values: r.headersKafka },
      { section, name: 'prepare() total, NATS headers', unit: 'µs', values: r.total, target: { op: '<=', value: 2 } },
      { section, name: 'prepare() total, Kafka headers', unit: 'µs', values: r.totalKafka, target: { op: '<=', value: 2 } },
      { section, name: 'prepare() total minus JSON body (what Herald adds to a raw publish)', unit: 'µs', values: differences(r.total, r.json) },
    ];
    const med = (v: number[]) => summarize(v).median;
    const total = med(r.total);
    const share = (v: number[]) => `${Math.round((100 * med(v)) / total)} %`;
    const notes = [
      `Each figure is the mean cost of one call over ${n.toLocaleString('en-US')} calls cycling through 1024 distinct, realistic payloads with all 12 fields set. Stages are timed separately through the same functions \`PublishEngine.prepare\` calls; their sum differs from the total by the descriptor lookup, size check and subject fill.`,
      total <= 2
        ? `The ≤ 2 µs target is met.`
        : `The ≤ 2 µs target is missed on this machine: validation takes ${share(r.validate)} of the total, the JSON body ${share(r.json)}, the envelope ${share(r.envelope)} and the headers ${share(r.headersNats)}. The JSON body alone (V8's \`JSON.stringify\` and \`TextEncoder\`, which any raw publisher pays too) costs ${med(r.json).toFixed(2)} µs here, so 2 µs is not reachable with a JSON body and a full schema check on this CPU; validation is now as fast as a hand-written check (see the validation section). What Herald adds to a raw publish of the same bytes is the row "total minus JSON body".`,
      'Fixed in this round (runtime/core): UUIDv7 ids drew 16 bytes from `crypto.getRandomValues` per id and built the string with `Array.from`/`padStart` (≈ 4 µs per id); they now come from a 4 KiB random pool and a hex table (≈ 0.2 µs). `formatTime` reuses the string for the same millisecond; `toAttributes` no longer calls `Object.entries` on a constant per event; `readPointer` caches parsed pointers; the header codecs map attribute names to header names once instead of concatenating, lower-casing and slicing them per header per message. In a run of this benchmark before these changes the envelope stage cost ≈ 7.7 µs, the NATS headers ≈ 1.9 µs and `prepare()` ≈ 17.6 µs. Then (generator/emit/validators.ts) the generated validators took `date-time` from the `formats` export of `herald` (an exact fast path for the canonical RFC 3339 shape, ajv-formats for anything else) and guarded code-point counting with `.length`: validation went from ≈ 3.0 µs to ≈ 1.2 µs.',
    ];
    return { rows, notes };
  },
};
