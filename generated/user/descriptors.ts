// Generated from contracts/user.asyncapi.yaml. Do not edit.

import type { ChannelDescriptor, EventDescriptor } from 'herald';
import type * as T from './types.js';
import * as V from './validators.js';

const userAddressAddedChannel: ChannelDescriptor = {
  id: 'userAddressAdded',
  address: 'user.address_added',
  subject: 'user.address__added',
  topic: 'user.address_added',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
};

const userCreatedChannel: ChannelDescriptor = {
  id: 'userCreated',
  address: 'user.created',
  subject: 'user.created',
  topic: 'user.created',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'notification-service-group',
  },
};

const userDeletedChannel: ChannelDescriptor = {
  id: 'userDeleted',
  address: 'user.deleted',
  subject: 'user.deleted',
  topic: 'user.deleted',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
};

const userIntegrationCreatedChannel: ChannelDescriptor = {
  id: 'userIntegrationCreated',
  address: 'user.integration.created',
  subject: 'user.integration.created',
  topic: 'user.integration.created',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
};

const userIntegrationDeletedChannel: ChannelDescriptor = {
  id: 'userIntegrationDeleted',
  address: 'user.integration.deleted',
  subject: 'user.integration.deleted',
  topic: 'user.integration.deleted',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
};

const userLoginChannel: ChannelDescriptor = {
  id: 'userLogin',
  address: 'user.login',
  subject: 'user.login',
  topic: 'user.login',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'analytics-service-group',
  },
};

const userRegisteredChannel: ChannelDescriptor = {
  id: 'userRegistered',
  address: 'user.registered',
  subject: 'user.registered',
  topic: 'user.registered',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'email-service-group',
  },
};

const userUpdatedChannel: ChannelDescriptor = {
  id: 'userUpdated',
  address: 'user.updated',
  subject: 'user.updated',
  topic: 'user.updated',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'notification-service-group',
  },
};

const userWishlistUpdatedChannel: ChannelDescriptor = {
  id: 'userWishlistUpdated',
  address: 'user.wishlist_updated',
  subject: 'user.wishlist__updated',
  topic: 'user.wishlist_updated',
  parameters: [],
  kafka: {
    partitions: 3,
    replicas: 1,
  },
  nats: {
    queue: 'recommendation-service-group',
  },
};

export const userAddressAdded: EventDescriptor<T.UserAddressAdded> = {
  type: 'user.address_added',
  version: 1,
  domain: 'user',
  messageId: 'UserAddressAdded',
  channel: userAddressAddedChannel,
  aggregate: {
    type: 'user',
    idPointer: '/userId',
  },
  partitionKey: '/userId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:user:user.address_added:v1',
  sensitive: [
    '/address/line1',
    '/address/line2',
    '/address/postalCode',
    '/address/recipientName',
  ],
  retired: false,
  validate: {
    publish: V.validateUserAddressAddedV1Publish,
    consume: V.validateUserAddressAddedV1Consume,
  },
  source: {
    file: 'user.asyncapi.yaml',
    pointer: '/components/messages/UserAddressAdded',
  },
};

export const userCreated: EventDescriptor<T.UserCreated> = {
  type: 'user.created',
  version: 1,
  domain: 'user',
  messageId: 'UserCreated',
  channel: userCreatedChannel,
  aggregate: {
    type: 'user',
    idPointer: '/userId',
  },
  partitionKey: '/userId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:user:user.created:v1',
  sensitive: ['/email', '/firstName', '/lastName'],
  retired: false,
  validate: {
    publish: V.validateUserCreatedV1Publish,
    consume: V.validateUserCreatedV1Consume,
  },
  source: {
    file: 'user.asyncapi.yaml',
    pointer: '/components/messages/UserCreated',
  },
};

export const userDeleted: EventDescriptor<T.UserDeleted> = {
  type: 'user.deleted',
  version: 1,
  domain: 'user',
  messageId: 'UserDeleted',
  channel: userDeletedChannel,
  aggregate: {
    type: 'user',
    idPointer: '/userId',
  },
  partitionKey: '/userId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:user:user.deleted:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateUserDeletedV1Publish,
    consume: V.validateUserDeletedV1Consume,
  },
  source: {
    file: 'user.asyncapi.yaml',
    pointer: '/components/messages/UserDeleted',
  },
};

