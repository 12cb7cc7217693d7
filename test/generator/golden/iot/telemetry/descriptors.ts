// Generated from iot/telemetry.asyncapi.yaml. Do not edit.

import type { ChannelDescriptor, EventDescriptor } from 'herald';
import type * as T from './types.js';
import * as V from './validators.js';

const devicesChannel: ChannelDescriptor = {
  id: 'devices',
  address: 'devices/{deviceId}/config',
  subject: 'devices.{deviceId}.config',
  topic: 'devices.config',
  parameters: ['deviceId'],
};

const rootChannel: ChannelDescriptor = {
  id: 'root',
  address: '/',
  subject: 'root',
  topic: 'root',
  parameters: [],
};

const websocketChannel: ChannelDescriptor = {
  id: 'websocket',
  address: 'wss://telemetry.example.com/stream',
  subject: 'websocket',
  topic: 'websocket',
  parameters: [],
};

export const configChanged: EventDescriptor<T.ConfigChanged> = {
  type: 'configChanged',
  version: 1,
  domain: 'telemetry',
  messageId: 'configChanged',
  channel: devicesChannel,
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:telemetry:configChanged:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateConfigChangedV1Publish,
    consume: V.validateConfigChangedV1Consume,
  },
  source: {
    file: 'telemetry.asyncapi.yaml',
    pointer: '/components/messages/configChanged',
  },
  schema: {
    allOf: [
      {
        type: 'object',
        required: ['changedBy'],
        properties: {
          changedBy: {
            type: 'string',
          },
          changedAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      {
        type: 'object',
        required: ['settings'],
        properties: {
          settings: {
            $ref: '#/$defs/Setting',
          },
        },
      },
    ],
    $defs: {
      Setting: {
        title: 'Setting',
        type: 'object',
        required: ['key'],
        properties: {
          key: {
            type: 'string',
          },
          value: {},
          children: {
            type: 'array',
            items: {
              $ref: '#/$defs/Setting',
            },
          },
        },
      },
    },
  },
};

export const heartbeat: EventDescriptor<T.Heartbeat> = {
  type: 'heartbeat',
  version: 1,
  domain: 'telemetry',
  messageId: 'heartbeat',
  channel: rootChannel,
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:telemetry:heartbeat:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateHeartbeatV1Publish,
    consume: V.validateHeartbeatV1Consume,
  },
  source: {
    file: 'telemetry.asyncapi.yaml',
    pointer: '/channels/root/messages/heartbeat',
  },
  schema: {
    type: 'object',
    required: ['deviceId', 'at'],
    properties: {
      deviceId: {
        type: 'string',
      },
      at: {
        type: 'string',
        format: 'date-time',
      },
    },
  },
};

export const reading: EventDescriptor<T.Reading> = {
  type: 'reading',
  version: 1,
  domain: 'telemetry',
  messageId: 'reading',
  channel: websocketChannel,
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:telemetry:reading:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateReadingV1Publish,
    consume: V.validateReadingV1Consume,
  },
  source: {
    file: 'telemetry.asyncapi.yaml',
    pointer: '/components/messages/reading',
  },
  schema: {
    type: 'object',
    required: ['deviceId', 'value'],
    properties: {
      deviceId: {
        type: 'string',
      },
      value: {
        oneOf: [
          {
            type: 'number',
          },
          {
            type: 'object',
            required: ['min', 'max'],
            properties: {
              min: {
                type: 'number',
              },
              max: {
                type: 'number',
              },
            },
          },
        ],
      },
      unit: {
        type: ['string', 'null'],
      },
      tags: {
        type: 'array',
        uniqueItems: true,
        items: {
          type: 'string',
        },
      },
    },
  },
};

export const descriptors: readonly EventDescriptor[] = [
  configChanged,
  heartbeat,
  reading,
];
