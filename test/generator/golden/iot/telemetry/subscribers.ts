// Generated from iot/telemetry.asyncapi.yaml. Do not edit.

import type { Handler, HandlerMap, SubscribeOptions, Subscriber, Subscription } from 'herald';
import type { TelemetryEvents } from './index.js';

export type TelemetryHandlers = HandlerMap<TelemetryEvents>;

export interface TelemetrySubscribers {
  /** Subscribe to configChanged. */
  onConfigChanged(handler: Handler<TelemetryEvents, 'configChanged'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to heartbeat. */
  onHeartbeat(handler: Handler<TelemetryEvents, 'heartbeat'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to reading. */
  onReading(handler: Handler<TelemetryEvents, 'reading'>, options: SubscribeOptions): Promise<Subscription>;
}

export function telemetrySubscribers(bus: Subscriber<TelemetryEvents>): TelemetrySubscribers {
  return {
    onConfigChanged: (handler, options) => bus.subscribe('configChanged', handler, options),
    onHeartbeat: (handler, options) => bus.subscribe('heartbeat', handler, options),
    onReading: (handler, options) => bus.subscribe('reading', handler, options),
  };
}
