// Generated from contracts/websocket.asyncapi.yaml. Do not edit.

import type { ChannelDescriptor, EventDescriptor } from 'herald';
import type * as T from './types.js';
import * as V from './validators.js';

const websocketUserConnectedChannel: ChannelDescriptor = {
  id: 'websocketUserConnected',
  address: 'websocket.user.connected',
  subject: 'websocket.user.connected',
  topic: 'websocket.user.connected',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'analytics-service-group',
  },
};

const websocketUserDisconnectedChannel: ChannelDescriptor = {
  id: 'websocketUserDisconnected',
  address: 'websocket.user.disconnected',
  subject: 'websocket.user.disconnected',
  topic: 'websocket.user.disconnected',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'analytics-service-group',
  },
};

const websocketVendorConnectedChannel: ChannelDescriptor = {
  id: 'websocketVendorConnected',
  address: 'websocket.vendor.connected',
  subject: 'websocket.vendor.connected',
  topic: 'websocket.vendor.connected',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'location-service-group',
  },
};

const websocketVendorDisconnectedChannel: ChannelDescriptor = {
  id: 'websocketVendorDisconnected',
  address: 'websocket.vendor.disconnected',
  subject: 'websocket.vendor.disconnected',
  topic: 'websocket.vendor.disconnected',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'location-service-group',
  },
};

