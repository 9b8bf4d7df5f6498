/**
 * Queries on accounts and role grants (STYLE.md rule 11). Services never touch the `db` handle themselves.
 */
import { and, asc, eq, gt, ilike, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { accounts, roleGrants } from './auth.schema.ts';
import { staff, units } from '../org/org.schema.ts';
import type { Role } from '../actors/roles.ts';

/** An account row. */
export type Account = typeof accounts.$inferSelect;
/** A role grant row. */
export type RoleGrant = typeof roleGrants.$inferSelect;
/** Account with the staff record and unit it belongs to. */
export interface AccountWithStaff {
  readonly account: Account;
  readonly staffNo: string;
  readonly fullName: string;
  readonly dateOfBirth: string | null;
  readonly staffStatus: string;
  readonly unitId: string;
  readonly provinceCode: string | null;
}

/** Inserts an account. */
export async function insertAccount(db: Database, row: typeof accounts.$inferInsert): Promise<void> {
  await db.insert(accounts).values(row);
}

/** Finds an account by id. */
export async function findAccount(db: Database, id: string): Promise<Account | undefined> {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id)).limit(1);
  return row;
}

/** Finds the account of a staff record. */
export async function findAccountByStaff(db: Database, staffId: string): Promise<Account | undefined> {
  const [row] = await db.select().from(accounts).where(eq(accounts.staffId, staffId)).limit(1);
  return row;
}

const withStaffColumns = {
  account: accounts,
  staffNo: staff.staffNo,
  fullName: staff.fullName,
  dateOfBirth: staff.dateOfBirth,
  staffStatus: staff.status,
  unitId: staff.unitId,
  provinceCode: units.provinceCode,
};

/** Finds an account with its staff record by login name. */
export async function findAccountByUsername(db: Database, username: string): Promise<AccountWithStaff | undefined> {
  const [row] = await db
    .select(withStaffColumns)
    .from(accounts)
    .innerJoin(staff, eq(staff.id, accounts.staffId))
    .innerJoin(units, eq(units.id, staff.unitId))
    .where(eq(accounts.username, username))
    .limit(1);
  return row;
}

/** Finds an account with its staff record by account id. */
export async function findAccountWithStaff(db: Database, id: string): Promise<AccountWithStaff | undefined> {
  const [row] = await db
    .select(withStaffColumns)
    .from(accounts)
    .innerJoin(staff, eq(staff.id, accounts.staffId))
    .innerJoin(units, eq(units.id, staff.unitId))
    .where(eq(accounts.id, id))
    .limit(1);
  return row;
}

/** Lists accounts of staff in the given units. */
export async function listAccountsInUnits(db: Database, unitIds: readonly string[], limit: number, offset: number, q?: string): Promise<AccountWithStaff[]> {
  if (unitIds.length === 0) return [];
  // `q`: a staff number prefix or part of the name (the console's staff pickers; nobody types an id).
  const like = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return db
    .select(withStaffColumns)
    .from(accounts)
    .innerJoin(staff, eq(staff.id, accounts.staffId))
    .innerJoin(units, eq(units.id, staff.unitId))
    .where(and(inArray(staff.unitId, [...unitIds]), like ? or(ilike(staff.staffNo, like), ilike(staff.fullName, like)) : undefined))
    .orderBy(asc(accounts.username))
    .limit(limit)
    .offset(offset);
}

/**
 * Updates an account's columns.
 *
 * @param db - database or transaction
 * @param id - account id
 * @param change - columns to set
 * @param at - update time
 */
export async function updateAccount(
  db: Database,
  id: string,
  change: Partial<Omit<typeof accounts.$inferInsert, 'id' | 'staffId' | 'createdAt'>>,
  at: Date,
): Promise<void> {
  await db.update(accounts).set({ ...change, updatedAt: at }).where(eq(accounts.id, id));
}

/**
 * Accepts a TOTP step only if it is newer than the last accepted one (atomic compare-and-set: replay refused
 * even when two requests race).
 *
 * @returns true when the step was recorded
 */
export async function advanceTotpStep(db: Database, id: string, step: number): Promise<boolean> {
  const rows = await db
    .update(accounts)
    .set({ totpLastStep: step })
    .where(and(eq(accounts.id, id), sql`coalesce(${accounts.totpLastStep}, -1) < ${step}`))
    .returning({ id: accounts.id });
  return rows.length === 1;
}

