import { HeraldError } from '../core/errors.js';

/**
 * Why a schema cannot be sampled: a keyword the kit does not implement, constraints that no
 * value can meet, or constraints so narrow that filtering cannot find values in reasonable time.
 */
export type UnsupportedSchemaReason = 'unsupported' | 'unsatisfiable' | 'too-restrictive';

/**
 * The testing kit cannot produce values for (part of) a schema exactly. Thrown instead of ever
 * producing data that might not match the schema.
 */
export class UnsupportedSchemaError extends HeraldError {
  /** JSON pointer into the schema ('' for the root) of the schema object holding `keyword`. */
  readonly pointer: string;
  readonly keyword: string;
  readonly reason: UnsupportedSchemaReason;

  constructor(pointer: string, keyword: string, message: string, reason: UnsupportedSchemaReason = 'unsupported') {
    super('INVALID_OPTION', `cannot sample schema at #${pointer} (${keyword}): ${message}`, {
      details: { pointer, keyword, reason },
    });
    this.name = 'UnsupportedSchemaError';
    this.pointer = pointer;
    this.keyword = keyword;
    this.reason = reason;
  }
}
