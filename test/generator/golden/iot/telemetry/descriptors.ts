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
};

export const descriptors: readonly EventDescriptor[] = [
  configChanged,
  heartbeat,
  reading,
];
