/**
 * Queries on VPN accounts.
 */
import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { vpnAccounts } from '../auth.schema.ts';

/** A VPN account row. */
export type VpnAccount = typeof vpnAccounts.$inferSelect;

/** Inserts a VPN account. */
export async function insertVpnAccount(db: Database, row: typeof vpnAccounts.$inferInsert): Promise<void> {
  await db.insert(vpnAccounts).values(row);
}

/** Finds a VPN account by id. */
export async function findVpnAccount(db: Database, id: string): Promise<VpnAccount | undefined> {
  const [row] = await db.select().from(vpnAccounts).where(eq(vpnAccounts.id, id)).limit(1);
  return row;
}

/** Finds a VPN account by its VPN user name. */
export async function findVpnAccountByUsername(db: Database, vpnUsername: string): Promise<VpnAccount | undefined> {
  const [row] = await db.select().from(vpnAccounts).where(eq(vpnAccounts.vpnUsername, vpnUsername)).limit(1);
  return row;
}

/** VPN accounts owned by the given accounts. */
export async function listVpnAccountsOfOwners(db: Database, ownerIds: readonly string[]): Promise<VpnAccount[]> {
  if (ownerIds.length === 0) return [];
  return db
    .select()
    .from(vpnAccounts)
    .where(inArray(vpnAccounts.ownerAccountId, [...ownerIds]))
    .orderBy(asc(vpnAccounts.validUntil));
}

/** Active VPN accounts owned by the given accounts (recertification reviews them). */
export async function listActiveVpnAccountsOfOwners(db: Database, ownerIds: readonly string[]): Promise<VpnAccount[]> {
  if (ownerIds.length === 0) return [];
  return db.select().from(vpnAccounts).where(and(inArray(vpnAccounts.ownerAccountId, [...ownerIds]), eq(vpnAccounts.status, 'active')));
}

/** Active VPN accounts whose validity ended at or before `at`. */
export async function findExpiredActiveVpnAccounts(db: Database, at: Date): Promise<VpnAccount[]> {
  return db
    .select()
    .from(vpnAccounts)
    .where(and(eq(vpnAccounts.status, 'active'), lte(vpnAccounts.validUntil, at)));
}

/**
 * Sets a VPN account's status if it is still active.
 *
 * @returns true when it changed
 */
export async function closeVpnAccount(db: Database, id: string, status: 'disabled' | 'expired', reason: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(vpnAccounts)
    .set({ status, disabledReason: reason, disabledAt: at })
    .where(and(eq(vpnAccounts.id, id), eq(vpnAccounts.status, 'active')))
    .returning({ id: vpnAccounts.id });
  return rows.length === 1;
}

/** Disables every active VPN account of an owner (HR exit). */
export async function disableOwnerVpnAccounts(db: Database, ownerAccountId: string, reason: string, at: Date): Promise<VpnAccount[]> {
  return db
    .update(vpnAccounts)
    .set({ status: 'disabled', disabledReason: reason, disabledAt: at })
    .where(and(eq(vpnAccounts.ownerAccountId, ownerAccountId), eq(vpnAccounts.status, 'active')))
    .returning();
}

/** Records use of a VPN account. */
export async function touchVpnAccount(db: Database, id: string, at: Date): Promise<void> {
  await db.update(vpnAccounts).set({ lastUsedAt: at }).where(eq(vpnAccounts.id, id));
}

/** VPN accounts approved by an account (the reviewer keeps seeing them after the owner moved away). */
export async function listVpnAccountsApprovedBy(db: Database, approverId: string): Promise<VpnAccount[]> {
  return db.select().from(vpnAccounts).where(eq(vpnAccounts.approvedBy, approverId)).orderBy(asc(vpnAccounts.validUntil));
}
