// Generated from contracts/user.asyncapi.yaml. Do not edit.

export interface Address {
  'recipientName'?: string;
  'line1': string;
  'line2'?: string;
  'city': string;
  'region'?: string;
  'postalCode'?: string;
  'country': string;
}

export type IntegrationType = "square" | "shopify" | "stripe" | "google_calendar" | "slack" | "webhook";

export interface UserAddressAdded {
  'userId': string;
  'addressId': string;
  'label'?: UserAddressAddedLabel;
  'isDefault': boolean;
  'address': Address;
  'addedAt': string;
}

export type UserAddressAddedLabel = "home" | "work" | "other";

export interface UserCreated {
  'userId': string;
  'clerkId'?: string;
  'email': string;
  'firstName'?: string;
  'lastName'?: string;
  'role': UserRole;
  'createdAt': string;
  'metadata'?: { [name: string]: string };
}

export interface UserDeleted {
  'userId': string;
  'reason'?: UserDeletedReason;
  'erasePersonalData'?: boolean;
  'deletedAt': string;
}

export type UserDeletedReason = "user_request" | "admin_action" | "inactivity" | "fraud";

export interface UserIntegrationCreated {
  'userId': string;
  'integrationId': string;
  'type': IntegrationType;
  'name'?: string;
  'externalAccountId'?: string;
  'scopes'?: string[];
  'settings'?: { [name: string]: unknown };
  'createdAt': string;
}

export interface UserIntegrationDeleted {
  'userId': string;
  'integrationId': string;
  'type': IntegrationType;
  'reason'?: UserIntegrationDeletedReason;
  'deletedAt': string;
}

export type UserIntegrationDeletedReason = "user_request" | "revoked_by_provider" | "expired" | "admin_action";

export interface UserLogin {
  'userId': string;
  'sessionId': string;
  'method': UserLoginMethod;
  'ipAddress'?: string;
  'userAgent'?: string;
  'loggedInAt': string;
}

export type UserLoginMethod = "password" | "oauth" | "magic_link" | "passkey";

export interface UserRegistered {
  'userId': string;
  'email': string;
  'method': UserRegisteredMethod;
  'locale'?: string;
  'birthDate'?: string;
  'referralCode'?: string;
  'marketingOptIn': boolean;
  'registeredAt': string;
}

export type UserRegisteredMethod = "email" | "google" | "apple" | "facebook";

export type UserRole = "customer" | "vendor" | "admin";

export interface UserUpdated {
  'userId': string;
  'changes': UserUpdatedChanges;
  'updatedAt': string;
}

export interface UserUpdatedChanges {
  'email'?: string;
  'phone'?: string;
  'firstName'?: string;
  'lastName'?: string;
  'locale'?: string;
  'avatarUrl'?: string;
  'role'?: UserRole;
}

export interface UserWishlistUpdated {
  'userId': string;
  'productIds': string[];
  'addedProductIds'?: string[];
  'removedProductIds'?: string[];
  'updatedAt': string;
}
