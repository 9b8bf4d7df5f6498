/**
 * Builds the {@link StaffActor} of a live session from the account, its staff record and its active grants.
 */
import type { StaffActor } from '../actors/staff-actor.ts';
import type { SessionLookup } from './session.repo.ts';

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
