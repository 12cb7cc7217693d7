import { describe, expect, it } from 'vitest';
import { defineContracts, HeraldError } from 'herald';

describe('package self-reference', () => {
  it('resolves "herald" to the runtime sources', () => {
    expect(defineContracts([]).events).toEqual([]);
    expect(new HeraldError('NOT_FOUND', 'x').code).toBe('NOT_FOUND');
  });
});
