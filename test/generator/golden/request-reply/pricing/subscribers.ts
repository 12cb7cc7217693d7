// Generated from request-reply/pricing.asyncapi.yaml. Do not edit.

import type { Handler, HandlerMap, SubscribeOptions, Subscriber, Subscription } from 'herald';
import type { PricingEvents } from './index.js';

export type PricingHandlers = HandlerMap<PricingEvents>;

export interface PricingSubscribers {
  /** Subscribe to quote.issued. */
  onQuoteIssued(handler: Handler<PricingEvents, 'quote.issued'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to quote.requested. */
  onQuoteRequested(handler: Handler<PricingEvents, 'quote.requested'>, options: SubscribeOptions): Promise<Subscription>;
}

export function pricingSubscribers(bus: Subscriber<PricingEvents>): PricingSubscribers {
  return {
    onQuoteIssued: (handler, options) => bus.subscribe('quote.issued', handler, options),
    onQuoteRequested: (handler, options) => bus.subscribe('quote.requested', handler, options),
  };
}
