// Generated from contracts/user.asyncapi.yaml. Do not edit.

import type { Handler, HandlerMap, SubscribeOptions, Subscriber, Subscription } from 'herald';
import type { UserEvents } from './index.js';

export type UserHandlers = HandlerMap<UserEvents>;

export interface UserSubscribers {
  /** Subscribe to user.address_added. */
  onUserAddressAdded(handler: Handler<UserEvents, 'user.address_added'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to user.created. */
  onUserCreated(handler: Handler<UserEvents, 'user.created'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to user.deleted. */
  onUserDeleted(handler: Handler<UserEvents, 'user.deleted'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to user.integration.created. */
  onUserIntegrationCreated(handler: Handler<UserEvents, 'user.integration.created'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to user.integration.deleted. */
  onUserIntegrationDeleted(handler: Handler<UserEvents, 'user.integration.deleted'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to user.login. */
  onUserLogin(handler: Handler<UserEvents, 'user.login'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to user.registered. */
  onUserRegistered(handler: Handler<UserEvents, 'user.registered'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to user.updated. */
  onUserUpdated(handler: Handler<UserEvents, 'user.updated'>, options: SubscribeOptions): Promise<Subscription>;
  /** Subscribe to user.wishlist_updated. */
  onUserWishlistUpdated(handler: Handler<UserEvents, 'user.wishlist_updated'>, options: SubscribeOptions): Promise<Subscription>;
}

export function userSubscribers(bus: Subscriber<UserEvents>): UserSubscribers {
  return {
    onUserAddressAdded: (handler, options) => bus.subscribe('user.address_added', handler, options),
    onUserCreated: (handler, options) => bus.subscribe('user.created', handler, options),
    onUserDeleted: (handler, options) => bus.subscribe('user.deleted', handler, options),
    onUserIntegrationCreated: (handler, options) => bus.subscribe('user.integration.created', handler, options),
    onUserIntegrationDeleted: (handler, options) => bus.subscribe('user.integration.deleted', handler, options),
    onUserLogin: (handler, options) => bus.subscribe('user.login', handler, options),
    onUserRegistered: (handler, options) => bus.subscribe('user.registered', handler, options),
    onUserUpdated: (handler, options) => bus.subscribe('user.updated', handler, options),
    onUserWishlistUpdated: (handler, options) => bus.subscribe('user.wishlist_updated', handler, options),
  };
}
