// Generated from request-reply/pricing.asyncapi.yaml. Do not edit.

import type { ChannelDescriptor, EventDescriptor } from 'herald';
import type * as T from './types.js';
import * as V from './validators.js';

const quoteRepliesChannel: ChannelDescriptor = {
  id: 'quoteReplies',
  address: null,
  subject: 'quoteReplies',
  topic: 'quoteReplies',
  parameters: [],
};

const quoteRequestsChannel: ChannelDescriptor = {
  id: 'quoteRequests',
  address: 'pricing.quotes.{currency}.requests',
  subject: 'pricing.quotes.{currency}.requests',
  topic: 'pricing.quotes.requests',
  parameters: ['currency'],
  nats: {
    queue: 'pricing-workers',
  },
};

export const quoteIssued: EventDescriptor<T.QuoteIssued> = {
  type: 'quote.issued',
  version: 1,
  domain: 'pricing',
  messageId: 'quoteIssued',
  channel: quoteRepliesChannel,
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:pricing:quote.issued:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateQuoteIssuedV1Publish,
    consume: V.validateQuoteIssuedV1Consume,
  },
  source: {
    file: 'pricing.asyncapi.yaml',
    pointer: '/components/messages/QuoteIssued',
  },
  schema: {
    type: 'object',
    required: ['sku', 'unitPrice', 'currency', 'expiresAt'],
    properties: {
      sku: {
        type: 'string',
      },
      unitPrice: {
        type: 'integer',
        minimum: 0,
      },
      currency: {
        type: 'string',
        enum: ['EUR', 'USD'],
      },
      expiresAt: {
        type: 'string',
        format: 'date-time',
      },
    },
  },
};

export const quoteRequested: EventDescriptor<T.QuoteRequested> = {
  type: 'quote.requested',
  version: 1,
  domain: 'pricing',
  messageId: 'quoteRequested',
  channel: quoteRequestsChannel,
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:pricing:quote.requested:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateQuoteRequestedV1Publish,
    consume: V.validateQuoteRequestedV1Consume,
  },
  source: {
    file: 'pricing.asyncapi.yaml',
    pointer: '/components/messages/QuoteRequested',
  },
  schema: {
    type: 'object',
    required: ['sku', 'quantity'],
    properties: {
      sku: {
        type: 'string',
      },
      quantity: {
        type: 'integer',
        minimum: 1,
        maximum: 1000,
      },
      validOn: {
        type: 'string',
        format: 'date',
      },
    },
  },
};

export const descriptors: readonly EventDescriptor[] = [
  quoteIssued,
  quoteRequested,
];
