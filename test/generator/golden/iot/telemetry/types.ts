// Generated from iot/telemetry.asyncapi.yaml. Do not edit.

export interface ConfigChanged {
  'changedBy': string;
  'changedAt'?: string;
  'settings': Setting;
  [key: string]: unknown;
}

export interface Heartbeat {
  'deviceId': string;
  'at': string;
}

export interface Reading {
  'deviceId': string;
  'value': number | ReadingValueOption2;
  'unit'?: string | null;
  'tags'?: string[];
}

export interface ReadingValueOption2 {
  'min': number;
  'max': number;
}

export interface Setting {
  'key': string;
  'value'?: unknown;
  'children'?: Setting[];
}
