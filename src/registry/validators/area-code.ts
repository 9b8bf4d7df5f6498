/**
 * Administrative-unit codes after the 2025 reorganisation (QĐ 19/2025/QĐ-TTg, domain-vn.md §4):
 * 2-digit province codes (34 units) and 5-digit commune codes.
 *
 * A commune code's digits do not encode its province in the official list, so membership is only checked
 * against a commune catalogue when the caller supplies one (the `registry_communes` table, or the
 * synthetic demo catalogue).
 */
import { PROVINCE_BY_CODE } from '../reference.ts';
import { RegistryErrors } from '../registry.errors.ts';
import { assertOk, digitFormatReason, invalid, type Valid, type Validation } from './result.ts';

/** A commune catalogue: commune code → its 2025 province code. */
export type CommuneCatalogue = ReadonlyMap<string, { readonly provinceCode: string }>;

/**
 * Validates a 2025 province code.
 *
 * @param input - the candidate
 * @returns the code with the province name, or a catalogued error
 */
export function validateProvinceCode(input: unknown): Validation<{ provinceName: string }> {
  if (typeof input !== 'string' || !/^[0-9]{2}$/.test(input)) {
    return invalid(RegistryErrors.INVALID_PROVINCE_CODE_FORMAT, { field: 'provinceCode', reason: digitFormatReason(input, 2) });
  }
  const p = PROVINCE_BY_CODE.get(input);
  if (!p) return invalid(RegistryErrors.UNKNOWN_PROVINCE, { field: 'provinceCode' });
  return { ok: true, value: input, provinceName: p.name };
}

/** Options for {@link validateCommuneCode}. */
export interface CommuneOptions {
  /** The province the commune must belong to (checked only with a catalogue). */
  readonly provinceCode?: string;
  /** The catalogue to check membership against. */
  readonly catalogue?: CommuneCatalogue;
}

/**
 * Validates a 5-digit commune code, and its membership and province when a catalogue is given.
 *
 * @param input - the candidate
 * @param opts - catalogue and expected province
 * @returns the code, or a catalogued error
 */
export function validateCommuneCode(input: unknown, opts: CommuneOptions = {}): Validation {
  const field = 'communeCode';
  if (typeof input !== 'string' || !/^[0-9]{5}$/.test(input)) {
    return invalid(RegistryErrors.INVALID_COMMUNE_CODE_FORMAT, { field, reason: digitFormatReason(input, 5) });
  }
  if (opts.catalogue) {
    const c = opts.catalogue.get(input);
    if (!c) return invalid(RegistryErrors.UNKNOWN_COMMUNE, { field });
    if (opts.provinceCode !== undefined && c.provinceCode !== opts.provinceCode) {
      return invalid(RegistryErrors.COMMUNE_PROVINCE_MISMATCH, { field });
    }
  }
  return { ok: true, value: input };
}

/**
 * Throwing variant of {@link validateProvinceCode}.
 *
 * @param input - the candidate
 * @returns the code
 * @throws KhienError `KHIEN_REGISTRY_INVALID_PROVINCE_CODE_FORMAT` or `…_UNKNOWN_PROVINCE`
 */
export function assertValidProvinceCode(input: unknown): Valid<{ provinceName: string }> {
  return assertOk(validateProvinceCode(input));
}

/**
 * Throwing variant of {@link validateCommuneCode}.
 *
 * @param input - the candidate
 * @param opts - catalogue and expected province
 * @returns the code
 * @throws KhienError `KHIEN_REGISTRY_*_COMMUNE*` when invalid
 */
export function assertValidCommuneCode(input: unknown, opts: CommuneOptions = {}): Valid {
  return assertOk(validateCommuneCode(input, opts));
}
