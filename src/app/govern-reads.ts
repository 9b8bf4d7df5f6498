/**
 * The reads govern makes of records other modules own (its {@link GovernReads} port), connected to the owners'
 * repos: signing keys, accounts, role grants, devices and VPN accounts (auth), assignments (access), cases
 * (respond) and assets (posture). Govern itself imports none of them (DESIGN.md: govern → org).
 */
import type { Database } from '../db/client.ts';
import type { GovernReads } from '../govern/govern.types.ts';
import { findLiveSigningKey, findSigningKey } from '../auth/signing/signing-keys.ts';
import { listAccountsOfStaffInUnits, listLiveGrantsOfAccounts, listLiveRolesOfStaff } from '../auth/auth.repo.ts';
import { listApprovedDevicesOf } from '../auth/device.repo.ts';
import { listActiveVpnAccountsOfOwners } from '../auth/vpn/vpn.repo.ts';
import { listActiveAssignmentsOfAccounts } from '../access/access.repo.ts';
import { countIncidents } from '../respond/respond.repo.ts';
import { findAssetUnits } from '../posture/asset.repo.ts';

/**
 * Builds govern's reads over the database.
 *
 * @param db - database
 * @returns the reads
 */
export function governReads(db: Database): GovernReads {
  return {
    signingKeys: {
      liveKey: (keyId, accountId) => findLiveSigningKey(db, keyId, accountId),
      keyById: (keyId) => findSigningKey(db, keyId),
    },
    reviewables: {
      accountsOfStaffIn: (unitIds) => listAccountsOfStaffInUnits(db, unitIds),
      activeAssignments: async (accountIds, at) => (await listActiveAssignmentsOfAccounts(db, accountIds, at)).map((a) => ({ id: a.assignmentId, accountId: a.accountId, purpose: a.purpose, documentNo: a.documentNo })),
      activeVpnAccounts: (accountIds) => listActiveVpnAccountsOfOwners(db, accountIds),
      approvedDevices: (accountIds) => listApprovedDevicesOf(db, accountIds),
      liveRoleGrants: (accountIds, at) => listLiveGrantsOfAccounts(db, accountIds, at),
    },
    liveRolesOfStaff: (staffIds, at) => listLiveRolesOfStaff(db, staffIds, at),
    incidents: (unitIds, since) => countIncidents(db, unitIds, since),
    assetUnits: (ids) => findAssetUnits(db, ids),
  };
}
