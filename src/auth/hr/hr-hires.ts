/**
 * New hires in the HR file import (issue 13, item 5): a row whose event is `hire` (`tuyen_dung`,
 * `tiep_nhan`) creates the staff record, its account with a temporary password (changed at first sign-in)
 * and one dated role grant on the hire's unit (default `staff`, one year), so that a unit's staff and their
 * accounts can be created in bulk. Rows are validated with the rest of the file; the writes happen inside the
 * import's one transaction, each recorded (`staff.hire`, `account.create`, `role.grant`) through it.
 */
import { newId, newToken } from '../../platform/ids.ts';
import { insertStaff } from '../../org/org.repo.ts';
import type { AuthContext } from '../auth-context.ts';
import { buildAdminEvent, recordEventsInTx, type AdminBy, type RequestOrigin } from '../auth-events.ts';
import { holdsRoleOver } from '../admin/scope.ts';
import type { UnitTree } from '../../org/unit-tree.ts';
import { GRANTERS } from '../admin/accounts.ts';
import { insertAccount, insertGrant } from '../auth.repo.ts';
import { hashPassword } from '../passwords/hash-password.ts';
import { ROLES, type Role } from '../../actors/roles.ts';
import { HR_ADMIN_ROLES } from './hr-events.ts';
import { parseHrDate, type RawHrRow } from './hr-file.ts';
import type { HrRowError } from './hr-import.ts';
import type { Tx } from '../../db/tx-context.ts';

/** Event names that mean a new hire (folded, underscores). */
export const HIRE_EVENTS: ReadonlySet<string> = new Set(['hire', 'new_hire', 'tuyen_dung', 'tiep_nhan', 'tuyen_moi']);

/** A validated new hire. */
export interface NewHire {
  readonly row: number;
  readonly staffNo: string;
  readonly fullName: string;
  readonly position: string;
  readonly unitId: string;
  readonly role: Role;
  readonly effectiveOn: string;
  readonly reason: string | null;
}

/** What applying a hire produced (the temporary password is shown once, to the importer). */
export interface HireResult {
  readonly row: number;
  readonly staffNo: string;
  readonly staffId: string;
  readonly accountId: string;
  readonly role: Role;
  readonly unitId: string;
  readonly temporaryPassword: string;
}

const STAFF_NO = /^[A-Z0-9]{4,16}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Days a hire's first role grant lasts (grants expire: DESIGN.md invariant 4). */
const HIRE_GRANT_DAYS = 365;

const ROLE_ALIASES: Readonly<Record<string, Role>> = { can_bo: 'staff', nhan_vien: 'staff', lanh_dao: 'unit_head', lanh_dao_don_vi: 'unit_head', thanh_tra: 'auditor' };

/**
 * Validates a hire row.
 *
 * @param r - the raw row (event already recognised as a hire)
 * @param ctx - tree, importer, staff numbers already taken, numbers seen earlier in the file, current time
 * @returns the hire, or the row's errors
 */
export function validateHireRow(
  r: RawHrRow,
  ctx: { tree: UnitTree; by: AdminBy; taken: ReadonlySet<string>; seen: Set<string>; now: Date },
): { hire: NewHire } | { errors: HrRowError[] } {
  const errors: HrRowError[] = [];
  const staffNo = r.staffNo.toUpperCase();
  if (!staffNo) errors.push({ row: r.row, field: 'staff_no', code: 'staff_no_missing' });
  else if (!STAFF_NO.test(staffNo)) errors.push({ row: r.row, field: 'staff_no', code: 'staff_no_format' });
  else if (ctx.taken.has(staffNo)) errors.push({ row: r.row, field: 'staff_no', code: 'staff_exists' });
  else if (ctx.seen.has(staffNo)) errors.push({ row: r.row, field: 'staff_no', code: 'staff_no_repeated' });
  const fullName = r.fullName.trim();
  if (fullName.length < 2 || fullName.length > 120) errors.push({ row: r.row, field: 'full_name', code: fullName ? 'full_name_length' : 'full_name_missing' });
  const position = r.position.trim() || 'Chuyên viên';
  const unitId = (r.unitId || r.newUnitId).trim();
  const unitErrors = errors.length;
  if (!unitId) errors.push({ row: r.row, field: 'unit_id', code: 'unit_missing' });
  else if (!ctx.tree.has(unitId)) errors.push({ row: r.row, field: 'unit_id', code: 'unit_unknown' });
  else if (ctx.by.type === 'staff' && !holdsRoleOver(ctx.tree, ctx.by, HR_ADMIN_ROLES, unitId, ctx.now)) errors.push({ row: r.row, field: 'unit_id', code: 'not_in_scope' });
  const roleText = r.role.trim().toLowerCase().replace(/[\s-]+/g, '_') || 'staff';
  const role = (ROLES as readonly string[]).includes(roleText) ? (roleText as Role) : ROLE_ALIASES[roleText];
  if (!role) errors.push({ row: r.row, field: 'role', code: 'role_unknown' });
  else if (ctx.by.type === 'staff' && errors.length === unitErrors && unitId && !holdsRoleOver(ctx.tree, ctx.by, GRANTERS[role], unitId, ctx.now)) errors.push({ row: r.row, field: 'role', code: 'role_not_grantable' });
  const effectiveOn = parseHrDate(r.effectiveOn);
  if (!ISO_DATE.test(effectiveOn) || Number.isNaN(Date.parse(effectiveOn))) errors.push({ row: r.row, field: 'effective_on', code: 'effective_on_invalid' });
  if (errors.length > 0) return { errors };
  ctx.seen.add(staffNo);
  return { hire: { row: r.row, staffNo, fullName, position, unitId, role: role!, effectiveOn, reason: r.reason || null } };
}

