/**
 * The shape every identifier validator returns, and the helpers that build it.
 *
 * A validator never throws: it returns `{ ok: true, value, ...parsed }` with the canonical value and what it
 * parsed out of it, or `{ ok: false, error }` with a catalogued error. Services that want an exception use
 * the `assertValid…` variant next to each validator, built with {@link assertOk}.
 */
import type { KhienError, KhienErrorClass } from '../../platform/errors.ts';

/** A successful validation: the canonical value plus the fields parsed from it. */
export type Valid<P extends object = object> = { readonly ok: true; readonly value: string } & Readonly<P>;

/** A failed validation. */
export interface Invalid {
  readonly ok: false;
  readonly error: KhienError;
}

/** The result of a validator. */
export type Validation<P extends object = object> = Valid<P> | Invalid;

/** Why a format check failed (returned in `error.details.reason`, never the value itself). */
export type FormatReason = 'type' | 'length' | 'characters' | 'pattern';

/**
 * Builds a failure.
 *
 * @param Err - catalogued error constructor
 * @param details - structured detail for the client (field name, reason; never personal data)
 * @param params - message placeholders
 * @returns the failure
 */
export function invalid(
  Err: KhienErrorClass,
  details: Record<string, string | number | boolean>,
  ...params: Array<string | number>
): Invalid {
  const error = new Err(...params);
  error.details = details;
  return { ok: false, error };
}

/**
 * Classifies why a string failed a fixed-length ASCII-digit check, for `details.reason`.
 *
 * @param input - the rejected input
 * @param length - expected length in UTF-16 units
 * @returns the reason
 */
export function digitFormatReason(input: unknown, length: number): FormatReason {
  if (typeof input !== 'string') return 'type';
  if ([...input].length !== length) return 'length';
  return 'characters';
}

/**
 * Returns the success or throws the catalogued error (the throwing variant services use).
 *
 * @param result - a validation result
 * @returns the success
 * @throws KhienError the validation error
 */
export function assertOk<P extends object>(result: Validation<P>): Valid<P> {
  if (!result.ok) throw result.error;
  return result;
}

/** Matches a whole string of ASCII digits of any length (JS `[0-9]` never matches other Unicode digits). */
export const ASCII_DIGITS = /^[0-9]+$/;

/** True when `s` is a calendar date `YYYY-MM-DD` that exists (rejects 2025-02-30). */
export function isIsoDate(s: string): boolean {
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * The calendar date of `at` as `YYYY-MM-DD` in Vietnam time (UTC+7, no daylight saving): "today" for the
 * agency is the Vietnamese calendar day.
 *
 * @param at - an instant or an ISO date
 * @returns the date
 */
export function vnDate(at: Date | string): string {
  if (typeof at === 'string') return at.slice(0, 10);
  return new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
