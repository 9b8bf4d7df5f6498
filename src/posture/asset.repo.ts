/**
 * Queries of posture assets and inventory-feed tokens.
 */
import { and, asc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { assets, feedTokens } from './posture.schema.ts';

/** An asset row. */
export type AssetRow = typeof assets.$inferSelect;
/** A new asset row. */
export type NewAssetRow = typeof assets.$inferInsert;

/** Filters of {@link listAssets}. */
export interface AssetFilter {
  /** Visible units (null = all). */
  readonly units: readonly string[] | null;
  readonly unitIds?: readonly string[];
  readonly kind?: string;
  readonly status?: string;
  /** Text in the name, address or information system. */
  readonly q?: string;
  readonly limit: number;
  readonly offset: number;
}

/**
 * Lists assets.
 *
 * @param db - database
 * @param f - filter
 * @returns rows in name order
 */
export async function listAssets(db: Database, f: AssetFilter): Promise<AssetRow[]> {
  const conds: SQL[] = [];
  if (f.units !== null) conds.push(f.units.length ? inArray(assets.unitId, [...f.units]) : sql`false`);
  if (f.unitIds) conds.push(f.unitIds.length ? inArray(assets.unitId, [...f.unitIds]) : sql`false`);
  if (f.kind) conds.push(eq(assets.kind, f.kind as AssetRow['kind']));
  if (f.status) conds.push(eq(assets.status, f.status as AssetRow['status']));
  if (f.q) {
    const like = `%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    conds.push(or(ilike(assets.name, like), ilike(assets.address, like), ilike(assets.infoSystem, like))!);
  }
  return db.select().from(assets).where(conds.length ? and(...conds) : undefined).orderBy(asc(assets.unitId), asc(assets.name)).limit(f.limit).offset(f.offset);
}

/**
 * Finds one asset.
 *
 * @param db - database
 * @param id - asset id
 * @returns the row or undefined
 */
export async function findAsset(db: Database, id: string): Promise<AssetRow | undefined> {
  return (await db.select().from(assets).where(eq(assets.id, id)).limit(1))[0];
}

/**
 * Assets of a unit with the given external references.
 *
 * @param db - database
 * @param unitId - the unit
 * @param refs - references
 * @returns rows
 */
export async function findAssetsByRefs(db: Database, unitId: string, refs: readonly string[]): Promise<AssetRow[]> {
  if (refs.length === 0) return [];
  return db.select().from(assets).where(and(eq(assets.unitId, unitId), inArray(assets.externalRef, [...refs])));
}

/**
 * Active assets of the given units (for matching findings by product and version).
 *
 * @param db - database
 * @param unitIds - units
 * @returns rows
 */
export async function listActiveAssetsOf(db: Database, unitIds: readonly string[]): Promise<AssetRow[]> {
  if (unitIds.length === 0) return [];
  return db.select().from(assets).where(and(inArray(assets.unitId, [...unitIds]), sql`${assets.status} <> 'decommissioned'`));
}

/**
 * Inserts assets.
 *
 * @param db - database (a transaction)
 * @param rows - the rows
 */
export async function insertAssets(db: Database, rows: readonly NewAssetRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await db.insert(assets).values(rows.slice(i, i + 500));
}

/**
 * Updates an asset.
 *
 * @param db - database (a transaction)
 * @param id - asset id
 * @param patch - changed columns
 * @returns the updated row
 */
export async function updateAsset(db: Database, id: string, patch: Partial<NewAssetRow>): Promise<AssetRow | undefined> {
  return (await db.update(assets).set(patch).where(eq(assets.id, id)).returning())[0];
}

/**
 * Inserts a feed token.
 *
 * @param db - database
 * @param row - the token row (hash only)
 */
export async function insertFeedToken(db: Database, row: typeof feedTokens.$inferInsert): Promise<void> {
  await db.insert(feedTokens).values(row);
}

/**
 * Finds a live feed token by hash and marks it used.
 *
 * @param db - database
 * @param tokenHash - SHA-256 of the presented token
 * @param at - time of use
 * @returns the token's unit and system, or undefined
 */
export async function useFeedToken(db: Database, tokenHash: string, at: Date): Promise<{ id: string; unitId: string; system: string } | undefined> {
  const rows = await db
    .update(feedTokens)
    .set({ lastUsedAt: at })
    .where(and(eq(feedTokens.tokenHash, tokenHash), isNull(feedTokens.revokedAt)))
    .returning({ id: feedTokens.id, unitId: feedTokens.unitId, system: feedTokens.system });
  return rows[0];
}

/**
 * The assets among `ids` with their unit (govern checks that a system's assets exist and lie in scope).
 *
 * @param db - database
 * @param ids - asset ids
 * @returns id and unit of each asset found
 */
export async function findAssetUnits(db: Database, ids: readonly string[]): Promise<Array<{ id: string; unitId: string }>> {
  if (ids.length === 0) return [];
  return db.select({ id: assets.id, unitId: assets.unitId }).from(assets).where(inArray(assets.id, [...ids]));
}
