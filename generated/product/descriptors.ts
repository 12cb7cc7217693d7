// Generated from contracts/product.asyncapi.yaml. Do not edit.

import type { ChannelDescriptor, EventDescriptor } from 'herald';
import type * as T from './types.js';
import * as V from './validators.js';

const productCreatedChannel: ChannelDescriptor = {
  id: 'productCreated',
  address: 'product.created',
  subject: 'product.created',
  topic: 'product.created',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'search-sync-group',
  },
};

const productDeletedChannel: ChannelDescriptor = {
  id: 'productDeleted',
  address: 'product.deleted',
  subject: 'product.deleted',
  topic: 'product.deleted',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'search-sync-group',
  },
};

const productPriceChangedChannel: ChannelDescriptor = {
  id: 'productPriceChanged',
  address: 'product.price_changed',
  subject: 'product.price__changed',
  topic: 'product.price_changed',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'analytics-service-group',
  },
};

const productUpdatedChannel: ChannelDescriptor = {
  id: 'productUpdated',
  address: 'product.updated',
  subject: 'product.updated',
  topic: 'product.updated',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'search-sync-group',
  },
};

export const productCreated: EventDescriptor<T.ProductCreated> = {
  type: 'product.created',
  version: 1,
  domain: 'product',
  messageId: 'ProductCreated',
  channel: productCreatedChannel,
  aggregate: {
    type: 'product',
    idPointer: '/productId',
  },
  partitionKey: '/productId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:product:product.created:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateProductCreatedV1Publish,
    consume: V.validateProductCreatedV1Consume,
  },
  source: {
    file: 'product.asyncapi.yaml',
    pointer: '/components/messages/ProductCreated',
  },
};

export const productDeleted: EventDescriptor<T.ProductDeleted> = {
  type: 'product.deleted',
  version: 1,
  domain: 'product',
  messageId: 'ProductDeleted',
  channel: productDeletedChannel,
  aggregate: {
    type: 'product',
    idPointer: '/productId',
  },
  partitionKey: '/productId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:product:product.deleted:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateProductDeletedV1Publish,
    consume: V.validateProductDeletedV1Consume,
  },
  source: {
    file: 'product.asyncapi.yaml',
    pointer: '/components/messages/ProductDeleted',
  },
};

export const productPriceChanged: EventDescriptor<T.ProductPriceChanged> = {
  type: 'product.price_changed',
  version: 1,
  domain: 'product',
  messageId: 'ProductPriceChanged',
  channel: productPriceChangedChannel,
  aggregate: {
    type: 'product',
    idPointer: '/productId',
  },
  partitionKey: '/productId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:product:product.price_changed:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateProductPriceChangedV1Publish,
    consume: V.validateProductPriceChangedV1Consume,
  },
  source: {
    file: 'product.asyncapi.yaml',
    pointer: '/components/messages/ProductPriceChanged',
  },
};

export const productUpdated: EventDescriptor<T.ProductUpdated> = {
  type: 'product.updated',
  version: 1,
  domain: 'product',
  messageId: 'ProductUpdated',
  channel: productUpdatedChannel,
  aggregate: {
    type: 'product',
    idPointer: '/productId',
  },
  partitionKey: '/productId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:product:product.updated:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateProductUpdatedV1Publish,
    consume: V.validateProductUpdatedV1Consume,
  },
  source: {
    file: 'product.asyncapi.yaml',
    pointer: '/components/messages/ProductUpdated',
  },
};

export const descriptors: readonly EventDescriptor[] = [
  productCreated,
  productDeleted,
  productPriceChanged,
  productUpdated,
];
