/**
 * Queries of recertification campaigns and their items. What there is to review is read from its owners
 * (reviewables.ts).
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { recertCampaigns, recertItems } from './govern.schema.ts';

/** A campaign row. */
export type CampaignRow = typeof recertCampaigns.$inferSelect;
/** An item row. */
export type ItemRow = typeof recertItems.$inferSelect;
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
