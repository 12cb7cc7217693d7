// Generated from contracts/location.asyncapi.yaml. Do not edit.

import type { ChannelDescriptor, EventDescriptor } from 'herald';
import type * as T from './types.js';
import * as V from './validators.js';

const userLocationUpdatedChannel: ChannelDescriptor = {
  id: 'userLocationUpdated',
  address: 'user.location.updated',
  subject: 'user.location.updated',
  topic: 'user.location.updated',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
};

const vendorLocationUpdatedChannel: ChannelDescriptor = {
  id: 'vendorLocationUpdated',
  address: 'vendor.location.updated',
  subject: 'vendor.location.updated',
  topic: 'vendor.location.updated',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'search-sync-group',
  },
};

export const userLocationUpdated: EventDescriptor<T.UserLocationUpdated> = {
  type: 'user.location.updated',
  version: 1,
  domain: 'location',
  messageId: 'UserLocationUpdated',
  channel: userLocationUpdatedChannel,
  aggregate: {
    type: 'user',
    idPointer: '/userId',
  },
  partitionKey: '/userId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:location:user.location.updated:v1',
  sensitive: ['/location'],
  retired: false,
  validate: {
    publish: V.validateUserLocationUpdatedV1Publish,
    consume: V.validateUserLocationUpdatedV1Consume,
  },
  source: {
    file: 'location.asyncapi.yaml',
    pointer: '/components/messages/UserLocationUpdated',
  },
};

export const vendorLocationUpdated: EventDescriptor<T.VendorLocationUpdated> = {
  type: 'vendor.location.updated',
  version: 1,
  domain: 'location',
  messageId: 'VendorLocationUpdated',
  channel: vendorLocationUpdatedChannel,
  aggregate: {
    type: 'vendor',
    idPointer: '/vendorId',
  },
  partitionKey: '/vendorId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:location:vendor.location.updated:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateVendorLocationUpdatedV1Publish,
    consume: V.validateVendorLocationUpdatedV1Consume,
  },
  source: {
    file: 'location.asyncapi.yaml',
    pointer: '/components/messages/VendorLocationUpdated',
  },
};

export const descriptors: readonly EventDescriptor[] = [
  userLocationUpdated,
  vendorLocationUpdated,
];
