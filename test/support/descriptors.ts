// Test-only descriptors compiled from inline JSON Schemas with AJV at test time
// (generated code never compiles schemas at run time; tests may).

import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { ChannelDescriptor, EventDescriptor, Validator } from 'herald';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

function compile(schema: object): Validator {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema) as unknown as Validator;
}

/** Close every object that does not say otherwise, as the generator does for publish validators. */
function closeSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closeSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) out[k] = k === 'enum' || k === 'const' ? v : closeSchema(v);
  if (out.type === 'object' && !('additionalProperties' in out)) out.additionalProperties = false;
  return out;
}

export function channel(id: string, extra: Partial<ChannelDescriptor> = {}): ChannelDescriptor {
  return { id, address: id, subject: id, topic: id, parameters: [], ...extra };
}

export function descriptor<T = unknown>(spec: {
  type: string;
  version?: number;
  schema: object;
  channel?: ChannelDescriptor;
  sensitive?: string[];
  partitionKey?: string;
  aggregate?: { type: string; idPointer: string };
  retired?: boolean;
  discriminator?: { property: string; value: string };
}): EventDescriptor<T> {
  const d: EventDescriptor<T> = {
    type: spec.type,
    version: spec.version ?? 1,
    domain: 'test',
    messageId: spec.type,
    channel: spec.channel ?? channel(spec.type),
    priority: 'normal',
    contentType: 'application/json',
    dataSchema: `urn:herald:test:${spec.type}:v${spec.version ?? 1}`,
    sensitive: spec.sensitive ?? [],
    retired: spec.retired ?? false,
    validate: { publish: compile(closeSchema(spec.schema) as object), consume: compile(spec.schema) },
    source: { file: 'test', pointer: `/${spec.type}` },
  };
  if (spec.partitionKey) Object.assign(d, { partitionKey: spec.partitionKey });
  if (spec.aggregate) Object.assign(d, { aggregate: spec.aggregate });
  if (spec.discriminator) Object.assign(d, { discriminator: spec.discriminator });
  return d;
}
