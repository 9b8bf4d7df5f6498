/**
 * Queries of information systems and their security-level dossiers.
 */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { dossierDocuments, dossierReviews, dossiers, systemAssets, systems } from './govern.schema.ts';

/** A system row. */
export type SystemRow = typeof systems.$inferSelect;
/** A dossier row. */
export type DossierRow = typeof dossiers.$inferSelect;
/** A dossier document row. */
export type DocumentRow = typeof dossierDocuments.$inferSelect;

/** Inserts a system; false when its code is taken. */
export async function insertSystem(db: Database, row: typeof systems.$inferInsert): Promise<boolean> {
  const out = await db.insert(systems).values(row).onConflictDoNothing().returning({ id: systems.id });
  return out.length === 1;
}

/** Finds a system. */
export async function findSystem(db: Database, id: string): Promise<SystemRow | undefined> {
  const [row] = await db.select().from(systems).where(eq(systems.id, id)).limit(1);
  return row;
}

/** Systems owned by the given units. */
export async function listSystemsOfUnits(db: Database, unitIds: readonly string[], page?: { limit?: number; offset?: number }): Promise<SystemRow[]> {
  if (unitIds.length === 0) return [];
  const q = db.select().from(systems).where(inArray(systems.ownerUnitId, [...unitIds])).orderBy(asc(systems.code), asc(systems.id));
  return page?.limit !== undefined ? q.limit(page.limit).offset(page.offset ?? 0) : q;
}

/** Replaces the posture assets of a system. */
export async function replaceSystemAssets(db: Database, systemId: string, assetIds: readonly string[], at: Date): Promise<void> {
  await db.delete(systemAssets).where(eq(systemAssets.systemId, systemId));
  if (assetIds.length > 0) await db.insert(systemAssets).values([...new Set(assetIds)].map((assetId) => ({ systemId, assetId })));
  await db.update(systems).set({ updatedAt: at }).where(eq(systems.id, systemId));
}

/** Asset ids of systems. */
export async function listSystemAssets(db: Database, systemIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (systemIds.length === 0) return out;
  const rows = await db.select().from(systemAssets).where(inArray(systemAssets.systemId, [...systemIds]));
  for (const r of rows) out.set(r.systemId, [...(out.get(r.systemId) ?? []), r.assetId]);
  return out;
}

/** Inserts a dossier. */
export async function insertDossier(db: Database, row: typeof dossiers.$inferInsert): Promise<DossierRow> {
  const [out] = await db.insert(dossiers).values(row).returning();
  return out!;
}

/** Finds a dossier, locking it when `lock`. */
export async function findDossier(db: Database, id: string, lock = false): Promise<DossierRow | undefined> {
  const q = db.select().from(dossiers).where(eq(dossiers.id, id)).limit(1);
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

/** Marks every dossier of a system not current. */
export async function retireDossiers(db: Database, systemId: string): Promise<void> {
  await db.update(dossiers).set({ current: false }).where(eq(dossiers.systemId, systemId));
}

/** Updates a dossier. */
export async function updateDossier(db: Database, id: string, change: Partial<typeof dossiers.$inferInsert>): Promise<void> {
  await db.update(dossiers).set(change).where(eq(dossiers.id, id));
}

/** Current dossiers of systems. */
export async function listCurrentDossiers(db: Database, systemIds: readonly string[]): Promise<DossierRow[]> {
  if (systemIds.length === 0) return [];
  return db.select().from(dossiers).where(and(inArray(dossiers.systemId, [...systemIds]), eq(dossiers.current, true)));
}

/** Every dossier of a system, newest first. */
export async function listDossiersOfSystem(db: Database, systemId: string): Promise<DossierRow[]> {
  return db.select().from(dossiers).where(eq(dossiers.systemId, systemId)).orderBy(desc(dossiers.draftedAt));
}

/** Adds a document. */
export async function insertDocument(db: Database, row: typeof dossierDocuments.$inferInsert): Promise<DocumentRow> {
  const [out] = await db.insert(dossierDocuments).values(row).returning();
  return out!;
}

/** Documents of a dossier. */
export async function listDocuments(db: Database, dossierId: string): Promise<DocumentRow[]> {
  return db.select().from(dossierDocuments).where(eq(dossierDocuments.dossierId, dossierId)).orderBy(asc(dossierDocuments.addedAt));
}

/** Records a re-assessment. */
export async function insertReview(db: Database, row: typeof dossierReviews.$inferInsert): Promise<void> {
  await db.insert(dossierReviews).values(row);
}
