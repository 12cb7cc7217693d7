// Generated from contracts/order.asyncapi.yaml. Do not edit.

export interface Address {
  'recipientName'?: string;
  'line1': string;
  'line2'?: string;
  'city': string;
  'region'?: string;
  'postalCode'?: string;
  'country': string;
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

export interface OrderCancelled {
  'orderId': string;
  'userId': string;
  'reason': OrderCancelledReason;
  'cancelledBy': OrderCancelledCancelledBy;
  'note'?: string;
  'refundAmount'?: Money;
  'cancelledAt': string;
}

export type OrderCancelledCancelledBy = "customer" | "vendor" | "system" | "admin";

export type OrderCancelledReason = "customer_request" | "payment_failed" | "out_of_stock" | "vendor_unavailable" | "fraud_suspected" | "timeout";

export interface OrderConfirmed {
  'orderId': string;
  'userId': string;
  'paymentId': string;
  'total': Money;
  'estimatedDeliveryDate'?: string;
  'confirmedAt': string;
}

/** The latest version of order.created. */
export type OrderCreated = OrderCreatedV2;

export interface OrderCreatedV1 {
  'orderId': string;
  'userId': string;
  'items': LineItem[];
  'totalAmount': Money;
  'createdAt': string;
}

export interface OrderCreatedV2 {
  'orderId': string;
  'userId': string;
  'vendorId'?: string;
  'items': LineItem[];
  'totals': OrderTotals;
  'shippingAddress': Address;
  'billingAddress'?: Address;
  'metadata'?: { [name: string]: string };
  'createdAt': string;
}

export interface OrderDelivered {
  'orderId': string;
  'userId': string;
  'shipmentId'?: string;
  'receivedBy'?: string;
  'proofOfDeliveryUrl'?: string;
  'deliveredAt': string;
}

export interface OrderShipped {
  'orderId': string;
  'userId': string;
  'shipmentId': string;
  'carrier': string;
  'trackingNumber': string;
  'trackingUrl'?: string;
  'estimatedDeliveryDate'?: string;
  'shippedAt': string;
}

export type OrderStatus = "pending" | "confirmed" | "processing" | "shipped" | "delivered" | "cancelled" | "returned";

export interface OrderStatusChanged {
  'orderId': string;
  'previousStatus': OrderStatus;
  'status': OrderStatus;
  'reason'?: string;
  'changedAt': string;
}

export interface OrderTotals {
  'subtotal': Money;
  'discount'?: Money;
  'tax': Money;
  'shipping': Money;
  'total': Money;
}
