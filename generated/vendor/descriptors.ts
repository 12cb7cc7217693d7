// Generated from contracts/vendor.asyncapi.yaml. Do not edit.

import type { ChannelDescriptor, EventDescriptor } from 'herald';
import type * as T from './types.js';
import * as V from './validators.js';

const vendorCreatedChannel: ChannelDescriptor = {
  id: 'vendorCreated',
  address: 'vendor.created',
  subject: 'vendor.created',
  topic: 'vendor.created',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'search-sync-group',
  },
};

const vendorDeletedChannel: ChannelDescriptor = {
  id: 'vendorDeleted',
  address: 'vendor.deleted',
  subject: 'vendor.deleted',
  topic: 'vendor.deleted',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'search-sync-group',
  },
};

const vendorStatusChangedChannel: ChannelDescriptor = {
  id: 'vendorStatusChanged',
  address: 'vendor.status.changed',
  subject: 'vendor.status.changed',
  topic: 'vendor.status.changed',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'search-sync-group',
  },
};

const vendorUpdatedChannel: ChannelDescriptor = {
  id: 'vendorUpdated',
  address: 'vendor.updated',
  subject: 'vendor.updated',
  topic: 'vendor.updated',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'search-sync-group',
  },
};

export const vendorCreated: EventDescriptor<T.VendorCreated> = {
  type: 'vendor.created',
  version: 1,
  domain: 'vendor',
  messageId: 'VendorCreated',
  channel: vendorCreatedChannel,
  aggregate: {
    type: 'vendor',
    idPointer: '/id',
  },
  partitionKey: '/id',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:vendor:vendor.created:v1',
  sensitive: ['/email', '/phone'],
  retired: false,
  validate: {
    publish: V.validateVendorCreatedV1Publish,
    consume: V.validateVendorCreatedV1Consume,
  },
  source: {
    file: 'vendor.asyncapi.yaml',
    pointer: '/components/messages/VendorCreated',
  },
  schema: {
    title: 'Vendor',
    description: 'A vendor\'s state (the seed\'s vendor payload).',
    type: 'object',
    required: ['id', 'name', 'open', 'createdAt', 'updatedAt'],
    properties: {
      id: {
        type: 'string',
        format: 'uuid',
      },
      name: {
        type: 'string',
        minLength: 1,
        maxLength: 120,
      },
      description: {
        type: 'string',
        maxLength: 2000,
      },
      phone: {
        description: 'E.164 phone number.',
        type: 'string',
        pattern: '^\\+[1-9][0-9]{6,14}$',
        'x-herald-sensitive': true,
      },
      email: {
        type: 'string',
        format: 'email',
        maxLength: 254,
        'x-herald-sensitive': true,
      },
      website: {
        type: 'string',
        format: 'uri',
        maxLength: 2048,
      },
      open: {
        description: 'Whether the vendor is open for business right now.',
        type: 'boolean',
      },
      primaryImage: {
        type: 'string',
        format: 'uri',
        maxLength: 2048,
      },
      lat: {
        type: 'number',
        minimum: -90,
        maximum: 90,
      },
      long: {
        type: 'number',
        minimum: -180,
        maximum: 180,
      },
      createdAt: {
        type: 'string',
        format: 'date-time',
      },
      updatedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
  },
};

export const vendorDeleted: EventDescriptor<T.VendorDeleted> = {
  type: 'vendor.deleted',
  version: 1,
  domain: 'vendor',
  messageId: 'VendorDeleted',
  channel: vendorDeletedChannel,
  aggregate: {
    type: 'vendor',
    idPointer: '/id',
  },
  partitionKey: '/id',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:vendor:vendor.deleted:v1',
  sensitive: ['/email', '/phone'],
  retired: false,
  validate: {
    publish: V.validateVendorDeletedV1Publish,
    consume: V.validateVendorDeletedV1Consume,
  },
  source: {
    file: 'vendor.asyncapi.yaml',
    pointer: '/components/messages/VendorDeleted',
  },
  schema: {
    description: 'The vendor before deletion (every Vendor field) plus when it was deleted.',
    type: 'object',
    required: ['id', 'name', 'open', 'createdAt', 'updatedAt'],
    properties: {
      id: {
        type: 'string',
        format: 'uuid',
      },
      name: {
        type: 'string',
        minLength: 1,
        maxLength: 120,
      },
      description: {
        type: 'string',
        maxLength: 2000,
      },
      phone: {
        description: 'E.164 phone number.',
        type: 'string',
        pattern: '^\\+[1-9][0-9]{6,14}$',
        'x-herald-sensitive': true,
      },
      email: {
        type: 'string',
        format: 'email',
        maxLength: 254,
        'x-herald-sensitive': true,
      },
      website: {
        type: 'string',
        format: 'uri',
        maxLength: 2048,
      },
      open: {
        description: 'Whether the vendor is open for business right now.',
        type: 'boolean',
      },
      primaryImage: {
        type: 'string',
        format: 'uri',
        maxLength: 2048,
      },
      lat: {
        type: 'number',
        minimum: -90,
        maximum: 90,
      },
      long: {
        type: 'number',
        minimum: -180,
        maximum: 180,
      },
      createdAt: {
        type: 'string',
        format: 'date-time',
      },
      updatedAt: {
        type: 'string',
        format: 'date-time',
      },
      deletedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
  },
};

export const vendorStatusChanged: EventDescriptor<T.VendorStatusChanged> = {
  type: 'vendor.status.changed',
  version: 1,
  domain: 'vendor',
  messageId: 'VendorStatusChanged',
  channel: vendorStatusChangedChannel,
  aggregate: {
    type: 'vendor',
    idPointer: '/vendorId',
  },
  partitionKey: '/vendorId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:vendor:vendor.status.changed:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateVendorStatusChangedV1Publish,
    consume: V.validateVendorStatusChangedV1Consume,
  },
  source: {
    file: 'vendor.asyncapi.yaml',
    pointer: '/components/messages/VendorStatusChanged',
  },
  schema: {
    type: 'object',
    required: ['vendorId', 'previousStatus', 'status', 'changedAt'],
    properties: {
      vendorId: {
        type: 'string',
        format: 'uuid',
      },
      previousStatus: {
        title: 'VendorStatus',
        description: 'Lifecycle status of a vendor.',
        type: 'string',
        enum: ['pending_approval', 'active', 'suspended', 'deactivated'],
      },
      status: {
        title: 'VendorStatus',
        description: 'Lifecycle status of a vendor.',
        type: 'string',
        enum: ['pending_approval', 'active', 'suspended', 'deactivated'],
      },
      changedAt: {
        type: 'string',
        format: 'date-time',
      },
      changedBy: {
        description: 'The user (admin or owner) who changed the status; absent when the system did.',
        type: 'string',
        format: 'uuid',
      },
      reason: {
        type: 'string',
        minLength: 1,
        maxLength: 500,
      },
    },
  },
};

export const vendorUpdated: EventDescriptor<T.VendorUpdated> = {
  type: 'vendor.updated',
  version: 1,
  domain: 'vendor',
  messageId: 'VendorUpdated',
  channel: vendorUpdatedChannel,
  aggregate: {
    type: 'vendor',
    idPointer: '/id',
  },
  partitionKey: '/id',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:vendor:vendor.updated:v1',
  sensitive: ['/email', '/phone'],
  retired: false,
  validate: {
    publish: V.validateVendorUpdatedV1Publish,
    consume: V.validateVendorUpdatedV1Consume,
  },
  source: {
    file: 'vendor.asyncapi.yaml',
    pointer: '/components/messages/VendorUpdated',
  },
  schema: {
    title: 'Vendor',
    description: 'A vendor\'s state (the seed\'s vendor payload).',
    type: 'object',
    required: ['id', 'name', 'open', 'createdAt', 'updatedAt'],
    properties: {
      id: {
        type: 'string',
        format: 'uuid',
      },
      name: {
        type: 'string',
        minLength: 1,
        maxLength: 120,
      },
      description: {
        type: 'string',
        maxLength: 2000,
      },
      phone: {
        description: 'E.164 phone number.',
        type: 'string',
        pattern: '^\\+[1-9][0-9]{6,14}$',
        'x-herald-sensitive': true,
      },
      email: {
        type: 'string',
        format: 'email',
        maxLength: 254,
        'x-herald-sensitive': true,
      },
      website: {
        type: 'string',
        format: 'uri',
        maxLength: 2048,
      },
      open: {
        description: 'Whether the vendor is open for business right now.',
        type: 'boolean',
      },
      primaryImage: {
        type: 'string',
        format: 'uri',
        maxLength: 2048,
      },
      lat: {
        type: 'number',
        minimum: -90,
        maximum: 90,
      },
      long: {
        type: 'number',
        minimum: -180,
        maximum: 180,
      },
      createdAt: {
        type: 'string',
        format: 'date-time',
      },
      updatedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
  },
};

export const descriptors: readonly EventDescriptor[] = [
  vendorCreated,
  vendorDeleted,
  vendorStatusChanged,
  vendorUpdated,
];
