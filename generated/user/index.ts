// Generated from contracts/user.asyncapi.yaml. Do not edit.

import { defineContracts, type EventShape } from 'herald';
import { descriptors } from './descriptors.js';
import type * as T from './types.js';

export * from './descriptors.js';
export * from './publishers.js';
export * from './subscribers.js';
export * from './types.js';

export interface UserEvents {
  'user.address_added': EventShape<T.UserAddressAdded, { 1: T.UserAddressAdded }>;
  'user.created': EventShape<T.UserCreated, { 1: T.UserCreated }>;
  'user.deleted': EventShape<T.UserDeleted, { 1: T.UserDeleted }>;
  'user.integration.created': EventShape<T.UserIntegrationCreated, { 1: T.UserIntegrationCreated }>;
  'user.integration.deleted': EventShape<T.UserIntegrationDeleted, { 1: T.UserIntegrationDeleted }>;
  'user.login': EventShape<T.UserLogin, { 1: T.UserLogin }>;
  'user.registered': EventShape<T.UserRegistered, { 1: T.UserRegistered }>;
  'user.updated': EventShape<T.UserUpdated, { 1: T.UserUpdated }>;
  'user.wishlist_updated': EventShape<T.UserWishlistUpdated, { 1: T.UserWishlistUpdated }>;
}

/** Each older version upcasts to the next one; the bus chains them up to the latest. */
export type UserUpcasters = Record<never, never>;

export const userContracts = defineContracts<UserEvents, UserUpcasters>(descriptors);
