/**
 * A single sign-on access token presented to the decision service in place of the Khiên session token (issue 15,
 * items 1 and 2): the application that signed the staff member in through `/sso` holds no Khiên session token,
 * only the opaque access token the provider issued to it. The token stands for the staff member only when it is
 * unexpired, was issued to a client of the very business system calling (a token cannot be replayed by another
 * application), that client is not disabled, and the Khiên staff session its grant was issued under is still live
 * (the same check as introspection: session not ended, account and staff record active, device still approved).
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { StaffActor } from '../actors/staff-actor.ts';
import type { Database } from '../db/client.ts';
import { liveStaffOfSession } from '../auth/session-liveness.ts';
import { ssoClients } from './sso.schema.ts';
import { findGrantSession, findStoreObject } from './sso.repo.ts';

/**
 * The staff actor an SSO access token stands for, toward one business system.
 *
 * @param db - database
 * @param token - the opaque access token as the application received it
 * @param systemId - the business system making the call (its credential verified)
 * @param at - now
 * @returns the actor, or null when the token is unknown, expired, another system's, or its staff session is over
 */
export async function staffOfSsoAccessToken(db: Database, token: string, systemId: string, at: Date): Promise<StaffActor | null> {
  const stored = await findStoreObject(db, 'AccessToken', 'id', token, at);
  const clientId = typeof stored?.clientId === 'string' ? stored.clientId : null;
  const grantId = typeof stored?.grantId === 'string' ? stored.grantId : null;
  if (!stored || !clientId || !grantId) return null;
  if (typeof stored.exp === 'number' && stored.exp * 1000 <= at.getTime()) return null;
  const [client] = await db.select({ id: ssoClients.id }).from(ssoClients)
    .where(and(eq(ssoClients.id, clientId), eq(ssoClients.businessSystemId, systemId), isNull(ssoClients.disabledAt))).limit(1);
  if (!client) return null;
  const link = await findGrantSession(db, grantId);
  if (!link) return null;
  const actor = await liveStaffOfSession(db, link.sessionId, at);
  return actor !== null && actor.accountId === link.accountId && actor.accountId === stored.accountId ? actor : null;
}
