/**
 * Employer identification codes (domain-vn.md §8.1, CV 1804/BHXH-QLT):
 * - enterprise code = tax code issued by the business-registration agency (Decree 168/2025/NĐ-CP):
 *   10 digits; a dependent unit (branch, representative office) has the parent's 10 digits, a hyphen and a
 *   3-digit suffix (`NNNNNNNNNN-NNN`), which is accepted and reported as a branch. The 10th digit is a check
 *   digit in the tax authority's scheme, but its algorithm is not in our verified sources, so it is not checked;
 * - budget-relationship code (mã số đơn vị có quan hệ với ngân sách, TT 185/2015/TT-BTC): 7 digits.
 */
import { RegistryErrors } from '../registry.errors.ts';
import { assertOk, invalid, type Valid, type Validation } from './result.ts';

/** Kind of employer code, as stored in `registry_employers.code_kind`. */
export type EmployerCodeKind = 'enterprise' | 'budget';

/** What a valid enterprise code carries. */
export interface EnterpriseCodeParts {
  readonly kind: 'enterprise';
  /** The 10-digit code of the enterprise itself (the parent for a branch). */
  readonly parentCode: string;
  /** The 3-digit dependent-unit suffix, or null for the enterprise itself. */
  readonly branchSuffix: string | null;
}

function formatReason(input: unknown, lengths: readonly number[]): string {
  if (typeof input !== 'string') return 'type';
  return lengths.includes([...input].length) ? 'characters' : 'length';
}

/**
 * Validates an enterprise (tax) code.
 *
 * @param input - the candidate
 * @returns the code with its parent and branch suffix, or a catalogued error
 */
export function validateEnterpriseCode(input: unknown): Validation<EnterpriseCodeParts> {
  const m = typeof input === 'string' ? /^([0-9]{10})(?:-([0-9]{3}))?$/.exec(input) : null;
  if (!m || typeof input !== 'string') {
    return invalid(RegistryErrors.INVALID_ENTERPRISE_CODE_FORMAT, { field: 'enterpriseCode', reason: formatReason(input, [10, 14]) });
  }
  return { ok: true, value: input, kind: 'enterprise', parentCode: m[1]!, branchSuffix: m[2] ?? null };
}

/**
 * Validates a 7-digit budget-relationship code.
 *
 * @param input - the candidate
 * @returns the code, or a catalogued error
 */
export function validateBudgetCode(input: unknown): Validation<{ kind: 'budget' }> {
  if (typeof input !== 'string' || !/^[0-9]{7}$/.test(input)) {
    return invalid(RegistryErrors.INVALID_BUDGET_CODE_FORMAT, { field: 'budgetCode', reason: formatReason(input, [7]) });
  }
  return { ok: true, value: input, kind: 'budget' };
}

/**
 * Validates an employer code of a declared kind.
 *
 * @param input - the candidate
 * @param kind - enterprise or budget
 * @returns the code, or a catalogued error
 */
export function validateEmployerCode(input: unknown, kind: EmployerCodeKind): Validation<{ kind: EmployerCodeKind }> {
  return kind === 'enterprise' ? validateEnterpriseCode(input) : validateBudgetCode(input);
}

/**
 * Throwing variant of {@link validateEmployerCode}.
 *
 * @param input - the candidate
 * @param kind - enterprise or budget
 * @returns the code
 * @throws KhienError `KHIEN_REGISTRY_INVALID_ENTERPRISE_CODE_FORMAT` or `…_INVALID_BUDGET_CODE_FORMAT`
 */
export function assertValidEmployerCode(input: unknown, kind: EmployerCodeKind): Valid<{ kind: EmployerCodeKind }> {
  return assertOk(validateEmployerCode(input, kind));
}
