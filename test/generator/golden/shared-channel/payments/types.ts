// Generated from shared-channel/payments.asyncapi.yaml. Do not edit.

export interface PaymentInitiated {
  'paymentId': string;
  'kind': 'initiated';
  'amount': number;
  'currency': PaymentInitiatedCurrency;
  'card': PaymentInitiatedCard;
}

export interface PaymentInitiatedCard {
  'last4': string;
  'holder': string;
}

export type PaymentInitiatedCurrency = "EUR" | "USD" | "GBP";

export interface PaymentRefundFailed {
  'paymentId': string;
  'kind': PaymentRefundFailedKind;
  'reason': string;
  'attempts'?: PaymentRefundFailedAttempt[];
}

export interface PaymentRefundFailedAttempt {
  'at': string;
  'code': string;
}

export type PaymentRefundFailedKind = "refund_failed";

export interface PaymentSucceeded {
  'paymentId': string;
  'kind': 'succeeded';
  'settledAt': string;
}
