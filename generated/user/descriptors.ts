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
  schema: {
    type: 'object',
    required: ['userId', 'addressId', 'address', 'isDefault', 'addedAt'],
    properties: {
      userId: {
        type: 'string',
        format: 'uuid',
      },
      addressId: {
        type: 'string',
        format: 'uuid',
      },
      label: {
        type: 'string',
        enum: ['home', 'work', 'other'],
      },
      isDefault: {
        type: 'boolean',
      },
      address: {
        title: 'Address',
        description: 'A postal address. Street lines, the recipient and the postal code are personal data.',
        type: 'object',
        required: ['line1', 'city', 'country'],
        properties: {
          recipientName: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
            'x-herald-sensitive': true,
          },
          line1: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
            'x-herald-sensitive': true,
          },
          line2: {
            type: 'string',
            maxLength: 200,
            'x-herald-sensitive': true,
          },
          city: {
            type: 'string',
            minLength: 1,
            maxLength: 100,
          },
          region: {
            description: 'State, province or county.',
            type: 'string',
            minLength: 1,
            maxLength: 100,
          },
          postalCode: {
            type: 'string',
            minLength: 1,
            maxLength: 20,
            'x-herald-sensitive': true,
          },
          country: {
            description: 'ISO 3166-1 alpha-2 country code.',
            type: 'string',
            pattern: '^[A-Z]{2}$',
          },
        },
      },
      addedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
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
  schema: {
    type: 'object',
    required: ['userId', 'email', 'role', 'createdAt'],
    properties: {
      userId: {
        type: 'string',
        format: 'uuid',
      },
      clerkId: {
        description: 'The account\'s id at the identity provider.',
        type: 'string',
        minLength: 1,
        maxLength: 64,
      },
      email: {
        type: 'string',
        format: 'email',
        maxLength: 254,
        'x-herald-sensitive': true,
      },
      firstName: {
        type: 'string',
        minLength: 1,
        maxLength: 100,
        'x-herald-sensitive': true,
      },
      lastName: {
        type: 'string',
        minLength: 1,
        maxLength: 100,
        'x-herald-sensitive': true,
      },
      role: {
        title: 'UserRole',
        type: 'string',
        enum: ['customer', 'vendor', 'admin'],
      },
      createdAt: {
        type: 'string',
        format: 'date-time',
      },
      metadata: {
        title: 'Metadata',
        description: 'Free-form string annotations (source system, campaign, ...). Open on purpose: any key is allowed, values are short strings.',
        type: 'object',
        maxProperties: 50,
        additionalProperties: {
          type: 'string',
          maxLength: 500,
        },
      },
    },
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
  schema: {
    type: 'object',
    required: ['userId', 'deletedAt'],
    properties: {
      userId: {
        type: 'string',
        format: 'uuid',
      },
      reason: {
        type: 'string',
        enum: ['user_request', 'admin_action', 'inactivity', 'fraud'],
      },
      erasePersonalData: {
        description: 'True when the user asked for erasure; consumers must delete, not just deactivate, what they hold.',
        type: 'boolean',
      },
      deletedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
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
  schema: {
    type: 'object',
    required: ['userId', 'integrationId', 'type', 'createdAt'],
    properties: {
      userId: {
        type: 'string',
        format: 'uuid',
      },
      integrationId: {
        type: 'string',
        format: 'uuid',
      },
      type: {
        title: 'IntegrationType',
        description: 'The third-party system an integration connects to.',
        type: 'string',
        enum: ['square', 'shopify', 'stripe', 'google_calendar', 'slack', 'webhook'],
      },
      name: {
        description: 'Display name the user gave the integration.',
        type: 'string',
        minLength: 1,
        maxLength: 100,
      },
      externalAccountId: {
        description: 'The account id at the third party.',
        type: 'string',
        minLength: 1,
        maxLength: 128,
      },
      scopes: {
        type: 'array',
        maxItems: 50,
        uniqueItems: true,
        items: {
          type: 'string',
          minLength: 1,
          maxLength: 100,
        },
      },
      settings: {
        description: 'Provider-specific settings; open on purpose, each provider has its own.',
        type: 'object',
        additionalProperties: true,
      },
      createdAt: {
        type: 'string',
        format: 'date-time',
      },
    },
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
  schema: {
    type: 'object',
    required: ['userId', 'integrationId', 'type', 'deletedAt'],
    properties: {
      userId: {
        type: 'string',
        format: 'uuid',
      },
      integrationId: {
        type: 'string',
        format: 'uuid',
      },
      type: {
        title: 'IntegrationType',
        description: 'The third-party system an integration connects to.',
        type: 'string',
        enum: ['square', 'shopify', 'stripe', 'google_calendar', 'slack', 'webhook'],
      },
      reason: {
        type: 'string',
        enum: ['user_request', 'revoked_by_provider', 'expired', 'admin_action'],
      },
      deletedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
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
  schema: {
    type: 'object',
    required: ['userId', 'sessionId', 'method', 'loggedInAt'],
    properties: {
      userId: {
        type: 'string',
        format: 'uuid',
      },
      sessionId: {
        type: 'string',
        format: 'uuid',
      },
      method: {
        type: 'string',
        enum: ['password', 'oauth', 'magic_link', 'passkey'],
      },
      ipAddress: {
        description: 'Client IP address (IPv4 or IPv6).',
        type: 'string',
        minLength: 2,
        maxLength: 45,
        'x-herald-sensitive': true,
      },
      userAgent: {
        type: 'string',
        maxLength: 512,
      },
      loggedInAt: {
        type: 'string',
        format: 'date-time',
      },
    },
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
  schema: {
    type: 'object',
    required: ['userId', 'email', 'method', 'marketingOptIn', 'registeredAt'],
    properties: {
      userId: {
        type: 'string',
        format: 'uuid',
      },
      email: {
        type: 'string',
        format: 'email',
        maxLength: 254,
        'x-herald-sensitive': true,
      },
      method: {
        description: 'How the customer signed up.',
        type: 'string',
        enum: ['email', 'google', 'apple', 'facebook'],
      },
      locale: {
        description: 'BCP 47 language tag.',
        type: 'string',
        pattern: '^[a-z]{2,3}(-[A-Z]{2})?$',
      },
      birthDate: {
        type: 'string',
        format: 'date',
        'x-herald-sensitive': true,
      },
      referralCode: {
        type: 'string',
        pattern: '^[A-Z0-9]{6,12}$',
      },
      marketingOptIn: {
        type: 'boolean',
      },
      registeredAt: {
        type: 'string',
        format: 'date-time',
      },
    },
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
  schema: {
    type: 'object',
    required: ['userId', 'changes', 'updatedAt'],
    properties: {
      userId: {
        type: 'string',
        format: 'uuid',
      },
      changes: {
        description: 'The changed profile fields and their new values (at least one).',
        type: 'object',
        minProperties: 1,
        properties: {
          email: {
            type: 'string',
            format: 'email',
            maxLength: 254,
            'x-herald-sensitive': true,
          },
          phone: {
            description: 'E.164 phone number.',
            type: 'string',
            pattern: '^\\+[1-9][0-9]{6,14}$',
            'x-herald-sensitive': true,
          },
          firstName: {
            type: 'string',
            minLength: 1,
            maxLength: 100,
            'x-herald-sensitive': true,
          },
          lastName: {
            type: 'string',
            minLength: 1,
            maxLength: 100,
            'x-herald-sensitive': true,
          },
          locale: {
            description: 'BCP 47 language tag.',
            type: 'string',
            pattern: '^[a-z]{2,3}(-[A-Z]{2})?$',
          },
          avatarUrl: {
            type: 'string',
            format: 'uri',
            maxLength: 2048,
          },
          role: {
            title: 'UserRole',
            type: 'string',
            enum: ['customer', 'vendor', 'admin'],
          },
        },
      },
      updatedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
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
  schema: {
    type: 'object',
    required: ['userId', 'productIds', 'updatedAt'],
    properties: {
      userId: {
        type: 'string',
        format: 'uuid',
      },
      productIds: {
        description: 'The whole wishlist after the change.',
        type: 'array',
        maxItems: 1000,
        uniqueItems: true,
        items: {
          type: 'string',
          format: 'uuid',
        },
      },
      addedProductIds: {
        type: 'array',
        maxItems: 1000,
        uniqueItems: true,
        items: {
          type: 'string',
          format: 'uuid',
        },
      },
      removedProductIds: {
        type: 'array',
        maxItems: 1000,
        uniqueItems: true,
        items: {
          type: 'string',
          format: 'uuid',
        },
      },
      updatedAt: {
        type: 'string',
        format: 'date-time',
      },
    },
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