/** A hire with its password already hashed (hashing is slow: done before the transaction opens). */
export interface PreparedHire extends NewHire {
  readonly staffId: string;
  readonly accountId: string;
  readonly temporaryPassword: string;
  readonly passwordHash: string;
}

/**
 * Draws ids and temporary passwords and hashes them.
 *
 * @param hires - validated hires
 * @param onProgress - hires hashed so far, and the total
 * @returns the hires ready to write
 */
export async function prepareHires(hires: readonly NewHire[], onProgress: (done: number, total: number) => void = () => {}): Promise<PreparedHire[]> {
  const out: PreparedHire[] = [];
  for (const h of hires) {
    // Each temporary password is hashed (Argon2id, tens of milliseconds): the slow part of a file of hires.
    onProgress(out.length, hires.length);
    const temporaryPassword = `Khien-${newToken(12)}`;
    out.push({ ...h, staffId: newId(), accountId: newId(), temporaryPassword, passwordHash: await hashPassword(temporaryPassword) });
  }
  onProgress(out.length, hires.length);
  return out;
}

/**
 * Writes the hires inside the import's transaction and records each in it (through the transaction's outbox).
 *
 * @param ctx - module dependencies
 * @param tx - the open transaction
 * @param hires - prepared hires
 * @param meta - importer, batch, time, origin
 * @returns one result per hire
 */
export async function applyHiresInTx(
  ctx: AuthContext,
  tx: Tx,
  hires: readonly PreparedHire[],
  meta: { by: AdminBy; batchId: string; at: Date; origin: RequestOrigin },
): Promise<HireResult[]> {
  if (hires.length === 0) return [];
  const { by, at, batchId, origin } = meta;
  await insertStaff(
    tx,
    hires.map((h) => ({ id: h.staffId, staffNo: h.staffNo, fullName: h.fullName, unitId: h.unitId, position: h.position, status: 'active' as const, startedOn: h.effectiveOn })),
  );
  const until = new Date(at.getTime() + HIRE_GRANT_DAYS * 86_400_000);
  const out: HireResult[] = [];
  for (const h of hires) {
    await insertAccount(tx, { id: h.accountId, staffId: h.staffId, username: h.staffNo, passwordHash: h.passwordHash, mustChangePassword: true, status: 'active', createdAt: at, updatedAt: at });
    const grantId = newId();
    await insertGrant(tx, { id: grantId, accountId: h.accountId, role: h.role, unitId: h.unitId, validFrom: at, validUntil: until, grantedBy: by.type === 'staff' ? by.accountId : null, createdAt: at });
    out.push({ row: h.row, staffNo: h.staffNo, staffId: h.staffId, accountId: h.accountId, role: h.role, unitId: h.unitId, temporaryPassword: h.temporaryPassword });
  }
  await recordEventsInTx(
    tx,
    ctx.recorder(),
    ...hires.flatMap((h) => [
      buildAdminEvent(at, origin, by, { action: 'staff.hire', target: { type: 'staff', id: h.staffId }, after: { staffNo: h.staffNo, unitId: h.unitId, startedOn: h.effectiveOn, batchId }, reason: h.reason }),
      buildAdminEvent(at, origin, by, { action: 'account.create', target: { type: 'account', id: h.accountId }, after: { staffId: h.staffId, username: h.staffNo, unitId: h.unitId, status: 'active', batchId } }),
      buildAdminEvent(at, origin, by, { action: 'role.grant', target: { type: 'account', id: h.accountId }, after: { role: h.role, unitId: h.unitId, validUntil: until.toISOString(), batchId } }),
    ]),
  );
  return out;
}
