/**
 * Ports of the security dashboard and monitoring report into other modules' records (composition root only):
 * access entries per hour from the audit log and the usual curve, cases by state, running breach clocks,
 * and the report's figures from auth and posture tables. Scoped by unit: null = every unit.
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client.ts';
import type { DashboardPorts, UnitScope } from '../detect/dashboard.ts';
import { caseReference } from '../respond/case-presenter.ts';

const unitIn = (column: SQL, scope: UnitScope): SQL => {
  if (scope.units === null) return sql`true`;
  if (scope.units.length === 0) return sql`false`;
  return sql`${column} in (${sql.join(scope.units.map((u) => sql`${u}`), sql`, `)})`;
};

/**
 * The dashboard ports over a database.
 *
 * @param db - database
 * @returns the ports
 */
export function dashboardPorts(db: Database): DashboardPorts {
  return {
    async readsPerHour(scope, from, to) {
      const hours = await queryRows<{ h: string | Date; n: number }>(
        db,
        sql`select date_trunc('hour', time) as h, count(*)::int as n from audit_entries
             where kind = 'access' and time >= ${from.toISOString()}::timestamptz and time < ${to.toISOString()}::timestamptz and ${unitIn(sql`unit_id`, scope)}
             group by 1`,
      );
      const since = new Date(from.getTime() - 28 * 86_400_000);
      const usual = await queryRows<{ hod: number; n: number }>(
        db,
        sql`select extract(hour from time at time zone 'Asia/Ho_Chi_Minh')::int as hod, count(*)::int as n from audit_entries
             where kind = 'access' and time >= ${since.toISOString()}::timestamptz and time < ${from.toISOString()}::timestamptz and ${unitIn(sql`unit_id`, scope)}
             group by 1`,
      );
      const usualByHourOfDay = Array.from({ length: 24 }, () => 0);
      for (const u of usual) usualByHourOfDay[u.hod] = u.n / 28;
      return { hours: hours.map((h) => ({ start: new Date(h.h).toISOString(), reads: Number(h.n) })), usualByHourOfDay };
    },
    async casesByState(scope) {
      const rows = await queryRows<{ status: string; n: number }>(
        db,
        sql`select status, count(*)::int as n from respond_cases where not exercise and ${unitIn(sql`unit_id`, scope)} group by status`,
      );
      return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    },
    async openBreaches(scope) {
      const rows = await queryRows<{ case_id: string; number: string | number; opened_at: string | Date; unit_id: string; detected_at: string | Date; deadline_at: string | Date }>(
        db,
        sql`select b.case_id, c.number, c.opened_at, c.unit_id, b.detected_at, b.deadline_at from respond_breaches b join respond_cases c on c.id = b.case_id
             where b.clock_stopped_at is null and ${unitIn(sql`c.unit_id`, scope)} order by b.deadline_at limit 50`,
      );
      return rows.map((r) => ({
        caseId: r.case_id,
        reference: caseReference({ number: Number(r.number), openedAt: new Date(r.opened_at) }),
        unitId: r.unit_id,
        detectedAt: new Date(r.detected_at).toISOString(),
        deadlineAt: new Date(r.deadline_at).toISOString(),
      }));
    },
  };
}

/**
 * Staff numbers of accounts (for the monitoring report's list of abnormal accounts).
 *
 * @param db - database
 * @returns the look-up
 */
export function accountUsernames(db: Database): (ids: readonly string[]) => Promise<Map<string, string>> {
  return async (ids) => {
    const uuids = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    if (uuids.length === 0) return new Map();
    const rows = await queryRows<{ id: string; username: string }>(db, sql`select id, username from auth_accounts where id in (${sql.join(uuids.map((u) => sql`${u}::uuid`), sql`, `)})`);
    return new Map(rows.map((r) => [r.id, r.username]));
  };
}
