/**
 * Queries of the business-system registry (decision service callers).
 */
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { businessSystems } from './business-systems.schema.ts';

/** A stored business system. */
export type BusinessSystemRow = typeof businessSystems.$inferSelect;

/**
 * Inserts a system.
 *
 * @param db - database or transaction
 * @param row - the row
 * @returns true when inserted, false when the name is taken
 */
export async function insertBusinessSystem(db: Database, row: typeof businessSystems.$inferInsert): Promise<boolean> {
  const inserted = await db.insert(businessSystems).values(row).onConflictDoNothing({ target: businessSystems.name }).returning({ id: businessSystems.id });
  return inserted.length === 1;
}

/**
 * Finds a system by the public prefix of its current credential.
 *
 * @param db - database
 * @param prefix - credential prefix
 * @returns the row or undefined
 */
export async function findBusinessSystemByPrefix(db: Database, prefix: string): Promise<BusinessSystemRow | undefined> {
  const [row] = await db.select().from(businessSystems).where(eq(businessSystems.credentialPrefix, prefix)).limit(1);
  return row;
}

/**
 * Reads a system for update.
 *
 * @param db - transaction
 * @param id - system id
 * @returns the row or undefined
 */
export async function findBusinessSystemForUpdate(db: Database, id: string): Promise<BusinessSystemRow | undefined> {
  const [row] = await db.select().from(businessSystems).where(eq(businessSystems.id, id)).for('update').limit(1);
  return row;
}

/**
 * Lists every system, by name.
 *
 * @param db - database
 * @returns the rows
 */
export async function listBusinessSystems(db: Database): Promise<BusinessSystemRow[]> {
  return db.select().from(businessSystems).orderBy(asc(businessSystems.name));
}

/**
 * Replaces a system's credential.
 *
 * @param db - transaction
 * @param id - system id
 * @param credential - new prefix, hash and issue time
 */
export async function replaceBusinessSystemCredential(db: Database, id: string, credential: { prefix: string; hash: string; at: Date }): Promise<void> {
  await db.update(businessSystems).set({ credentialPrefix: credential.prefix, credentialHash: credential.hash, credentialIssuedAt: credential.at }).where(eq(businessSystems.id, id));
}

/**
 * Marks a system revoked.
 *
 * @param db - transaction
 * @param id - system id
 * @param at - time of revocation
 */
export async function revokeBusinessSystem(db: Database, id: string, at: Date): Promise<void> {
  await db.update(businessSystems).set({ revokedAt: at }).where(eq(businessSystems.id, id));
}

/**
 * Replaces a system's gateway route map.
 *
 * @param db - transaction
 * @param id - system id
 * @param routes - the validated map
 * @param at - time of the change
 */
export async function updateBusinessSystemGatewayRoutes(db: Database, id: string, routes: unknown, at: Date): Promise<void> {
  await db.update(businessSystems).set({ gatewayRoutes: routes, gatewayRoutesUpdatedAt: at }).where(eq(businessSystems.id, id));
}

/**
 * Reads a system by id.
 *
 * @param db - database
 * @param id - system id
 * @returns the row or undefined
 */
export async function findBusinessSystemById(db: Database, id: string): Promise<BusinessSystemRow | undefined> {
  const [row] = await db.select().from(businessSystems).where(eq(businessSystems.id, id)).limit(1);
  return row;
}
