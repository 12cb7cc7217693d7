// Generated from contracts/location.asyncapi.yaml. Do not edit.

export interface GeoPoint {
  'lat': number;
  'long': number;
  'accuracy'?: number;
}

export interface UserLocationUpdated {
  'userId': string;
  'location': UserLocationUpdatedLocation;
  'updatedAt': string;
}

export interface UserLocationUpdatedLocation {
  'lat': number;
  'long': number;
  'accuracy'?: number;
}

export interface VendorLocationUpdated {
  'vendorId': string;
  'location': GeoPoint;
  'previousLocation'?: GeoPoint;
  'source': VendorLocationUpdatedSource;
  'updatedAt': string;
}

export type VendorLocationUpdatedSource = "gps" | "manual" | "geocoded";
