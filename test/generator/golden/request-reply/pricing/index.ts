// Generated from request-reply/pricing.asyncapi.yaml. Do not edit.

import { defineContracts, type EventShape } from 'herald';
import { descriptors } from './descriptors.js';
import type * as T from './types.js';

export * from './descriptors.js';
export * from './publishers.js';
export * from './subscribers.js';
export * from './types.js';

export interface PricingEvents {
  'quote.issued': EventShape<T.QuoteIssued, { 1: T.QuoteIssued }>;
  'quote.requested': EventShape<T.QuoteRequested, { 1: T.QuoteRequested }>;
}

/** Each older version upcasts to the next one; the bus chains them up to the latest. */
export type PricingUpcasters = Record<never, never>;

export const pricingContracts = defineContracts<PricingEvents, PricingUpcasters>(descriptors);
