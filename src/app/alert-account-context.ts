/**
 * Ports of the alert page into other modules' records (composition root only): an account's recent activity
 * (audit entries: time, kind, action, outcome, purpose, unit and how many persons — never which), its
 * assignments (latest version of each) and devices (no secrets), and the case an alert went to.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client.ts';
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
  const [acc] = await queryRows<{ id: string; username: string; status: string; unit_id: string | null }>(
    db,
    sql`select a.id, a.username, a.status, s.unit_id from auth_accounts a left join org_staff s on s.id = a.staff_id where a.id = ${accountId}::uuid`,
  );
  const activity = await queryRows<{ seq: string | number; time: string | Date; kind: string; action: string | null; outcome: string | null; purpose: string | null; unit_id: string | null; n: number }>(
    db,
    sql`select seq, time, kind, action, outcome, purpose, unit_id, cardinality(subject_ids) as n
          from audit_entries where account_id = ${accountId} order by seq desc limit 30`,
  );
  const assignments = await queryRows<{
    assignment_id: string; document_no: string; purpose: string; status: string; valid_from: string | Date; valid_until: string | Date; scope_provinces: string[]; actions: string[];
  }>(
    db,
    sql`select distinct on (assignment_id) assignment_id, document_no, purpose, status, valid_from, valid_until, scope_provinces, actions
          from access_assignments where assignee_account_id = ${accountId}::uuid order by assignment_id, version desc limit 50`,
  );
  const devices = await queryRows<{ id: string; name: string; status: string; created_at: string | Date; last_seen_at: string | Date | null }>(
    db,
    sql`select id, name, status, created_at, last_seen_at from auth_devices where account_id = ${accountId}::uuid order by created_at desc limit 20`,
  );
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
      const [row] = await queryRows<{ case_id: string }>(db, sql`select case_id from respond_case_alerts where alert_id = ${alertId}`);
      return row ? { caseId: row.case_id } : null;
    },
  };
}
