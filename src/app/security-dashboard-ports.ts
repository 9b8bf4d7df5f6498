/**
 * Ports of the security dashboard and monitoring report into other modules' records (composition root only):
 * access entries per hour from the audit log and the usual curve, cases by state, running breach clocks,
 * and the report's figures from auth and posture tables. Scoped by unit: null = every unit. The queries live
 * in their owners' repos.
 */
import type { Database } from '../db/client.ts';
import type { DashboardPorts } from '../detect/dashboard.ts';
import { caseReference } from '../respond/case-presenter.ts';
import { countCasesByStatus, listOpenBreaches } from '../respond/case-lookups.repo.ts';
import { countAccessEntriesByHourOfDay, countAccessEntriesPerHour } from '../audit/entry-lookups.repo.ts';
import { findAccountUsernames } from '../auth/account-lookups.repo.ts';

/**
 * The dashboard ports over a database.
 *
 * @param db - database
 * @returns the ports
 */
export function dashboardPorts(db: Database): DashboardPorts {
  return {
    async readsPerHour(scope, from, to) {
      const hours = await countAccessEntriesPerHour(db, scope.units, from, to);
      const since = new Date(from.getTime() - 28 * 86_400_000);
      const usual = await countAccessEntriesByHourOfDay(db, scope.units, since, from);
      const usualByHourOfDay = Array.from({ length: 24 }, () => 0);
      for (const u of usual) usualByHourOfDay[u.hod] = u.n / 28;
      return { hours: hours.map((h) => ({ start: new Date(h.h).toISOString(), reads: Number(h.n) })), usualByHourOfDay };
    },
    casesByState: (scope) => countCasesByStatus(db, scope.units),
    async openBreaches(scope) {
      const rows = await listOpenBreaches(db, scope.units, 50);
      return rows.map((r) => ({
        caseId: r.caseId,
        reference: caseReference({ number: r.number, openedAt: r.openedAt }),
        unitId: r.unitId,
        detectedAt: r.detectedAt.toISOString(),
        deadlineAt: r.deadlineAt.toISOString(),
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
  return (ids) => findAccountUsernames(db, ids);
}
