/**
 * Integer schemas bounded by the column they end up in (issue 21, defect 3): a number the database cannot hold
 * is refused at the edge with a 400, never sent to the driver. `bigint` sequence numbers stop at
 * `Number.MAX_SAFE_INTEGER` (2^53 − 1, well inside `bigint` and still exact in JavaScript); `integer` columns at
 * 2^31 − 1.
 */
import { Type, type IntegerOptions, type TInteger } from '@sinclair/typebox';

/** Largest value of a PostgreSQL `integer` column. */
export const MAX_INT4 = 2_147_483_647;

/**
 * A positive sequence number stored in a `bigint` column (audit `seq`, `before` cursors).
 *
 * @param options - extra schema options (description, default)
 * @returns the schema: integer in [1, 2^53 − 1]
 */
export function SeqInteger(options: IntegerOptions = {}): TInteger {
  return Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, ...options });
}

/**
 * A number stored in an `integer` column.
 *
 * @param minimum - the smallest allowed value (default 0)
 * @param options - extra schema options
 * @returns the schema: integer in [minimum, 2^31 − 1]
 */
export function Int4(minimum = 0, options: IntegerOptions = {}): TInteger {
  return Type.Integer({ minimum, maximum: MAX_INT4, ...options });
}
