// Generated from contracts/websocket.asyncapi.yaml. Do not edit.

import { defineContracts, type EventShape } from 'herald';
import { descriptors } from './descriptors.js';
import type * as T from './types.js';

export * from './descriptors.js';
export * from './publishers.js';
export * from './subscribers.js';
export * from './types.js';

export interface WebsocketEvents {
  'websocket.user.connected': EventShape<T.WebsocketUserConnected, { 1: T.WebsocketUserConnected }>;
  'websocket.user.disconnected': EventShape<T.WebsocketUserDisconnected, { 1: T.WebsocketUserDisconnected }>;
  'websocket.vendor.connected': EventShape<T.WebsocketVendorConnected, { 1: T.WebsocketVendorConnected }>;
  'websocket.vendor.disconnected': EventShape<T.WebsocketVendorDisconnected, { 1: T.WebsocketVendorDisconnected }>;
}

/** Each older version upcasts to the next one; the bus chains them up to the latest. */
export type WebsocketUpcasters = Record<never, never>;

export const websocketContracts = defineContracts<WebsocketEvents, WebsocketUpcasters>(descriptors);
