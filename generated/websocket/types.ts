// Generated from contracts/websocket.asyncapi.yaml. Do not edit.

export type DisconnectReason = "client_closed" | "server_shutdown" | "timeout" | "error" | "unauthorized";

export interface WebsocketUserConnected {
  'connectionId': string;
  'userId': string;
  'gatewayInstance': string;
  'clientIp'?: string;
  'userAgent'?: string;
  'connectedAt': string;
}

export interface WebsocketUserDisconnected {
  'connectionId': string;
  'userId': string;
  'reason': DisconnectReason;
  'closeCode'?: number;
  'durationSeconds': number;
  'disconnectedAt': string;
}

export interface WebsocketVendorConnected {
  'connectionId': string;
  'vendorId': string;
  'gatewayInstance': string;
  'clientIp'?: string;
  'userAgent'?: string;
  'connectedAt': string;
}

export interface WebsocketVendorDisconnected {
  'connectionId': string;
  'vendorId': string;
  'reason': DisconnectReason;
  'closeCode'?: number;
  'durationSeconds': number;
  'disconnectedAt': string;
}
