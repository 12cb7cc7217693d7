// Numeric keywords evaluated exactly as AJV evaluates them.

import type { Atom } from './schema-walk.js';

export interface Limit {
  readonly value: number;
  readonly exclusive: boolean;
  /** Pointer of the schema holding the bound. */
  readonly pointer: string;
}

/** AJV's multipleOf test (no multipleOfPrecision): data / m must equal its parseInt. */
export function isMultipleOf(value: number, step: number): boolean {
  const ratio = value / step;
  return ratio === Number.parseInt(String(ratio), 10);
}

/** The tightest lower bound over all atoms (an exclusive bound wins a tie). */
export function lowerBound(atoms: readonly Atom[]): Limit | undefined {
  let best: Limit | undefined;
  for (const { schema: s, pointer } of atoms) {
    for (const [key, exclusive] of [['minimum', false], ['exclusiveMinimum', true]] as const) {
      const value = s[key];
      if (typeof value !== 'number') continue;
      if (!best || value > best.value || (value === best.value && exclusive)) best = { value, exclusive, pointer };
    }
  }
  return best;
}

/** The tightest upper bound over all atoms (an exclusive bound wins a tie). */
export function upperBound(atoms: readonly Atom[]): Limit | undefined {
  let best: Limit | undefined;
  for (const { schema: s, pointer } of atoms) {
    for (const [key, exclusive] of [['maximum', false], ['exclusiveMaximum', true]] as const) {
      const value = s[key];
      if (typeof value !== 'number') continue;
      if (!best || value < best.value || (value === best.value && exclusive)) best = { value, exclusive, pointer };
    }
  }
  return best;
}
