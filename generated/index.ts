// Generated from contracts/. Do not edit.

import { defineContracts } from 'herald';
import { descriptors as cartDescriptors } from './cart/descriptors.js';
import type { CartEvents, CartUpcasters } from './cart/index.js';
import { descriptors as inventoryDescriptors } from './inventory/descriptors.js';
import type { InventoryEvents, InventoryUpcasters } from './inventory/index.js';
import { descriptors as locationDescriptors } from './location/descriptors.js';
import type { LocationEvents, LocationUpcasters } from './location/index.js';
import { descriptors as orderDescriptors } from './order/descriptors.js';
import type { OrderEvents, OrderUpcasters } from './order/index.js';
import { descriptors as paymentDescriptors } from './payment/descriptors.js';
import type { PaymentEvents, PaymentUpcasters } from './payment/index.js';
import { descriptors as productDescriptors } from './product/descriptors.js';
import type { ProductEvents, ProductUpcasters } from './product/index.js';
import { descriptors as userDescriptors } from './user/descriptors.js';
import type { UserEvents, UserUpcasters } from './user/index.js';
import { descriptors as vendorDescriptors } from './vendor/descriptors.js';
import type { VendorEvents, VendorUpcasters } from './vendor/index.js';
import { descriptors as websocketDescriptors } from './websocket/descriptors.js';
import type { WebsocketEvents, WebsocketUpcasters } from './websocket/index.js';

export * as cart from './cart/index.js';
export * as inventory from './inventory/index.js';
export * as location from './location/index.js';
export * as order from './order/index.js';
export * as payment from './payment/index.js';
export * as product from './product/index.js';
export * as user from './user/index.js';
export * as vendor from './vendor/index.js';
export * as websocket from './websocket/index.js';

/** Every event of every contract: the type parameter of a bus that carries them all. */
export interface HeraldEvents
  extends CartEvents,
    InventoryEvents,
    LocationEvents,
    OrderEvents,
    PaymentEvents,
    ProductEvents,
    UserEvents,
    VendorEvents,
    WebsocketEvents {}

export interface HeraldUpcasters
  extends CartUpcasters,
    InventoryUpcasters,
    LocationUpcasters,
    OrderUpcasters,
    PaymentUpcasters,
    ProductUpcasters,
    UserUpcasters,
    VendorUpcasters,
    WebsocketUpcasters {}

export const contracts = defineContracts<HeraldEvents, HeraldUpcasters>([
  ...cartDescriptors,
  ...inventoryDescriptors,
  ...locationDescriptors,
  ...orderDescriptors,
  ...paymentDescriptors,
  ...productDescriptors,
  ...userDescriptors,
  ...vendorDescriptors,
  ...websocketDescriptors,
]);
