/**
 * Ports of the alert page into other modules' records (composition root only): an account's recent activity
 * (audit entries: time, kind, action, outcome, purpose, unit and how many persons — never which), its
 * assignments (latest version of each) and devices (no secrets), and the case an alert went to. The queries
 * live in their owners' repos.
 */
import type { Database } from '../db/client.ts';
import { findAccountHeader, listRecentDevicesOf } from '../auth/account-lookups.repo.ts';
import { listRecentEntriesOfAccount } from '../audit/entry-lookups.repo.ts';
import { listLatestAssignmentsOf } from '../access/access-lookups.repo.ts';
import { findCaseIdByAlert } from '../respond/respond.repo.ts';
import type { AccountContext, AlertWorkPorts } from '../detect/alert-work.ts';

const iso = (v: string | Date | null): string | null => (v === null ? null : new Date(v).toISOString());

/**
 * Reads the account context.
 *
 * @param db - database
 * @param accountId - the account
 * @returns its context
 */
export async function readAccountContext(db: Database, accountId: string): Promise<AccountContext> {
  const acc = await findAccountHeader(db, accountId);
  const activity = await listRecentEntriesOfAccount(db, accountId, 30);
  const assignments = await listLatestAssignmentsOf(db, accountId, 50);
  const devices = await listRecentDevicesOf(db, accountId, 20);
  return {
    account: acc ? { id: acc.id, username: acc.username, status: acc.status, unitId: acc.unit_id } : null,
    recentActivity: activity.map((r) => ({
      seq: Number(r.seq),
      time: iso(r.time)!,
      kind: r.kind,
      action: r.action,
      outcome: r.outcome,
      purpose: r.purpose,
      unitId: r.unit_id,
      subjects: Number(r.n ?? 0),
    })),
    assignments: assignments
      .map((r) => ({
        assignmentId: r.assignment_id,
        documentNo: r.document_no,
        purpose: r.purpose,
        status: r.status,
        validFrom: iso(r.valid_from)!,
        validUntil: iso(r.valid_until)!,
        provinces: r.scope_provinces ?? [],
        actions: r.actions ?? [],
      }))
      .sort((a, b) => b.validFrom.localeCompare(a.validFrom)),
    devices: devices.map((r) => ({ id: r.id, name: r.name, status: r.status, createdAt: iso(r.created_at)!, lastSeenAt: iso(r.last_seen_at) })),
  };
}

/**
 * The ports over a database.
 *
 * @param db - database
 * @returns the alert-work ports
 */
export function alertWorkPorts(db: Database): AlertWorkPorts {
  return {
    accountContext: (accountId) => readAccountContext(db, accountId),
    async caseOfAlert(alertId) {
      const caseId = await findCaseIdByAlert(db, alertId);
      return caseId ? { caseId } : null;
    },
  };
}
