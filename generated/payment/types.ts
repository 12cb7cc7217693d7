// Generated from contracts/payment.asyncapi.yaml. Do not edit.

export interface Money {
  'amount': number;
  'currency': string;
}

export interface PaymentCompleted {
  'paymentId': string;
  'orderId': string;
  'amount': Money;
  'fee'?: Money;
  'netAmount'?: Money;
  'settlementDate'?: string;
  'completedAt': string;
}

export interface PaymentFailed {
  'paymentId': string;
  'orderId': string;
  'userId': string;
  'amount': Money;
  'failureCode': PaymentFailedFailureCode;
  'failureMessage'?: string;
  'retryable': boolean;
  'attempt': number;
  'failedAt': string;
}

export type PaymentFailedFailureCode = "card_declined" | "insufficient_funds" | "expired_card" | "incorrect_cvc" | "authentication_required" | "fraud_suspected" | "processing_error" | "provider_timeout";

export interface PaymentInitiated {
  'paymentId': string;
  'orderId': string;
  'userId': string;
  'amount': Money;
  'method': PaymentMethod;
  'provider': PaymentProvider;
  'idempotencyKey'?: string;
  'initiatedAt': string;
}

export interface PaymentMethod {
  'type': PaymentMethodType;
  'brand'?: PaymentMethodBrand;
  'last4'?: string;
  'token'?: string;
}

export type PaymentMethodBrand = "visa" | "mastercard" | "amex" | "discover" | "jcb" | "unionpay" | "other";

export type PaymentMethodType = "card" | "bank_transfer" | "paypal" | "apple_pay" | "google_pay" | "wallet";

export type PaymentProvider = "stripe" | "adyen" | "paypal" | "braintree";

export interface PaymentRefundFailed {
  'refundId': string;
  'paymentId': string;
  'orderId': string;
  'amount': Money;
  'failureCode': PaymentRefundFailedFailureCode;
  'failureMessage'?: string;
  'failedAt': string;
}

export type PaymentRefundFailedFailureCode = "charge_expired" | "insufficient_merchant_balance" | "account_closed" | "provider_error";

export interface PaymentRefunded {
  'refundId': string;
  'paymentId': string;
  'orderId': string;
  'userId': string;
  'amount': Money;
  'reason': PaymentRefundedReason;
  'partial': boolean;
  'refundedAt': string;
}

export type PaymentRefundedReason = "requested_by_customer" | "order_cancelled" | "product_return" | "duplicate" | "fraudulent";

export interface PaymentSucceeded {
  'paymentId': string;
  'orderId': string;
  'userId': string;
  'amount': Money;
  'method'?: PaymentMethod;
  'provider': PaymentProvider;
  'providerTransactionId': string;
  'succeededAt': string;
}
