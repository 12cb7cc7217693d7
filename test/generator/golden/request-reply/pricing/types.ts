// Generated from request-reply/pricing.asyncapi.yaml. Do not edit.

export interface QuoteIssued {
  'sku': string;
  'unitPrice': number;
  'currency': QuoteIssuedCurrency;
  'expiresAt': string;
}

export type QuoteIssuedCurrency = "EUR" | "USD";

export interface QuoteRequested {
  'sku': string;
  'quantity': number;
  'validOn'?: string;
}
