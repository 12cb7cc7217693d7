// A tiny contract set with hand-written validators, for the conformance suite and for
// tests of a transport or the bus that must not depend on generated code. Channel ids,
// subjects and topics carry a prefix so that runs against a shared broker stay isolated.

import type { ChannelDescriptor, EventDescriptor, EventShape, ContractSet, Validator } from '../core/contract.js';

export interface SampleItem {
  n: number;
  key: string;
  text?: string;
}

export interface SampleEvents {
  'sample.created': EventShape<SampleItem, { 1: SampleItem }>;
  'sample.updated': EventShape<SampleItem, { 1: SampleItem }>;
  'sample.other': EventShape<SampleItem, { 1: SampleItem }>;
}

function validator(closed: boolean): Validator {
  const v: Validator = (data: unknown) => {
    const errors: NonNullable<Validator['errors']> = [];
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      errors.push({ instancePath: '', schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' });
    } else {
      const o = data as Record<string, unknown>;
      if (!Number.isInteger(o.n)) errors.push({ instancePath: '/n', schemaPath: '#/properties/n/type', keyword: 'type', params: { type: 'integer' }, message: 'must be integer' });
      if (typeof o.key !== 'string' || o.key.length === 0) errors.push({ instancePath: '/key', schemaPath: '#/properties/key/minLength', keyword: 'minLength', params: { limit: 1 }, message: 'must NOT have fewer than 1 characters' });
      if (o.text !== undefined && typeof o.text !== 'string') errors.push({ instancePath: '/text', schemaPath: '#/properties/text/type', keyword: 'type', params: { type: 'string' }, message: 'must be string' });
      if (closed) {
        for (const k of Object.keys(o)) {
          if (!['n', 'key', 'text'].includes(k)) errors.push({ instancePath: '', schemaPath: '#/additionalProperties', keyword: 'additionalProperties', params: { additionalProperty: k }, message: 'must NOT have additional properties' });
        }
      }
    }
    v.errors = errors.length ? errors : null;
    return errors.length === 0;
  };
  return v;
}

/** Descriptors for sample.created / sample.updated (one channel each) and sample.other (shares sample.created's channel). */
export function sampleContracts(prefix: string, options: { partitions?: number } = {}): ContractSet<SampleEvents> {
  const channel = (name: string): ChannelDescriptor => ({
    id: `${prefix}-${name}`,
    address: `${prefix}.${name}`,
    subject: `${prefix}.${name}`,
    topic: `${prefix}.${name}`,
    parameters: [],
    kafka: { partitions: options.partitions ?? 4, replicas: 1 },
  });
  const created = channel('created');
  const updated = channel('updated');
  const make = (type: string, ch: ChannelDescriptor): EventDescriptor<SampleItem> => ({
    type,
    version: 1,
    domain: 'sample',
    messageId: type,
    channel: ch,
    partitionKey: '/key',
    aggregate: { type: 'sample', idPointer: '/key' },
    priority: 'normal',
    contentType: 'application/json',
    dataSchema: `urn:herald:sample:${type}:v1`,
    sensitive: ['/text'],
    retired: false,
    validate: { publish: validator(true), consume: validator(false) },
    source: { file: 'sample', pointer: `/${type}` },
  });
  return { events: [make('sample.created', created), make('sample.updated', updated), make('sample.other', created)] };
}
