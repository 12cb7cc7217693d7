// Generated from iot/telemetry.asyncapi.yaml. Do not edit.

import type { PublishOptions, PublishReceipt, Publisher } from 'herald';
import type { TelemetryEvents } from './index.js';
import type * as T from './types.js';

export interface TelemetryPublishers {
  /** Publish configChanged (v1). */
  configChanged(data: T.ConfigChanged, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish heartbeat (v1). */
  heartbeat(data: T.Heartbeat, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish reading (v1). */
  reading(data: T.Reading, options?: PublishOptions): Promise<PublishReceipt>;
}

export function telemetryPublishers(bus: Publisher<TelemetryEvents>): TelemetryPublishers {
  return {
    configChanged: (data, options) => bus.publish('configChanged', data, options),
    heartbeat: (data, options) => bus.publish('heartbeat', data, options),
    reading: (data, options) => bus.publish('reading', data, options),
  };
}
