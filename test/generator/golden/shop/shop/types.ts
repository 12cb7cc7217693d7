// Generated from shop/shop.asyncapi.yaml. Do not edit.

export interface Address {
  'line1': string;
  'line2'?: string;
  'city': string;
  'postalCode'?: string;
  'country': string;
}

export interface DeliveryWindowBooked {
  'orderId': string;
  'window': DeliveryWindowBookedWindow;
  'notes'?: { [name: string]: string };
}

export interface DeliveryWindowBookedWindow {
  'from': string;
  'to': string;
}

export interface Money {
  'amount': number;
  'currency': string;
}

/** The latest version of order.created. */
export type OrderCreated = OrderCreatedV2;

export interface OrderCreatedV1 {
  'orderId': string;
  'total': number;
}

export interface OrderCreatedV2 {
  'orderId': string;
  'type': OrderCreatedV2Type;
  'status': OrderCreatedV2Status;
  'customer': OrderCreatedV2Customer;
  'items': OrderCreatedV2Item[];
  'total': Money;
  'shippingAddress'?: Address;
  'placedAt': string;
  'deliverOn'?: string;
}

export interface OrderCreatedV2Customer {
  'id': string;
  'name': string;
  'email': string;
}

export interface OrderCreatedV2Item {
  'sku': string;
  'name': string;
  'quantity': number;
  'unitPrice': Money;
}

export type OrderCreatedV2Status = "pending" | "confirmed";

export type OrderCreatedV2Type = "online" | "in-store";

export interface OrderShipped {
  'orderId': string;
  'carrier': OrderShippedCarrier;
  'location': OrderShippedLocation;
  'from': Address;
  'shippedOn': string;
  'default'?: boolean;
  'tracking'?: OrderShippedTracking;
}

export type OrderShippedCarrier = "dhl" | "ups" | "post";

export interface OrderShippedLocation {
  'lat': number;
  'long': number;
}

export interface OrderShippedTracking {
  'url'?: string;
  [key: string]: unknown;
}
