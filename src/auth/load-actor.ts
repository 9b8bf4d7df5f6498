/**
 * Builds the {@link StaffActor} of a live session from the account, its staff record and its active grants.
 */
import type { Database } from '../db/client.ts';
import type { StaffActor } from './actor.ts';
import { findAccountWithStaff, findActiveGrants } from './auth.repo.ts';
import type { Session } from './session.repo.ts';

/**
 * Loads the actor of a session, or null when the account or its staff record is no longer active.
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
