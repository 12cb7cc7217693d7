// Generated from contracts/cart.asyncapi.yaml. Do not edit.

import type { ChannelDescriptor, EventDescriptor } from 'herald';
import type * as T from './types.js';
import * as V from './validators.js';

const cartAbandonedChannel: ChannelDescriptor = {
  id: 'cartAbandoned',
  address: 'cart.abandoned',
  subject: 'cart.abandoned',
  topic: 'cart.abandoned',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'notification-service-group',
  },
};

const cartItemAddedChannel: ChannelDescriptor = {
  id: 'cartItemAdded',
  address: 'cart.item_added',
  subject: 'cart.item__added',
  topic: 'cart.item_added',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'analytics-service-group',
  },
};

const cartItemRemovedChannel: ChannelDescriptor = {
  id: 'cartItemRemoved',
  address: 'cart.item_removed',
  subject: 'cart.item__removed',
  topic: 'cart.item_removed',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'analytics-service-group',
  },
};

const cartUpdatedChannel: ChannelDescriptor = {
  id: 'cartUpdated',
  address: 'cart.updated',
  subject: 'cart.updated',
  topic: 'cart.updated',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
};

export const cartAbandoned: EventDescriptor<T.CartAbandoned> = {
  type: 'cart.abandoned',
  version: 1,
  domain: 'cart',
  messageId: 'CartAbandoned',
  channel: cartAbandonedChannel,
  aggregate: {
    type: 'cart',
    idPointer: '/cartId',
  },
  partitionKey: '/cartId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:cart:cart.abandoned:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateCartAbandonedV1Publish,
    consume: V.validateCartAbandonedV1Consume,
  },
  source: {
    file: 'cart.asyncapi.yaml',
    pointer: '/components/messages/CartAbandoned',
  },
};

export const cartItemAdded: EventDescriptor<T.CartItemAdded> = {
  type: 'cart.item_added',
  version: 1,
  domain: 'cart',
  messageId: 'CartItemAdded',
  channel: cartItemAddedChannel,
  aggregate: {
    type: 'cart',
    idPointer: '/cartId',
  },
  partitionKey: '/cartId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:cart:cart.item_added:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateCartItemAddedV1Publish,
    consume: V.validateCartItemAddedV1Consume,
  },
  source: {
    file: 'cart.asyncapi.yaml',
    pointer: '/components/messages/CartItemAdded',
  },
};

export const cartItemRemoved: EventDescriptor<T.CartItemRemoved> = {
  type: 'cart.item_removed',
  version: 1,
  domain: 'cart',
  messageId: 'CartItemRemoved',
  channel: cartItemRemovedChannel,
  aggregate: {
    type: 'cart',
    idPointer: '/cartId',
  },
  partitionKey: '/cartId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:cart:cart.item_removed:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateCartItemRemovedV1Publish,
    consume: V.validateCartItemRemovedV1Consume,
  },
  source: {
    file: 'cart.asyncapi.yaml',
    pointer: '/components/messages/CartItemRemoved',
  },
};

export const cartUpdated: EventDescriptor<T.CartUpdated> = {
  type: 'cart.updated',
  version: 1,
  domain: 'cart',
  messageId: 'CartUpdated',
  channel: cartUpdatedChannel,
  aggregate: {
    type: 'cart',
    idPointer: '/cartId',
  },
  partitionKey: '/cartId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:cart:cart.updated:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateCartUpdatedV1Publish,
    consume: V.validateCartUpdatedV1Consume,
  },
  source: {
    file: 'cart.asyncapi.yaml',
    pointer: '/components/messages/CartUpdated',
  },
};

export const descriptors: readonly EventDescriptor[] = [
  cartAbandoned,
  cartItemAdded,
  cartItemRemoved,
  cartUpdated,
];
