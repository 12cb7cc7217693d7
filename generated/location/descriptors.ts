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
  schema: {
    type: 'object',
    required: ['userId', 'location', 'updatedAt'],
    properties: {
      userId: {
        type: 'string',
        format: 'uuid',
      },
      location: {
        description: 'The user\'s position (same shape as GeoPoint). Written out here rather than referenced so that the whole object can be marked sensitive.',
        type: 'object',
        required: ['lat', 'long'],
        'x-herald-sensitive': true,
        properties: {
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
          accuracy: {
            description: 'Horizontal accuracy radius in metres.',
            type: 'number',
            minimum: 0,
          },
        },
      },
      updatedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
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
  schema: {
    type: 'object',
    required: ['vendorId', 'location', 'source', 'updatedAt'],
    properties: {
      vendorId: {
        type: 'string',
        format: 'uuid',
      },
      location: {
        title: 'GeoPoint',
        description: 'A WGS 84 position.',
        type: 'object',
        required: ['lat', 'long'],
        properties: {
          lat: {
            description: 'Latitude in degrees.',
            type: 'number',
            minimum: -90,
            maximum: 90,
          },
          long: {
            description: 'Longitude in degrees.',
            type: 'number',
            minimum: -180,
            maximum: 180,
          },
          accuracy: {
            description: 'Horizontal accuracy radius in metres.',
            type: 'number',
            minimum: 0,
          },
        },
      },
      previousLocation: {
        title: 'GeoPoint',
        description: 'A WGS 84 position.',
        type: 'object',
        required: ['lat', 'long'],
        properties: {
          lat: {
            description: 'Latitude in degrees.',
            type: 'number',
            minimum: -90,
            maximum: 90,
          },
          long: {
            description: 'Longitude in degrees.',
            type: 'number',
            minimum: -180,
            maximum: 180,
          },
          accuracy: {
            description: 'Horizontal accuracy radius in metres.',
            type: 'number',
            minimum: 0,
          },
        },
      },
      source: {
        description: 'How the position was obtained.',
        type: 'string',
        enum: ['gps', 'manual', 'geocoded'],
      },
      updatedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
  },
};

export const descriptors: readonly EventDescriptor[] = [
  userLocationUpdated,
  vendorLocationUpdated,
];
