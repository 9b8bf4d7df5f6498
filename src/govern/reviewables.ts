/**
 * What a recertification campaign reviews in a set of units: VPN accounts, approved devices, live role grants
 * and active assignments of the accounts of staff there, each with its owner's unit. The records are auth's and
 * access's; they are read through {@link ReviewableReads}, connected in `app/govern-reads.ts`.
 */
import type { ItemRow } from './recert.repo.ts';
import type { ReviewableReads } from './govern.types.ts';

/** Something to review. */
export interface Reviewable {
  kind: ItemRow['kind'];
  targetId: string;
  accountId: string;
  unitId: string;
  label: string;
}

/**
 * Everything live to review for accounts of staff in the units.
 *
 * @param reads - the owners' reads
 * @param unitIds - units
 * @param kinds - kinds asked for
 * @param now - current time
 * @returns reviewables and the accounts that hold an active assignment
 */
export async function collectReviewables(reads: ReviewableReads, unitIds: readonly string[], kinds: ReadonlySet<string>, now: Date): Promise<{ items: Reviewable[]; withWork: Set<string> }> {
  const owners = await reads.accountsOfStaffIn(unitIds);
  const unitOf = new Map(owners.map((o) => [o.accountId, o]));
  const ids = owners.map((o) => o.accountId);
  const items: Reviewable[] = [];
  if (ids.length === 0) return { items, withWork: new Set() };
  const active = await reads.activeAssignments(ids, now);
  const withWork = new Set(active.map((a) => a.accountId));
  // Every item below is read for `ids`, which come from `owners`, so each account has its owner.
  const owner = (accountId: string): { unitId: string; staffNo: string } => {
    const found = unitOf.get(accountId);
    if (!found) throw new Error(`reviewables: account ${accountId} was not among the staff read`);
    return found;
  };
  if (kinds.has('vpn_account')) {
    for (const v of await reads.activeVpnAccounts(ids)) {
      items.push({ kind: 'vpn_account', targetId: v.id, accountId: v.ownerAccountId, unitId: owner(v.ownerAccountId).unitId, label: `VPN ${v.vpnUsername} — ${owner(v.ownerAccountId).staffNo}` });
    }
  }
  if (kinds.has('device')) {
    for (const d of await reads.approvedDevices(ids)) {
      items.push({ kind: 'device', targetId: d.id, accountId: d.accountId, unitId: owner(d.accountId).unitId, label: `Thiết bị ${d.name} — ${owner(d.accountId).staffNo}` });
    }
  }
  if (kinds.has('role_grant')) {
    for (const g of await reads.liveRoleGrants(ids, now)) {
      items.push({ kind: 'role_grant', targetId: g.id, accountId: g.accountId, unitId: owner(g.accountId).unitId, label: `Vai trò ${g.role} trên ${g.unitId} — ${owner(g.accountId).staffNo}` });
    }
  }
  if (kinds.has('assignment')) {
    for (const a of active) items.push({ kind: 'assignment', targetId: a.id, accountId: a.accountId, unitId: owner(a.accountId).unitId, label: `Phân công ${a.documentNo} (${a.purpose}) — ${owner(a.accountId).staffNo}` });
  }
  return { items, withWork };
}
