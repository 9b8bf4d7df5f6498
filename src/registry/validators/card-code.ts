/**
 * Health-insurance card code (mã thẻ BHYT), the 15-character form of QĐ 1351/QĐ-BHXH (domain-vn.md §2.1):
 * `GG L PP SSSSSSSSSS` = beneficiary group (2 capital letters), benefit level printed at issue (1-5),
 * issuing province (2 digits), social insurance number (10 digits).
 *
 * Decisions:
 * - ASCII only: Cyrillic or full-width look-alike letters and non-ASCII digits are rejected, not normalised.
 * - Issuing province: one of the 63 pre-2025 codes (the province-of-birth codes without the leading 0).
 *   Codes 97/98 (defence and police social security) are unverified (domain-vn.md §10 item 2) and rejected.
 * - Printed level vs. date: on a day `at`, the printed digit is accepted when it is the level the law gives
 *   the group on that day, or — for a card printed before a change (NQ 261/2025/QH15: CN 3→2, LH 4→2 from
 *   1/1/2026) — the level the group had before that change: cards are not reprinted when the law changes,
 *   and the registry holds the level in force as a dated row, never parsed from the code. When the issue
 *   date is known (`issuedOn`), a card issued after a change must carry the new digit. The result reports
 *   `benefitLevel` (the law's level on `at`) and `printedLevelOutdated`.
 */
import { BIRTH_PROVINCES } from '../reference.ts';
import { RegistryErrors } from '../registry.errors.ts';
import { benefitLevelAt, GROUP_CODES, levelHistory, type BenefitLevel } from './benefit-level.ts';
import { assertOk, invalid, isIsoDate, type Valid, type Validation } from './result.ts';

/** The 63 pre-2025 province codes as printed in box 3 of the card. */
export const CARD_PROVINCE_CODES: ReadonlySet<string> = new Set(BIRTH_PROVINCES.map((p) => p.code.slice(1)));

/** What a valid card code carries. */
export interface CardCodeParts {
  readonly groupCode: string;
  /** The digit printed on the card. */
  readonly printedLevel: BenefitLevel;
  /** The level the law gives the group on the validation day. */
  readonly benefitLevel: BenefitLevel;
  /** True when the printed digit is a level the group had before a later change. */
  readonly printedLevelOutdated: boolean;
  readonly issuingProvinceCode: string;
  readonly socialInsuranceNo: string;
}

/** Options for {@link validateCardCode}. */
export interface CardCodeOptions {
  /** The day the card is judged for, `YYYY-MM-DD`. */
  readonly at: string;
  /** The holder's social insurance number; the last 10 digits must equal it. */
  readonly socialInsuranceNo?: string;
  /** The day the card was issued (printed), when known, `YYYY-MM-DD`. */
  readonly issuedOn?: string;
}

const CARD_PATTERN = /^[A-Z]{2}[1-5][0-9]{2}[0-9]{10}$/;

function printedLevelAccepted(groupCode: string, printed: BenefitLevel, at: string, issuedOn?: string): boolean {
  if (issuedOn !== undefined && benefitLevelAt(groupCode, issuedOn) !== printed) return false;
  return levelHistory(groupCode).some(
    (p) => p.level === printed && (p.effectiveFrom === null || p.effectiveFrom <= at),
  );
}

/**
 * Validates a health-insurance card code on a given day.
 *
 * @param input - the candidate
 * @param opts - the day, and the holder's social insurance number and issue date when known
 * @returns the parsed code, or a catalogued error
 */
export function validateCardCode(input: unknown, opts: CardCodeOptions): Validation<CardCodeParts> {
  const field = 'cardCode';
  if (typeof input !== 'string' || !CARD_PATTERN.test(input)) {
    const reason = typeof input !== 'string' ? 'type' : [...input].length !== 15 ? 'length' : 'pattern';
    return invalid(RegistryErrors.INVALID_CARD_CODE_FORMAT, { field, reason });
  }
  if (!isIsoDate(opts.at) || (opts.issuedOn !== undefined && !isIsoDate(opts.issuedOn))) {
    throw new TypeError('validateCardCode: at/issuedOn must be YYYY-MM-DD dates');
  }
  const groupCode = input.slice(0, 2);
  if (!GROUP_CODES.has(groupCode)) return invalid(RegistryErrors.UNKNOWN_CARD_GROUP, { field });
  const printedLevel = Number(input[2]) as BenefitLevel;
  const benefitLevel = benefitLevelAt(groupCode, opts.at);
  if (benefitLevel === undefined || !printedLevelAccepted(groupCode, printedLevel, opts.at, opts.issuedOn)) {
    return invalid(RegistryErrors.CARD_BENEFIT_LEVEL_MISMATCH, { field }, opts.at);
  }
  const issuingProvinceCode = input.slice(3, 5);
  if (!CARD_PROVINCE_CODES.has(issuingProvinceCode)) return invalid(RegistryErrors.UNKNOWN_CARD_PROVINCE, { field });
  const socialInsuranceNo = input.slice(5);
  if (opts.socialInsuranceNo !== undefined && opts.socialInsuranceNo !== socialInsuranceNo) {
    return invalid(RegistryErrors.CARD_SOCIAL_INSURANCE_NO_MISMATCH, { field });
  }
  return {
    ok: true,
    value: input,
    groupCode,
    printedLevel,
    benefitLevel,
    printedLevelOutdated: printedLevel !== benefitLevel,
    issuingProvinceCode,
    socialInsuranceNo,
  };
}

/**
 * Throwing variant of {@link validateCardCode}.
 *
 * @param input - the candidate
 * @param opts - the day, SI number, issue date
 * @returns the parsed code
 * @throws KhienError `KHIEN_REGISTRY_*` when invalid
 */
export function assertValidCardCode(input: unknown, opts: CardCodeOptions): Valid<CardCodeParts> {
  return assertOk(validateCardCode(input, opts));
}
