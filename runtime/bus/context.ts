// The event being handled, carried through async calls so that publishing inside a handler
// inherits its correlation id and names it as the cause. `run()` is scoped to the handler
// call only: AsyncLocalStorage slows await-heavy code while active.

import { AsyncLocalStorage } from 'node:async_hooks';

export interface HandlingContext {
  eventId: string;
  correlationId: string;
  type: string;
}

export const handling = new AsyncLocalStorage<HandlingContext>();

/** The event whose handler is running, if any. */
export function currentEvent(): HandlingContext | undefined {
  return handling.getStore();
}