export const websocketUserConnected: EventDescriptor<T.WebsocketUserConnected> = {
  type: 'websocket.user.connected',
  version: 1,
  domain: 'websocket',
  messageId: 'WebsocketUserConnected',
  channel: websocketUserConnectedChannel,
  aggregate: {
    type: 'connection',
    idPointer: '/connectionId',
  },
  partitionKey: '/userId',
  priority: 'low',
  contentType: 'application/json',
  dataSchema: 'urn:herald:websocket:websocket.user.connected:v1',
  sensitive: ['/clientIp'],
  retired: false,
  validate: {
    publish: V.validateWebsocketUserConnectedV1Publish,
    consume: V.validateWebsocketUserConnectedV1Consume,
  },
  source: {
    file: 'websocket.asyncapi.yaml',
    pointer: '/components/messages/WebsocketUserConnected',
  },
  schema: {
    type: 'object',
    required: ['connectionId', 'userId', 'gatewayInstance', 'connectedAt'],
    properties: {
      connectionId: {
        type: 'string',
        format: 'uuid',
      },
      userId: {
        type: 'string',
        format: 'uuid',
      },
      gatewayInstance: {
        description: 'The gateway node holding the connection.',
        type: 'string',
        minLength: 1,
        maxLength: 100,
      },
      clientIp: {
        description: 'Client IP address (IPv4 or IPv6).',
        type: 'string',
        minLength: 2,
        maxLength: 45,
        'x-herald-sensitive': true,
      },
      userAgent: {
        type: 'string',
        maxLength: 512,
      },
      connectedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
  },
};

export const websocketUserDisconnected: EventDescriptor<T.WebsocketUserDisconnected> = {
  type: 'websocket.user.disconnected',
  version: 1,
  domain: 'websocket',
  messageId: 'WebsocketUserDisconnected',
  channel: websocketUserDisconnectedChannel,
  aggregate: {
    type: 'connection',
    idPointer: '/connectionId',
  },
  partitionKey: '/userId',
  priority: 'low',
  contentType: 'application/json',
  dataSchema: 'urn:herald:websocket:websocket.user.disconnected:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateWebsocketUserDisconnectedV1Publish,
    consume: V.validateWebsocketUserDisconnectedV1Consume,
  },
  source: {
    file: 'websocket.asyncapi.yaml',
    pointer: '/components/messages/WebsocketUserDisconnected',
  },
  schema: {
    type: 'object',
    required: ['connectionId', 'userId', 'reason', 'durationSeconds', 'disconnectedAt'],
    properties: {
      connectionId: {
        type: 'string',
        format: 'uuid',
      },
      userId: {
        type: 'string',
        format: 'uuid',
      },
      reason: {
        title: 'DisconnectReason',
        type: 'string',
        enum: ['client_closed', 'server_shutdown', 'timeout', 'error', 'unauthorized'],
      },
      closeCode: {
        description: 'WebSocket close code (RFC 6455).',
        type: 'integer',
        minimum: 1000,
        maximum: 4999,
      },
      durationSeconds: {
        type: 'integer',
        minimum: 0,
      },
      disconnectedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
  },
};

export const websocketVendorConnected: EventDescriptor<T.WebsocketVendorConnected> = {
  type: 'websocket.vendor.connected',
  version: 1,
  domain: 'websocket',
  messageId: 'WebsocketVendorConnected',
  channel: websocketVendorConnectedChannel,
  aggregate: {
    type: 'connection',
    idPointer: '/connectionId',
  },
  partitionKey: '/vendorId',
  priority: 'low',
  contentType: 'application/json',
  dataSchema: 'urn:herald:websocket:websocket.vendor.connected:v1',
  sensitive: ['/clientIp'],
  retired: false,
  validate: {
    publish: V.validateWebsocketVendorConnectedV1Publish,
    consume: V.validateWebsocketVendorConnectedV1Consume,
  },
  source: {
    file: 'websocket.asyncapi.yaml',
    pointer: '/components/messages/WebsocketVendorConnected',
  },
  schema: {
    type: 'object',
    required: ['connectionId', 'vendorId', 'gatewayInstance', 'connectedAt'],
    properties: {
      connectionId: {
        type: 'string',
        format: 'uuid',
      },
      vendorId: {
        type: 'string',
        format: 'uuid',
      },
      gatewayInstance: {
        description: 'The gateway node holding the connection.',
        type: 'string',
        minLength: 1,
        maxLength: 100,
      },
      clientIp: {
        description: 'Client IP address (IPv4 or IPv6).',
        type: 'string',
        minLength: 2,
        maxLength: 45,
        'x-herald-sensitive': true,
      },
      userAgent: {
        type: 'string',
        maxLength: 512,
      },
      connectedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
  },
};

export const websocketVendorDisconnected: EventDescriptor<T.WebsocketVendorDisconnected> = {
  type: 'websocket.vendor.disconnected',
  version: 1,
  domain: 'websocket',
  messageId: 'WebsocketVendorDisconnected',
  channel: websocketVendorDisconnectedChannel,
  aggregate: {
    type: 'connection',
    idPointer: '/connectionId',
  },
  partitionKey: '/vendorId',
  priority: 'low',
  contentType: 'application/json',
  dataSchema: 'urn:herald:websocket:websocket.vendor.disconnected:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateWebsocketVendorDisconnectedV1Publish,
    consume: V.validateWebsocketVendorDisconnectedV1Consume,
  },
  source: {
    file: 'websocket.asyncapi.yaml',
    pointer: '/components/messages/WebsocketVendorDisconnected',
  },
  schema: {
    type: 'object',
    required: ['connectionId', 'vendorId', 'reason', 'durationSeconds', 'disconnectedAt'],
    properties: {
      connectionId: {
        type: 'string',
        format: 'uuid',
      },
      vendorId: {
        type: 'string',
        format: 'uuid',
      },
      reason: {
        title: 'DisconnectReason',
        type: 'string',
        enum: ['client_closed', 'server_shutdown', 'timeout', 'error', 'unauthorized'],
      },
      closeCode: {
        description: 'WebSocket close code (RFC 6455).',
        type: 'integer',
        minimum: 1000,
        maximum: 4999,
      },
      durationSeconds: {
        type: 'integer',
        minimum: 0,
      },
      disconnectedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
  },
};

export const descriptors: readonly EventDescriptor[] = [
  websocketUserConnected,
  websocketUserDisconnected,
  websocketVendorConnected,
  websocketVendorDisconnected,
];
