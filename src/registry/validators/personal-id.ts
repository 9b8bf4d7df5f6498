/**
 * Personal identification number (số định danh cá nhân / CCCD number), the insured person's primary identity.
 *
 * Structure `PPP G YY RRRRRR` (Decree 137/2015/NĐ-CP Art. 13; Circular 07/2016/TT-BCA and 59/2021/TT-BCA;
 * domain-vn.md §3): PPP = province where the birth was registered, G = century and sex, YY = last two
 * digits of the birth year, RRRRRR = random. No checksum exists.
 *
 * Decisions:
 * - Only ASCII digits are accepted. Full-width, Arabic-Indic and other Unicode digits are rejected rather
 *   than NFKC-normalised: a value that needs normalising did not come from a trusted source and must not
 *   silently become a valid identifier of somebody.
 * - PPP must be one of the 63 province-of-birth codes. Births registered abroad carry a 3-digit country
 *   code whose list is not published in the sources we hold (domain-vn.md §10 item 5), so such numbers are
 *   rejected as `UNKNOWN_BIRTH_PROVINCE` until the list is obtained.
 * - G: even = male, odd = female; 0/1 = 1900s, 2/3 = 2000s, 4/5 = 2100s, 6/7 = 2200s, 8/9 = 2300s.
 */
import { BIRTH_PROVINCES } from '../reference.ts';
import { RegistryErrors } from '../registry.errors.ts';
import { assertOk, digitFormatReason, invalid, isIsoDate, vnDate, type Valid, type Validation } from './result.ts';

const BIRTH_PROVINCE_CODES: ReadonlySet<string> = new Set(BIRTH_PROVINCES.map((p) => p.code));

/** Sex as stored in the registry. */
export type Sex = 'M' | 'F';

/** What a valid personal identification number encodes. */
export interface PersonalIdParts {
  /** 3-digit province-of-birth code. */
  readonly birthProvinceCode: string;
  /** Full birth year (century from the G digit). */
  readonly birthYear: number;
  readonly sex: Sex;
}

/** Options for {@link validatePersonalId}. */
export interface PersonalIdOptions {
  /** "Today": an instant (taken as a Vietnamese calendar day) or `YYYY-MM-DD`; birth years after its year are rejected. */
  readonly today: Date | string;
  /** Declared date of birth `YYYY-MM-DD`; its year must match the encoded year. */
  readonly dateOfBirth?: string;
  /** Declared sex; must match the encoded sex. */
  readonly sex?: Sex;
}

/**
 * Decodes the century/sex digit.
 *
 * @param g - the 4th digit (0-9)
 * @returns the first year of the century and the sex
 */
export function decodeCenturySex(g: number): { century: number; sex: Sex } {
  return { century: 1900 + Math.floor(g / 2) * 100, sex: g % 2 === 0 ? 'M' : 'F' };
}

/**
 * Encodes the century/sex digit (the inverse of {@link decodeCenturySex}).
 *
 * @param birthYear - 1900..2399
 * @param sex - M or F
 * @returns the digit
 */
export function encodeCenturySex(birthYear: number, sex: Sex): number {
  return Math.floor((birthYear - 1900) / 100) * 2 + (sex === 'F' ? 1 : 0);
}

/**
 * Validates a personal identification number.
 *
 * @param input - the candidate (any value; non-strings are rejected)
 * @param opts - today, and the declared date of birth and sex when known
 * @returns the number with its province of birth, birth year and sex, or a catalogued error
 */
export function validatePersonalId(input: unknown, opts: PersonalIdOptions): Validation<PersonalIdParts> {
  const field = 'personalId';
  if (typeof input !== 'string' || !/^[0-9]{12}$/.test(input)) {
    return invalid(RegistryErrors.INVALID_PERSONAL_ID_FORMAT, { field, reason: digitFormatReason(input, 12) });
  }
  const birthProvinceCode = input.slice(0, 3);
  if (!BIRTH_PROVINCE_CODES.has(birthProvinceCode)) {
    return invalid(RegistryErrors.UNKNOWN_BIRTH_PROVINCE, { field });
  }
  const { century, sex } = decodeCenturySex(Number(input[3]));
  const birthYear = century + Number(input.slice(4, 6));
  const today = vnDate(opts.today);
  if (birthYear > Number(today.slice(0, 4))) {
    return invalid(RegistryErrors.FUTURE_BIRTH_YEAR, { field });
  }
  if (opts.dateOfBirth !== undefined) {
    if (!isIsoDate(opts.dateOfBirth) || opts.dateOfBirth > today) {
      return invalid(RegistryErrors.INVALID_DATE_OF_BIRTH, { field: 'dateOfBirth' });
    }
    if (Number(opts.dateOfBirth.slice(0, 4)) !== birthYear) {
      return invalid(RegistryErrors.BIRTH_YEAR_MISMATCH, { field });
    }
  }
  if (opts.sex !== undefined && opts.sex !== sex) {
    return invalid(RegistryErrors.SEX_MISMATCH, { field });
  }
  return { ok: true, value: input, birthProvinceCode, birthYear, sex };
}

/**
 * Throwing variant of {@link validatePersonalId} for services.
 *
 * @param input - the candidate
 * @param opts - today, declared date of birth and sex
 * @returns the parsed number
 * @throws KhienError `KHIEN_REGISTRY_*` when invalid
 */
export function assertValidPersonalId(input: unknown, opts: PersonalIdOptions): Valid<PersonalIdParts> {
  return assertOk(validatePersonalId(input, opts));
}
