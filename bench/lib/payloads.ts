// Benchmark inputs for vendor.created (12 fields, with uuid, email, uri and date-time
// formats): realistic payloads with every field set, and the testing kit's arbitrary
// payloads (fixed seed), which stress validators with odd but valid values.

import fc from 'fast-check';
import { contracts } from '../../generated/index.js';
import type { VendorCreated } from '../../generated/vendor/types.js';
import { arbitraryFor } from '../../runtime/testing/contract-arbitraries.js';

export const EVENT = 'vendor.created';
export const SEED = 20_240_115;

/** A small deterministic PRNG (mulberry32), so every run sees the same payloads. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['tacos', 'noodle', 'grill', 'bakery', 'coffee', 'falafel', 'pizza', 'sushi', 'curry', 'vegan', 'burger', 'dumpling'];

/** `count` distinct vendor.created payloads with all 12 fields set, as a real service sends them. */
export function realisticVendors(count: number, seed = SEED): VendorCreated[] {
  const rnd = prng(seed);
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 16).toString(16)).join('');
  const word = () => WORDS[Math.floor(rnd() * WORDS.length)]!;
  const out: VendorCreated[] = [];
  for (let i = 0; i < count; i++) {
    const id = `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
    const slug = `${word()}-${word()}-${i}`;
    const created = Date.UTC(2024, 0, 1) + Math.floor(rnd() * 3e10);
    out.push({
      id,
      name: `${word()} ${word()} ${i}`,
      description: `Street food: ${word()}, ${word()} and ${word()}; open late on weekends.`,
      phone: `+1415${String(1_000_000 + Math.floor(rnd() * 8_999_999))}`,
      email: `hello@${slug}.example`,
      website: `https://${slug}.example/`,
      open: rnd() < 0.5,
      primaryImage: `https://cdn.example.com/vendors/${id}/cover.jpg`,
      lat: Math.round((rnd() * 180 - 90) * 1e6) / 1e6,
      long: Math.round((rnd() * 360 - 180) * 1e6) / 1e6,
      createdAt: new Date(created).toISOString(),
      updatedAt: new Date(created + Math.floor(rnd() * 1e9)).toISOString(),
    });
  }
  return out;
}

/** `count` distinct payloads from the testing kit's arbitrary for vendor.created (fixed seed). */
export function arbitraryVendors(count: number, seed = SEED): VendorCreated[] {
  const seen = new Set<string>();
  const out: VendorCreated[] = [];
  const arb = arbitraryFor(contracts, EVENT);
  for (let s = seed; out.length < count; s++) {
    for (const v of fc.sample(arb, { numRuns: count, seed: s })) {
      const key = JSON.stringify(v);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(v);
      if (out.length === count) break;
    }
  }
  return out;
}
