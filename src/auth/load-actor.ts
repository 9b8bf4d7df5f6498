/**
 * Builds the {@link StaffActor} of a live session from the account, its staff record and its active grants.
 */
import type { Database } from '../db/client.ts';
import type { StaffActor } from './actor.ts';
import { findAccountWithStaff, findActiveGrants } from './auth.repo.ts';
import type { Session, SessionLookup } from './session.repo.ts';

/**
 * Builds the actor of a session from a {@link SessionLookup} (the resolver's one-statement read), or null when
 * the account, its staff record or its unit is missing or no longer active.
 *
 * @param lookup - session, account with staff record and unit, active grants
 * @param deviceRegistered - whether the session's device is registered and approved
 * @returns the actor or null
 */
export function staffActorOf(lookup: SessionLookup, deviceRegistered: boolean): StaffActor | null {
  const { session, account } = lookup;
  if (!account || account.status !== 'active' || account.staffStatus !== 'active') return null;
  return {
    type: 'staff',
    accountId: account.id,
    staffId: account.staffId,
    username: account.username,
    unitId: account.unitId,
    provinceCode: account.provinceCode,
    roles: lookup.grants.map((g) => ({ role: g.role, unitId: g.unitId, validUntil: new Date(g.validUntilMs).toISOString() })),
    sessionId: session.id,
    deviceId: session.deviceId,
    deviceRegistered,
    mfa: session.mfa,
    mustChangePassword: account.mustChangePassword,
  };
}

/**
 * Loads the actor of a session with separate queries (account with staff record, then grants), or null when
 * the account or its staff record is no longer active. The request path uses {@link staffActorOf} over the
 * one-statement lookup instead.
 *
 * @param db - database
 * @param session - a live session
 * @param at - now (grants valid at this time)
 * @param deviceRegistered - whether the session's device is registered and approved
 * @returns the actor or null
 */
export async function loadStaffActor(db: Database, session: Session, at: Date, deviceRegistered: boolean): Promise<StaffActor | null> {
  const row = await findAccountWithStaff(db, session.accountId);
  if (!row || row.account.status !== 'active' || row.staffStatus !== 'active') return null;
  const grants = await findActiveGrants(db, row.account.id, at);
  return {
    type: 'staff',
    accountId: row.account.id,
    staffId: row.account.staffId,
    username: row.account.username,
    unitId: row.unitId,
    provinceCode: row.provinceCode,
    roles: grants.map((g) => ({ role: g.role, unitId: g.unitId, validUntil: g.validUntil.toISOString() })),
    sessionId: session.id,
    deviceId: session.deviceId,
    deviceRegistered,
    mfa: session.mfa,
    mustChangePassword: row.account.mustChangePassword,
  };
}
