/**
 * Vietnamese mobile phone numbers: 10 digits starting 03, 05, 07, 08 or 09 (the mobile prefixes since the
 * 2018 renumbering). The international form `+84` followed by the 9 digits after the leading 0 is accepted
 * and returned in the national form. Spaces, dots and non-ASCII digits are rejected, not cleaned up.
 */
import { RegistryErrors } from '../registry.errors.ts';
import { assertOk, invalid, type Valid, type Validation } from './result.ts';

/**
 * Validates a mobile phone number.
 *
 * @param input - the candidate
 * @returns the number in national form `0XXXXXXXXX`, or a catalogued error
 */
export function validatePhone(input: unknown): Validation {
  const m = typeof input === 'string' ? /^(?:0|\+84)([35789][0-9]{8})$/.exec(input) : null;
  if (!m) return invalid(RegistryErrors.INVALID_PHONE, { field: 'phone' });
  return { ok: true, value: `0${m[1]}` };
}

/**
 * Throwing variant of {@link validatePhone}.
 *
 * @param input - the candidate
 * @returns the national-form number
 * @throws KhienError `KHIEN_REGISTRY_INVALID_PHONE`
 */
export function assertValidPhone(input: unknown): Valid {
  return assertOk(validatePhone(input));
}
