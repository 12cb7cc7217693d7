// Generated from contracts/cart.asyncapi.yaml. Do not edit.

export interface CartAbandoned {
  'cartId': string;
  'userId'?: string;
  'items': LineItem[];
  'subtotal': Money;
  'lastActivityAt': string;
  'inactiveMinutes': number;
  'abandonedAt': string;
}

export interface CartItemAdded {
  'cartId': string;
  'userId'?: string;
  'item': LineItem;
  'addedAt': string;
}

export interface CartItemRemoved {
  'cartId': string;
  'userId'?: string;
  'productId': string;
  'quantity': number;
  'reason': CartItemRemovedReason;
  'removedAt': string;
}

export type CartItemRemovedReason = "user_action" | "out_of_stock" | "product_deleted" | "expired";

export interface CartUpdated {
  'cartId': string;
  'userId'?: string;
  'items': LineItem[];
  'itemCount': number;
  'subtotal': Money;
  'updatedAt': string;
}

export interface LineItem {
  'productId': string;
  'sku'?: string;
  'name'?: string;
  'quantity': number;
  'unitPrice': Money;
}

export interface Money {
  'amount': number;
  'currency': string;
}
