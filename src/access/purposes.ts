/**
 * Purposes of processing (mục đích xử lý). Every assignment, search, break-glass grant and agreement names
 * one; a read whose purpose does not match the grant's is denied (PDPL 91/2025 purpose limitation).
 * The built-in list is fixed in code; further purposes are rows of `access_purposes`.
 */
import type { AccessContext } from './access-context.ts';
import { insertPurpose, listConfiguredPurposes } from './access.repo.ts';
import { AccessErrors } from './access.errors.ts';

/** One purpose with its names. */
export interface Purpose {
  readonly code: string;
  readonly vi: string;
  readonly en: string;
  readonly builtin: boolean;
}

/** The built-in purposes. */
export const BUILTIN_PURPOSES: readonly Purpose[] = Object.freeze([
  { code: 'contribution_collection', vi: 'Thu bảo hiểm xã hội, bảo hiểm y tế', en: 'Contribution collection', builtin: true },
  { code: 'benefit_settlement', vi: 'Giải quyết chế độ, chính sách', en: 'Benefit settlement', builtin: true },
  { code: 'card_issuance', vi: 'Cấp sổ BHXH, thẻ BHYT', en: 'SI book and health-card issuance', builtin: true },
  { code: 'registration_correction', vi: 'Đăng ký, điều chỉnh thông tin', en: 'Registration and record correction', builtin: true },
  { code: 'complaint_handling', vi: 'Giải quyết khiếu nại, tố cáo', en: 'Complaint handling', builtin: true },
  { code: 'inspection_audit', vi: 'Thanh tra, kiểm tra', en: 'Inspection and audit', builtin: true },
]);

/** Codes of the built-in purposes. */
export const BUILTIN_PURPOSE_CODES: ReadonlySet<string> = new Set(BUILTIN_PURPOSES.map((p) => p.code));

/** Pattern every purpose code follows (also enforced by a table check). */
export const PURPOSE_CODE_PATTERN = '^[a-z][a-z0-9_]{2,40}$';

/**
 * Lists the built-in and the active configured purposes.
 *
 * @param ctx - access context
 * @returns every purpose in use
 */
export async function listPurposes(ctx: AccessContext): Promise<Purpose[]> {
  const configured = (await listConfiguredPurposes(ctx.db)).filter((p) => p.active && !BUILTIN_PURPOSE_CODES.has(p.code));
  return [...BUILTIN_PURPOSES, ...configured.map((p) => ({ code: p.code, vi: p.nameVi, en: p.nameEn, builtin: false }))];
}

/**
 * Adds a configurable purpose.
 *
 * @param ctx - access context
 * @param p - code and names
 * @throws AccessErrors.PURPOSE_EXISTS when the code is taken
 */
export async function addPurpose(ctx: AccessContext, p: { code: string; vi: string; en: string }): Promise<void> {
  if (ctx.store.isPurpose(p.code)) throw new AccessErrors.PURPOSE_EXISTS();
  await insertPurpose(ctx.db, { code: p.code, nameVi: p.vi, nameEn: p.en, builtin: false, active: true, createdAt: ctx.clock.now() });
  ctx.store.addPurpose(p.code);
}
