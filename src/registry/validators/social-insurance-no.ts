/**
 * Social insurance number (mã số BHXH): 10 digits issued once for life (domain-vn.md §1). No check digit
 * or internal structure is published, so none is checked: inventing one would reject real numbers. Since
 * 1/8/2025 (CV 1804/BHXH-QLT) it is a legacy alias of the personal identification number.
 */
import { RegistryErrors } from '../registry.errors.ts';
import { assertOk, digitFormatReason, invalid, type Valid, type Validation } from './result.ts';

/**
 * Validates a social insurance number: exactly 10 ASCII digits (other Unicode digits are rejected, not normalised).
 *
 * @param input - the candidate
 * @returns the number, or a catalogued error
 */
export function validateSocialInsuranceNo(input: unknown): Validation {
  if (typeof input !== 'string' || !/^[0-9]{10}$/.test(input)) {
    return invalid(RegistryErrors.INVALID_SOCIAL_INSURANCE_NO_FORMAT, {
      field: 'socialInsuranceNo',
      reason: digitFormatReason(input, 10),
    });
  }
  return { ok: true, value: input };
}

/**
 * Throwing variant of {@link validateSocialInsuranceNo}.
 *
 * @param input - the candidate
 * @returns the number
 * @throws KhienError `KHIEN_REGISTRY_INVALID_SOCIAL_INSURANCE_NO_FORMAT`
 */
export function assertValidSocialInsuranceNo(input: unknown): Valid {
  return assertOk(validateSocialInsuranceNo(input));
}