/** Inserts a role grant. */
export async function insertGrant(db: Database, row: typeof roleGrants.$inferInsert): Promise<void> {
  await db.insert(roleGrants).values(row);
}

/** Finds one grant. */
export async function findGrant(db: Database, id: string): Promise<RoleGrant | undefined> {
  const [row] = await db.select().from(roleGrants).where(eq(roleGrants.id, id)).limit(1);
  return row;
}

/** Grants of an account valid at `at` (not revoked, started, not yet expired). */
export async function findActiveGrants(db: Database, accountId: string, at: Date): Promise<RoleGrant[]> {
  return db
    .select()
    .from(roleGrants)
    .where(
      and(
        eq(roleGrants.accountId, accountId),
        isNull(roleGrants.revokedAt),
        lte(roleGrants.validFrom, at),
        gt(roleGrants.validUntil, at),
      ),
    )
    .orderBy(asc(roleGrants.role));
}

/** Every grant of an account, for administration. */
export async function listGrants(db: Database, accountId: string): Promise<RoleGrant[]> {
  return db.select().from(roleGrants).where(eq(roleGrants.accountId, accountId)).orderBy(asc(roleGrants.createdAt));
}

/**
 * Ends every open grant of an account (HR exit, transfer, suspension).
 *
 * @returns the grants that were ended
 */
export async function endAllGrants(db: Database, accountId: string, at: Date): Promise<RoleGrant[]> {
  return db
    .update(roleGrants)
    .set({ revokedAt: at })
    .where(and(eq(roleGrants.accountId, accountId), isNull(roleGrants.revokedAt), gt(roleGrants.validUntil, at)))
    .returning();
}

/** Ends one grant. */
export async function endGrant(db: Database, id: string, at: Date): Promise<void> {
  await db.update(roleGrants).set({ revokedAt: at }).where(eq(roleGrants.id, id));
}

/** The accounts of staff in units, with the unit and staff number of their owner (recertification). */
export async function listAccountsOfStaffInUnits(db: Database, unitIds: readonly string[]): Promise<Array<{ accountId: string; unitId: string; staffNo: string }>> {
  if (unitIds.length === 0) return [];
  return db.select({ accountId: accounts.id, unitId: staff.unitId, staffNo: staff.staffNo }).from(accounts).innerJoin(staff, eq(staff.id, accounts.staffId)).where(inArray(staff.unitId, [...unitIds]));
}

/** Live grants of accounts: not revoked, not expired at `at` (recertification reviews them). */
export async function listLiveGrantsOfAccounts(db: Database, accountIds: readonly string[], at: Date): Promise<RoleGrant[]> {
  if (accountIds.length === 0) return [];
  return db.select().from(roleGrants).where(and(inArray(roleGrants.accountId, [...accountIds]), isNull(roleGrants.revokedAt), gt(roleGrants.validUntil, at)));
}

/** Roles of the live grants (not revoked, not expired at `at`) of the accounts of staff, one row per staff and grant. */
export async function listLiveRolesOfStaff(db: Database, staffIds: readonly string[], at: Date): Promise<Array<{ staffId: string; role: string }>> {
  const out: Array<{ staffId: string; role: string }> = [];
  for (let i = 0; i < staffIds.length; i += 5000) {
    const rows = await db
      .select({ staffId: accounts.staffId, role: roleGrants.role })
      .from(roleGrants)
      .innerJoin(accounts, eq(accounts.id, roleGrants.accountId))
      .where(and(inArray(accounts.staffId, staffIds.slice(i, i + 5000)), isNull(roleGrants.revokedAt), gt(roleGrants.validUntil, at)));
    out.push(...rows);
  }
  return out;
}

/** Active accounts holding a role whose grant covers one of `unitIds` (approvers, alert recipients). */
export async function findAccountsWithRoleOver(db: Database, role: Role, unitIds: readonly string[], at: Date): Promise<string[]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ id: roleGrants.accountId })
    .from(roleGrants)
    .where(
      and(
        eq(roleGrants.role, role),
        inArray(roleGrants.unitId, [...unitIds]),
        isNull(roleGrants.revokedAt),
        lte(roleGrants.validFrom, at),
        gt(roleGrants.validUntil, at),
      ),
    );
  return rows.map((r) => r.id);
}
