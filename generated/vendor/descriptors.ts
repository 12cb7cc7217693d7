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
};

export const descriptors: readonly EventDescriptor[] = [
  vendorCreated,
  vendorDeleted,
  vendorStatusChanged,
  vendorUpdated,
];
