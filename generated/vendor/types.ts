// Generated from contracts/vendor.asyncapi.yaml. Do not edit.

export interface VendorCreated {
  'id': string;
  'name': string;
  'description'?: string;
  'phone'?: string;
  'email'?: string;
  'website'?: string;
  'open': boolean;
  'primaryImage'?: string;
  'lat'?: number;
  'long'?: number;
  'createdAt': string;
  'updatedAt': string;
}

export interface VendorDeleted {
  'id': string;
  'name': string;
  'description'?: string;
  'phone'?: string;
  'email'?: string;
  'website'?: string;
  'open': boolean;
  'primaryImage'?: string;
  'lat'?: number;
  'long'?: number;
  'createdAt': string;
  'updatedAt': string;
  'deletedAt'?: string;
}

export type VendorStatus = "pending_approval" | "active" | "suspended" | "deactivated";

export interface VendorStatusChanged {
  'vendorId': string;
  'previousStatus': VendorStatus;
  'status': VendorStatus;
  'changedAt': string;
  'changedBy'?: string;
  'reason'?: string;
}

export interface VendorUpdated {
  'id': string;
  'name': string;
  'description'?: string;
  'phone'?: string;
  'email'?: string;
  'website'?: string;
  'open': boolean;
  'primaryImage'?: string;
  'lat'?: number;
  'long'?: number;
  'createdAt': string;
  'updatedAt': string;
}
