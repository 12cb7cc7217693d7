// Generated from contracts/websocket.asyncapi.yaml. Do not edit.

import type { Handler, HandlerMap, SubscribeOptions, Subscriber, Subscription } from 'herald';
import type { WebsocketEvents } from './index.js';

export type WebsocketHandlers = HandlerMap<WebsocketEvents>;

export interface WebsocketSubscribers {
  /** Subscribe to websocket.user.connected. */
  onWebsocketUserConnected(handler: Handler<WebsocketEvents, 'websocket.user.connected'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to websocket.user.disconnected. */
  onWebsocketUserDisconnected(handler: Handler<WebsocketEvents, 'websocket.user.disconnected'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to websocket.vendor.connected. */
  onWebsocketVendorConnected(handler: Handler<WebsocketEvents, 'websocket.vendor.connected'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to websocket.vendor.disconnected. */
  onWebsocketVendorDisconnected(handler: Handler<WebsocketEvents, 'websocket.vendor.disconnected'>, options: SubscribeOptions): Promise<Subscription>;
}

export function websocketSubscribers(bus: Subscriber<WebsocketEvents>): WebsocketSubscribers {
  return {
    onWebsocketUserConnected: (handler, options) => bus.subscribe('websocket.user.connected', handler, options),
    onWebsocketUserDisconnected: (handler, options) => bus.subscribe('websocket.user.disconnected', handler, options),
    onWebsocketVendorConnected: (handler, options) => bus.subscribe('websocket.vendor.connected', handler, options),
    onWebsocketVendorDisconnected: (handler, options) => bus.subscribe('websocket.vendor.disconnected', handler, options),
  };
}