export const userIntegrationCreated: EventDescriptor<T.UserIntegrationCreated> = {
  type: 'user.integration.created',
  version: 1,
  domain: 'user',
  messageId: 'UserIntegrationCreated',
  channel: userIntegrationCreatedChannel,
  aggregate: {
    type: 'user',
    idPointer: '/userId',
  },
  partitionKey: '/userId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:user:user.integration.created:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateUserIntegrationCreatedV1Publish,
    consume: V.validateUserIntegrationCreatedV1Consume,
  },
  source: {
    file: 'user.asyncapi.yaml',
    pointer: '/components/messages/UserIntegrationCreated',
  },
};

export const userIntegrationDeleted: EventDescriptor<T.UserIntegrationDeleted> = {
  type: 'user.integration.deleted',
  version: 1,
  domain: 'user',
  messageId: 'UserIntegrationDeleted',
  channel: userIntegrationDeletedChannel,
  aggregate: {
    type: 'user',
    idPointer: '/userId',
  },
  partitionKey: '/userId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:user:user.integration.deleted:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateUserIntegrationDeletedV1Publish,
    consume: V.validateUserIntegrationDeletedV1Consume,
  },
  source: {
    file: 'user.asyncapi.yaml',
    pointer: '/components/messages/UserIntegrationDeleted',
  },
};

export const userLogin: EventDescriptor<T.UserLogin> = {
  type: 'user.login',
  version: 1,
  domain: 'user',
  messageId: 'UserLogin',
  channel: userLoginChannel,
  aggregate: {
    type: 'user',
    idPointer: '/userId',
  },
  partitionKey: '/userId',
  priority: 'low',
  contentType: 'application/json',
  dataSchema: 'urn:herald:user:user.login:v1',
  sensitive: ['/ipAddress'],
  retired: false,
  validate: {
    publish: V.validateUserLoginV1Publish,
    consume: V.validateUserLoginV1Consume,
  },
  source: {
    file: 'user.asyncapi.yaml',
    pointer: '/components/messages/UserLogin',
  },
};

export const userRegistered: EventDescriptor<T.UserRegistered> = {
  type: 'user.registered',
  version: 1,
  domain: 'user',
  messageId: 'UserRegistered',
  channel: userRegisteredChannel,
  aggregate: {
    type: 'user',
    idPointer: '/userId',
  },
  partitionKey: '/userId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:user:user.registered:v1',
  sensitive: ['/birthDate', '/email'],
  retired: false,
  validate: {
    publish: V.validateUserRegisteredV1Publish,
    consume: V.validateUserRegisteredV1Consume,
  },
  source: {
    file: 'user.asyncapi.yaml',
    pointer: '/components/messages/UserRegistered',
  },
};

export const userUpdated: EventDescriptor<T.UserUpdated> = {
  type: 'user.updated',
  version: 1,
  domain: 'user',
  messageId: 'UserUpdated',
  channel: userUpdatedChannel,
  aggregate: {
    type: 'user',
    idPointer: '/userId',
  },
  partitionKey: '/userId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:user:user.updated:v1',
  sensitive: ['/changes/email', '/changes/firstName', '/changes/lastName', '/changes/phone'],
  retired: false,
  validate: {
    publish: V.validateUserUpdatedV1Publish,
    consume: V.validateUserUpdatedV1Consume,
  },
  source: {
    file: 'user.asyncapi.yaml',
    pointer: '/components/messages/UserUpdated',
  },
};

export const userWishlistUpdated: EventDescriptor<T.UserWishlistUpdated> = {
  type: 'user.wishlist_updated',
  version: 1,
  domain: 'user',
  messageId: 'UserWishlistUpdated',
  channel: userWishlistUpdatedChannel,
  aggregate: {
    type: 'user',
    idPointer: '/userId',
  },
  partitionKey: '/userId',
  priority: 'normal',
  contentType: 'application/json',
  dataSchema: 'urn:herald:user:user.wishlist_updated:v1',
  sensitive: [],
  retired: false,
  validate: {
    publish: V.validateUserWishlistUpdatedV1Publish,
    consume: V.validateUserWishlistUpdatedV1Consume,
  },
  source: {
    file: 'user.asyncapi.yaml',
    pointer: '/components/messages/UserWishlistUpdated',
  },
};

export const descriptors: readonly EventDescriptor[] = [
  userAddressAdded,
  userCreated,
  userDeleted,
  userIntegrationCreated,
  userIntegrationDeleted,
  userLogin,
  userRegistered,
  userUpdated,
  userWishlistUpdated,
];
