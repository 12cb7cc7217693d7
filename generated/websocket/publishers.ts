// Generated from contracts/websocket.asyncapi.yaml. Do not edit.

import type { PublishOptions, PublishReceipt, Publisher } from 'herald';
import type { WebsocketEvents } from './index.js';
import type * as T from './types.js';

export interface WebsocketPublishers {
  /** Publish websocket.user.connected (v1). */
  websocketUserConnected(data: T.WebsocketUserConnected, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish websocket.user.disconnected (v1). */
  websocketUserDisconnected(data: T.WebsocketUserDisconnected, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish websocket.vendor.connected (v1). */
  websocketVendorConnected(data: T.WebsocketVendorConnected, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish websocket.vendor.disconnected (v1). */
  websocketVendorDisconnected(data: T.WebsocketVendorDisconnected, options?: PublishOptions): Promise<PublishReceipt>;
}

export function websocketPublishers(bus: Publisher<WebsocketEvents>): WebsocketPublishers {
  return {
    websocketUserConnected: (data, options) => bus.publish('websocket.user.connected', data, options),
    websocketUserDisconnected: (data, options) => bus.publish('websocket.user.disconnected', data, options),
    websocketVendorConnected: (data, options) => bus.publish('websocket.vendor.connected', data, options),
    websocketVendorDisconnected: (data, options) => bus.publish('websocket.vendor.disconnected', data, options),
  };
}
