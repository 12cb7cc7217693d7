// Generated from contracts/product.asyncapi.yaml. Do not edit.

export interface Money {
  'amount': number;
  'currency': string;
}

export interface ProductCreated {
  'productId': string;
  'vendorId': string;
  'sku': string;
  'name': string;
  'description'?: string;
  'price': Money;
  'status': ProductCreatedStatus;
  'category'?: string;
  'tags'?: string[];
  'images'?: string[];
  'attributes'?: { [name: string]: string };
  'createdAt': string;
  'updatedAt': string;
}

export type ProductCreatedStatus = "draft" | "active" | "archived";

export interface ProductDeleted {
  'productId': string;
  'vendorId': string;
  'sku'?: string;
  'reason'?: ProductDeletedReason;
  'deletedAt': string;
}

export type ProductDeletedReason = "discontinued" | "vendor_deleted" | "policy_violation" | "duplicate";

export interface ProductPriceChanged {
  'productId': string;
  'vendorId': string;
  'previousPrice': Money;
  'price': Money;
  'effectiveFrom'?: string;
  'changedAt': string;
}

export interface ProductUpdated {
  'productId': string;
  'vendorId': string;
  'sku': string;
  'name': string;
  'description'?: string;
  'price': Money;
  'status': ProductUpdatedStatus;
  'category'?: string;
  'tags'?: string[];
  'images'?: string[];
  'attributes'?: { [name: string]: string };
  'createdAt': string;
  'updatedAt': string;
}

export type ProductUpdatedStatus = "draft" | "active" | "archived";
