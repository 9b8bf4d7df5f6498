/**
 * Queries of recertification campaigns: what there is to review in a set of units (VPN accounts, approved
 * devices, live role grants, active assignments, each with its owner's unit) and the campaign items.
 */
import { and, asc, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { accounts, devices, roleGrants, vpnAccounts } from '../auth/auth.schema.ts';
import { assignments } from '../access/access.schema.ts';
import { staff } from '../org/org.schema.ts';
import { recertCampaigns, recertItems } from './govern.schema.ts';

/** A campaign row. */
export type CampaignRow = typeof recertCampaigns.$inferSelect;
/** An item row. */
export type ItemRow = typeof recertItems.$inferSelect;
/** Something to review. */
export interface Reviewable {
  kind: ItemRow['kind'];
  targetId: string;
  accountId: string;
  unitId: string;
  label: string;
}

/**
 * Everything live to review for accounts of staff in the units.
 *
 * @param db - database
 * @param unitIds - units
 * @param kinds - kinds asked for
 * @param now - current time
 * @returns reviewables and the accounts that hold an active assignment
 */
export async function collectReviewables(db: Database, unitIds: readonly string[], kinds: ReadonlySet<string>, now: Date): Promise<{ items: Reviewable[]; withWork: Set<string> }> {
  const owners = await db.select({ accountId: accounts.id, unitId: staff.unitId, staffNo: staff.staffNo }).from(accounts).innerJoin(staff, eq(staff.id, accounts.staffId)).where(inArray(staff.unitId, [...unitIds]));
  const unitOf = new Map(owners.map((o) => [o.accountId, o]));
  const ids = owners.map((o) => o.accountId);
  const items: Reviewable[] = [];
  if (ids.length === 0) return { items, withWork: new Set() };
  const active = await db.select({ id: assignments.assignmentId, accountId: assignments.assigneeAccountId, purpose: assignments.purpose, documentNo: assignments.documentNo }).from(assignments).where(and(inArray(assignments.assigneeAccountId, ids), eq(assignments.status, 'active'), gt(assignments.validUntil, now)));
  const withWork = new Set(active.map((a) => a.accountId));
  const owner = (accountId: string): { unitId: string; staffNo: string } => unitOf.get(accountId)!;
  if (kinds.has('vpn_account')) {
    for (const v of await db.select().from(vpnAccounts).where(and(inArray(vpnAccounts.ownerAccountId, ids), eq(vpnAccounts.status, 'active')))) {
      items.push({ kind: 'vpn_account', targetId: v.id, accountId: v.ownerAccountId, unitId: owner(v.ownerAccountId).unitId, label: `VPN ${v.vpnUsername} — ${owner(v.ownerAccountId).staffNo}` });
    }
  }
  if (kinds.has('device')) {
    for (const d of await db.select().from(devices).where(and(inArray(devices.accountId, ids), eq(devices.status, 'approved')))) {
      items.push({ kind: 'device', targetId: d.id, accountId: d.accountId, unitId: owner(d.accountId).unitId, label: `Thiết bị ${d.name} — ${owner(d.accountId).staffNo}` });
    }
  }
  if (kinds.has('role_grant')) {
    for (const g of await db.select().from(roleGrants).where(and(inArray(roleGrants.accountId, ids), isNull(roleGrants.revokedAt), gt(roleGrants.validUntil, now)))) {
      items.push({ kind: 'role_grant', targetId: g.id, accountId: g.accountId, unitId: owner(g.accountId).unitId, label: `Vai trò ${g.role} trên ${g.unitId} — ${owner(g.accountId).staffNo}` });
    }
  }
  if (kinds.has('assignment')) {
    for (const a of active) items.push({ kind: 'assignment', targetId: a.id, accountId: a.accountId, unitId: owner(a.accountId).unitId, label: `Phân công ${a.documentNo} (${a.purpose}) — ${owner(a.accountId).staffNo}` });
  }
  return { items, withWork };
}

/** Inserts a campaign with its items. */
export async function insertCampaign(db: Database, row: typeof recertCampaigns.$inferInsert, items: ReadonlyArray<typeof recertItems.$inferInsert>): Promise<void> {
  await db.insert(recertCampaigns).values(row);
  for (let i = 0; i < items.length; i += 500) await db.insert(recertItems).values(items.slice(i, i + 500));
}

/** Finds a campaign. */
export async function findCampaign(db: Database, id: string): Promise<CampaignRow | undefined> {
  const [row] = await db.select().from(recertCampaigns).where(eq(recertCampaigns.id, id)).limit(1);
  return row;
}

/** Updates a campaign. */
export async function updateCampaign(db: Database, id: string, change: Partial<typeof recertCampaigns.$inferInsert>): Promise<void> {
  await db.update(recertCampaigns).set(change).where(eq(recertCampaigns.id, id));
}

/** Items of a campaign (of some units). */
export async function listItems(db: Database, campaignId: string, unitIds?: readonly string[]): Promise<ItemRow[]> {
  const conds = [eq(recertItems.campaignId, campaignId)];
  if (unitIds) conds.push(inArray(recertItems.unitId, [...unitIds]));
  return db.select().from(recertItems).where(and(...conds)).orderBy(asc(recertItems.unitId), asc(recertItems.kind), asc(recertItems.label));
}

/** Finds an item (locked when `lock`). */
export async function findItem(db: Database, id: string, lock = false): Promise<ItemRow | undefined> {
  const q = db.select().from(recertItems).where(eq(recertItems.id, id)).limit(1);
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

/** Updates an item. */
export async function updateItem(db: Database, id: string, change: Partial<typeof recertItems.$inferInsert>): Promise<void> {
  await db.update(recertItems).set(change).where(eq(recertItems.id, id));
}

/** Campaigns whose root lies in the units. */
export async function listCampaigns(db: Database, unitIds: readonly string[]): Promise<CampaignRow[]> {
  if (unitIds.length === 0) return [];
  return db.select().from(recertCampaigns).where(inArray(recertCampaigns.unitId, [...unitIds])).orderBy(asc(recertCampaigns.createdAt));
}
