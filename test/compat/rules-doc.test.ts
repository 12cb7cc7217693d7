// generator/compat/RULES.md is the rules reference; it is rendered from the rule registries
// so it cannot drift. Regenerate with: UPDATE_RULES_DOC=1 npx vitest run test/compat/rules-doc.test.ts

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_RULES } from '../../generator/compat/document.js';
import { FORMAT_SUBSUMPTIONS, SCHEMA_RULES, type RuleChange } from '../../generator/compat/schema/index.js';

const FILE = fileURLToPath(new URL('../../generator/compat/RULES.md', import.meta.url));

function verdict(change: RuleChange): [string, string] {
  switch (change) {
    case 'narrowed':
      return ['**breaking**', 'compatible'];
    case 'widened':
      return ['compatible', '**breaking**'];
    case 'changed':
      return ['**breaking**', '**breaking**'];
    case 'neutral':
      return ['compatible', 'compatible'];
    default:
      return ['depends', 'depends'];
  }
}

function renderRules(): string {
  const lines = [
    '# Breaking-change rules',
    '',
    '<!-- Rendered from generator/compat/schema/rules.ts and generator/compat/document.ts by test/compat/rules-doc.test.ts. Do not edit. -->',
    '',
    'Rule names describe the edit from the OLD contract to the NEW one. **Backward** = consumers on the new',
    'contract reading events written with the old one (retained, replayed, or from producers not yet upgraded);',
    '**forward** = consumers still on the old contract reading events written with the new one. `--mode full`',
    '(the default) needs both.',
    '',
    '## Payload, header and key schemas',
    '',
    'A change *narrows* the schema (accepts less: breaks backward), *widens* it (accepts more: breaks forward),',
    '*changes* it (breaks both) or is *neutral*. "depends" rules are decided per case by a nested comparison',
    '(a property or tuple item checked against a partially open content model) or by the content model.',
    'The policy decides which content-model rule fires: under `writer-reader` the writing side is read as',
    "Herald's publish validator sees it (objects that list properties are closed) and the reading side as the",
    'consume validator sees it (closed objects are opened), so adding or removing an optional property is',
    'compatible both ways and a `default` never makes a new required property safe; under `strict` the',
    'schemas are taken as written, as Confluent Schema Registry does.',
    '',
    '| Rule | Change | Backward | Forward | Meaning |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const [rule, { change, summary }] of Object.entries(SCHEMA_RULES)) {
    const [b, f] = verdict(change);
    lines.push(`| \`${rule}\` | ${change} | ${b} | ${f} | ${summary.replace(/\|/g, '\\|')} |`);
  }
  lines.push(
    '',
    '## Formats',
    '',
    "Herald's validators assert `format` (ajv-formats), so a format is a constraint: adding one narrows,",
    'removing one widens, and replacing one is compatible only in the direction where every value of the old',
    'format is a value of the new one. Known inclusions (narrower ⊂ wider):',
    '',
    ...FORMAT_SUBSUMPTIONS.map(([a, b]) => `- \`${a}\` ⊂ \`${b}\``),
    '',
    'Any other replacement (`date` → `date-time`, `uuid` → `uri`, ...) is `FORMAT_CHANGED` and breaks both ways.',
    '',
    '## Contract documents',
    '',
    'Events are matched by name and `x-herald-version` across the whole contract set. A breaking change is',
    'accepted only as a new version; a version may be removed once the old contract marked it',
    '`x-herald-retired: true`. Document-wide findings (servers) use the event `*`.',
    '',
    '| Rule | Backward | Forward | Meaning |',
    '| --- | --- | --- | --- |',
  );
  for (const [rule, { breaks, summary }] of Object.entries(DOCUMENT_RULES)) {
    const on = (d: string): string => ((breaks as readonly string[]).includes(d) ? '**breaking**' : 'compatible');
    lines.push(`| \`${rule}\` | ${on('backward')} | ${on('forward')} | ${summary.replace(/\|/g, '\\|')} |`);
  }
  return `${lines.join('\n')}\n`;
}

describe('RULES.md', () => {
  it('matches the rule registries', () => {
    const text = renderRules();
    if (process.env['UPDATE_RULES_DOC'] === '1') writeFileSync(FILE, text);
    expect(readFileSync(FILE, 'utf8')).toBe(text);
  });
});
