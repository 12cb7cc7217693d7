// Generated from contracts/user.asyncapi.yaml. Do not edit.

import type { PublishOptions, PublishReceipt, Publisher } from 'herald';
import type { UserEvents } from './index.js';
import type * as T from './types.js';

export interface UserPublishers {
  /** Publish user.address_added (v1). */
  userAddressAdded(data: T.UserAddressAdded, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish user.created (v1). */
  userCreated(data: T.UserCreated, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish user.deleted (v1). */
  userDeleted(data: T.UserDeleted, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish user.integration.created (v1). */
  userIntegrationCreated(data: T.UserIntegrationCreated, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish user.integration.deleted (v1). */
  userIntegrationDeleted(data: T.UserIntegrationDeleted, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish user.login (v1). */
  userLogin(data: T.UserLogin, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish user.registered (v1). */
  userRegistered(data: T.UserRegistered, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish user.updated (v1). */
  userUpdated(data: T.UserUpdated, options?: PublishOptions): Promise<PublishReceipt>;
  /** Publish user.wishlist_updated (v1). */
  userWishlistUpdated(data: T.UserWishlistUpdated, options?: PublishOptions): Promise<PublishReceipt>;
}

export function userPublishers(bus: Publisher<UserEvents>): UserPublishers {
  return {
    userAddressAdded: (data, options) => bus.publish('user.address_added', data, options),
    userCreated: (data, options) => bus.publish('user.created', data, options),
    userDeleted: (data, options) => bus.publish('user.deleted', data, options),
    userIntegrationCreated: (data, options) => bus.publish('user.integration.created', data, options),
    userIntegrationDeleted: (data, options) => bus.publish('user.integration.deleted', data, options),
    userLogin: (data, options) => bus.publish('user.login', data, options),
    userRegistered: (data, options) => bus.publish('user.registered', data, options),
    userUpdated: (data, options) => bus.publish('user.updated', data, options),
    userWishlistUpdated: (data, options) => bus.publish('user.wishlist_updated', data, options),
  };
}
