/**
 * Queries of single sign-on: the provider's stored objects, the registered application clients and the link of
 * each grant to its Khiên staff session.
 */
import { and, asc, eq, gt, lte, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { businessSystems } from './business-systems.schema.ts';
import { ssoClients, ssoGrantSessions, ssoStore } from './sso.schema.ts';

/** A stored application client. */
export type SsoClientRow = typeof ssoClients.$inferSelect;

/** A client with the name of its business system. */
export type SsoClientListed = SsoClientRow & { readonly systemName: string; readonly systemDisplayName: string };

/** One object of the provider's state. */
export interface StoreRow {
  readonly model: string;
  readonly id: string;
  readonly payload: Record<string, unknown>;
  readonly expiresAt: Date;
}

/**
 * Writes (inserts or replaces) one provider object.
 *
 * @param db - database
 * @param row - model, id, payload, look-up keys and expiry
 */
export async function upsertStoreObject(
  db: Database,
  row: { model: string; id: string; payload: Record<string, unknown>; grantId: string | null; uid: string | null; userCode: string | null; accountId: string | null; expiresAt: Date },
): Promise<void> {
  await db
    .insert(ssoStore)
    .values(row)
    .onConflictDoUpdate({
      target: [ssoStore.model, ssoStore.id],
      set: { payload: row.payload, grantId: row.grantId, uid: row.uid, userCode: row.userCode, accountId: row.accountId, expiresAt: row.expiresAt },
    });
}

/**
 * Finds a live provider object by model and one of its keys.
 *
 * @param db - database
 * @param model - provider model name
 * @param key - which key
 * @param value - its value
 * @param at - now (expired objects are not returned)
 * @returns the payload or undefined
 */
export async function findStoreObject(db: Database, model: string, key: 'id' | 'uid' | 'userCode', value: string, at: Date): Promise<Record<string, unknown> | undefined> {
  const column = key === 'id' ? ssoStore.id : key === 'uid' ? ssoStore.uid : ssoStore.userCode;
  const [row] = await db
    .select({ payload: ssoStore.payload })
    .from(ssoStore)
    .where(and(eq(ssoStore.model, model), eq(column, value), gt(ssoStore.expiresAt, at)))
    .limit(1);
  return row?.payload;
}

/**
 * Marks a provider object consumed (authorization codes, refresh tokens).
 *
 * @param db - database
 * @param model - provider model name
 * @param id - object id
 * @param consumedAt - seconds since the epoch
 */
export async function consumeStoreObject(db: Database, model: string, id: string, consumedAt: number): Promise<void> {
  await db
    .update(ssoStore)
    .set({ payload: sql`${ssoStore.payload} || jsonb_build_object('consumed', ${consumedAt}::bigint)` })
    .where(and(eq(ssoStore.model, model), eq(ssoStore.id, id)));
}

/**
 * Deletes one provider object.
 *
 * @param db - database
 * @param model - provider model name
 * @param id - object id
 */
export async function deleteStoreObject(db: Database, model: string, id: string): Promise<void> {
  await db.delete(ssoStore).where(and(eq(ssoStore.model, model), eq(ssoStore.id, id)));
}

/**
 * Deletes every object of a grant (its codes and tokens), whatever the model.
 *
 * @param db - database
 * @param grantId - the grant
 */
export async function deleteStoreObjectsOfGrant(db: Database, grantId: string): Promise<void> {
  await db.delete(ssoStore).where(eq(ssoStore.grantId, grantId));
}

/**
 * Deletes expired provider objects.
 *
 * @param db - database
 * @param at - now
 * @returns how many were deleted
 */
export async function deleteExpiredStoreObjects(db: Database, at: Date): Promise<number> {
  const rows = await db.delete(ssoStore).where(lte(ssoStore.expiresAt, at)).returning({ id: ssoStore.id });
  return rows.length;
}

/**
 * The provider sessions of a staff account (for back-channel logout).
 *
 * @param db - database
 * @param accountId - the staff account
 * @returns ids and payloads
 */
export async function listProviderSessionsOf(db: Database, accountId: string): Promise<Array<{ id: string; payload: Record<string, unknown> }>> {
  return db.select({ id: ssoStore.id, payload: ssoStore.payload }).from(ssoStore).where(and(eq(ssoStore.model, 'Session'), eq(ssoStore.accountId, accountId)));
}

/**
 * Inserts a client.
 *
 * @param db - database or transaction
 * @param row - the client
 */
export async function insertSsoClient(db: Database, row: typeof ssoClients.$inferInsert): Promise<void> {
  await db.insert(ssoClients).values(row);
}

/**
 * Finds a client.
 *
 * @param db - database or transaction
 * @param id - client id
 * @param forUpdate - lock the row
 * @returns the row or undefined
 */
export async function findSsoClient(db: Database, id: string, forUpdate = false): Promise<SsoClientRow | undefined> {
  const q = db.select().from(ssoClients).where(eq(ssoClients.id, id)).limit(1);
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

/**
 * Lists clients with their business system's names, oldest first.
 *
 * @param db - database
 * @returns the clients
 */
export async function listSsoClients(db: Database): Promise<SsoClientListed[]> {
  const rows = await db
    .select({ client: ssoClients, systemName: businessSystems.name, systemDisplayName: businessSystems.displayName })
    .from(ssoClients)
    .innerJoin(businessSystems, eq(businessSystems.id, ssoClients.businessSystemId))
    .orderBy(asc(ssoClients.createdAt));
  return rows.map((r) => ({ ...r.client, systemName: r.systemName, systemDisplayName: r.systemDisplayName }));
}

/**
 * Finds a client with its business system, for the provider (only enabled clients of live systems).
 *
 * @param db - database
 * @param id - client id
 * @returns the client or undefined
 */
export async function findEnabledSsoClient(db: Database, id: string): Promise<SsoClientListed | undefined> {
  const [row] = await db
    .select({ client: ssoClients, systemName: businessSystems.name, systemDisplayName: businessSystems.displayName, systemRevokedAt: businessSystems.revokedAt })
    .from(ssoClients)
    .innerJoin(businessSystems, eq(businessSystems.id, ssoClients.businessSystemId))
    .where(eq(ssoClients.id, id))
    .limit(1);
  if (!row || row.client.disabledAt !== null || row.systemRevokedAt !== null) return undefined;
  return { ...row.client, systemName: row.systemName, systemDisplayName: row.systemDisplayName };
}

/**
 * Updates a client's secret or disables it.
 *
 * @param db - transaction
 * @param id - client id
 * @param set - the new values
 */
export async function updateSsoClient(db: Database, id: string, set: Partial<Pick<SsoClientRow, 'secretHash' | 'secretIssuedAt' | 'disabledAt'>>): Promise<void> {
  await db.update(ssoClients).set(set).where(eq(ssoClients.id, id));
}

/**
 * Records the Khiên session a grant was issued under.
 *
 * @param db - database
 * @param row - grant, client, account, session
 */
export async function insertGrantSession(db: Database, row: typeof ssoGrantSessions.$inferInsert): Promise<void> {
  await db.insert(ssoGrantSessions).values(row).onConflictDoNothing();
}

/**
 * The Khiên session of a grant.
 *
 * @param db - database
 * @param grantId - the grant
 * @returns the link or undefined
 */
export async function findGrantSession(db: Database, grantId: string): Promise<typeof ssoGrantSessions.$inferSelect | undefined> {
  const [row] = await db.select().from(ssoGrantSessions).where(eq(ssoGrantSessions.grantId, grantId)).limit(1);
  return row;
}
