import { describe, expect, it } from 'vitest';
import { canRead, compareSchemas, diffSchemas, SCHEMA_RULES, type Policy, type SchemaRule } from '../../generator/compat/schema/index.js';
import { SCHEMA_CASES } from './schema-cases.js';

const POLICIES: Policy[] = ['writer-reader', 'strict'];

const runs = SCHEMA_CASES.flatMap((c) => (c.policies ?? POLICIES).map((policy) => ({ ...c, policy })));

describe('schema compatibility table', () => {
  it('has at least 80 cases', () => {
    expect(SCHEMA_CASES.length).toBeGreaterThanOrEqual(80);
    expect(new Set(SCHEMA_CASES.map((c) => c.name)).size).toBe(SCHEMA_CASES.length);
  });

  it.each(runs.map((r) => [`${r.name} [${r.policy}]`, r] as const))('%s', (_label, c) => {
    const backward = compareSchemas(c.old, c.new, { mode: 'backward', policy: c.policy });
    const forward = compareSchemas(c.old, c.new, { mode: 'forward', policy: c.policy });
    const show = (list: typeof backward): string => list.map((d) => `${d.rule}@${d.pointer}${d.breaking ? '!' : ''}`).join(', ');
    expect(backward.some((d) => d.breaking), `backward: ${show(backward)}`).toBe(c.backward);
    expect(forward.some((d) => d.breaking), `forward: ${show(forward)}`).toBe(c.forward);

    const full = diffSchemas(c.old, c.new, { policy: c.policy });
    expect(full.some((f) => f.breaking)).toBe(c.backward || c.forward);
    if (c.rule === undefined) {
      expect(full.filter((f) => f.breaking)).toEqual([]);
      return;
    }
    const all = [...backward, ...forward];
    const hit = all.find((d) => d.rule === c.rule && (c.pointer === undefined || d.pointer === c.pointer));
    expect(hit, `expected ${c.rule}${c.pointer ? ` at ${c.pointer}` : ''} among ${show(all)}`).toBeDefined();
    // A breaking verdict always names its direction in the merged view.
    for (const f of full.filter((x) => x.breaking)) {
      const expected = c.backward && c.forward ? ['backward', 'forward', 'both'] : c.backward ? ['backward'] : ['forward'];
      expect(expected).toContain(f.direction);
    }
  });

  it('exercises every rule, and every rule that can break both breaking and compatible', () => {
    const seen = new Map<SchemaRule, { breaking: boolean; compatible: boolean }>();
    for (const c of runs) {
      for (const d of [...compareSchemas(c.old, c.new, { mode: 'backward', policy: c.policy }), ...compareSchemas(c.old, c.new, { mode: 'forward', policy: c.policy })]) {
        const s = seen.get(d.rule) ?? { breaking: false, compatible: false };
        if (d.breaking) s.breaking = true;
        else s.compatible = true;
        seen.set(d.rule, s);
      }
    }
    const rules = Object.keys(SCHEMA_RULES) as SchemaRule[];
    expect(rules.filter((r) => !seen.has(r))).toEqual([]);
    // Neutral rules never break; the others must be seen breaking somewhere.
    expect(rules.filter((r) => SCHEMA_RULES[r].change !== 'neutral' && !seen.get(r)!.breaking)).toEqual([]);
    // Rules that narrow or widen are compatible in the other direction.
    expect(rules.filter((r) => ['narrowed', 'widened'].includes(SCHEMA_RULES[r].change) && !seen.get(r)!.compatible)).toEqual([]);
    // 'changed' rules break both ways by definition; each sits next to a compatible neighbour in the table.
    expect(rules.filter((r) => SCHEMA_RULES[r].change === 'neutral' && seen.get(r)!.breaking)).toEqual([]);
  });
});

describe('diffSchemas', () => {
  it('merges the two directions: a breaking rule wins over the compatible view of the same place', () => {
    const findings = diffSchemas({ type: 'string', maxLength: 10 }, { type: 'string', maxLength: 5 });
    expect(findings).toEqual([{ pointer: '/maxLength', rule: 'MAX_LENGTH_DECREASED', direction: 'backward', breaking: true, detail: 'maxLength decreased from 10 to 5' }]);
  });

  it('reports a rule that breaks both ways once, as both', () => {
    const findings = diffSchemas({ type: 'string' }, { type: 'integer' });
    expect(findings).toMatchObject([{ pointer: '/type', rule: 'TYPE_CHANGED', direction: 'both', breaking: true }]);
  });

  it('keeps compatible notes once, with the directions checked', () => {
    const full = diffSchemas({ type: 'object', properties: {} }, { type: 'object', properties: { a: { type: 'string' } } });
    expect(full).toMatchObject([{ pointer: '/properties/a', rule: 'OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL', direction: 'both', breaking: false }]);
    const backward = diffSchemas({ type: 'object', properties: {} }, { type: 'object', properties: { a: { type: 'string' } } }, { mode: 'backward' });
    expect(backward[0]!.direction).toBe('backward');
  });

  it('only checks the requested mode', () => {
    expect(diffSchemas({ type: 'integer' }, { type: 'number' }, { mode: 'backward' }).some((f) => f.breaking)).toBe(false);
    expect(diffSchemas({ type: 'integer' }, { type: 'number' }, { mode: 'forward' }).some((f) => f.breaking)).toBe(true);
  });

  it('answers Confluent’s question: can this reader read that writer’s data', () => {
    expect(canRead({ type: 'integer' }, { type: 'number' })).toBe(true);
    expect(canRead({ type: 'number' }, { type: 'integer' })).toBe(false);
  });

  it('terminates on mutually recursive schemas', () => {
    const schema = {
      $defs: {
        A: { type: 'object', properties: { b: { $ref: '#/$defs/B' } } },
        B: { type: 'object', properties: { a: { $ref: '#/$defs/A' }, n: { type: 'integer' } } },
      },
      $ref: '#/$defs/A',
    };
    const changed = structuredClone(schema);
    (changed.$defs.B.properties.n as { type: string }).type = 'string';
    expect(diffSchemas(schema, structuredClone(schema))).toEqual([]);
    expect(diffSchemas(schema, changed)).toMatchObject([{ pointer: '/properties/b/properties/n/type', rule: 'TYPE_CHANGED', breaking: true }]);
  });
});
