// Generated from request-reply/pricing.asyncapi.yaml. Do not edit.

import type { PublishOptions, PublishReceipt, Publisher } from 'herald';
import type { PricingEvents } from './index.js';
import type * as T from './types.js';

export interface PricingPublishers {
  /** Publish quote.issued (v1). */
  quoteIssued(data: T.QuoteIssued, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish quote.requested (v1). */
  quoteRequested(data: T.QuoteRequested, options?: PublishOptions): Promise<PublishReceipt>;
}

export function pricingPublishers(bus: Publisher<PricingEvents>): PricingPublishers {
  return {
    quoteIssued: (data, options) => bus.publish('quote.issued', data, options),
    quoteRequested: (data, options) => bus.publish('quote.requested', data, options),
  };
}
