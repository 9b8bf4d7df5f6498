/**
 * Queries of the monthly technical security report: the month's posture figures of a unit subtree, the
 * reports themselves. The signing keys bound to accounts are auth's, read through a port (monthly-reports.ts).
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client.ts';
import { reports } from './posture.schema.ts';

/** A report row. */
export type ReportRow = typeof reports.$inferSelect;

/** Posture figures of a unit subtree for a period. */
export interface PostureFigures {
  assets: { total: number; byKind: Record<string, number>; created: number; changed: number; decommissioned: number; internetExposed: number; silent: number };
  findings: {
    opened: number;
    fixed: number;
    malware: number;
    overdueAtEnd: number;
    openAtEnd: Record<'critical' | 'high' | 'medium' | 'low', number>;
    acceptedRisks: number;
    falsePositives: number;
  };
  warnings: { lists: number; confirmed: number; confirmedLate: number; found: number; pending: number };
  feeds: { total: number; silent: number };
}

const n = (v: unknown): number => Number(v ?? 0);

/**
 * Computes the posture figures.
 *
 * @param db - database
 * @param units - the unit subtree
 * @param from - first instant of the month
 * @param to - first instant of the next month
 * @returns the figures
 */
export async function postureFigures(db: Database, units: readonly string[], from: Date, to: Date): Promise<PostureFigures> {
  const u = sql`(${sql.join(units.map((x) => sql`${x}`), sql`, `)})`;
  const f = from.toISOString();
  const t = to.toISOString();
  const silentBefore = new Date(to.getTime() - 7 * 86_400_000).toISOString();
  const [a] = await queryRows<Record<string, unknown>>(db, sql`
    select count(*) filter (where created_at < ${t}::timestamptz) as total,
           count(*) filter (where created_at >= ${f}::timestamptz and created_at < ${t}::timestamptz) as created,
           count(*) filter (where created_at < ${f}::timestamptz and updated_at >= ${f}::timestamptz and updated_at < ${t}::timestamptz) as changed,
           count(*) filter (where status = 'decommissioned') as decommissioned,
           count(*) filter (where exposure = 'internet' and status <> 'decommissioned') as internet,
           count(*) filter (where last_check_in_at is not null and last_check_in_at < ${silentBefore}::timestamptz and status = 'active') as silent
      from posture_assets where unit_id in ${u}`);
  const kinds = await queryRows<{ kind: string; c: number }>(db, sql`select kind, count(*)::int as c from posture_assets where unit_id in ${u} and created_at < ${t}::timestamptz and status <> 'decommissioned' group by kind`);
  const [fi] = await queryRows<Record<string, unknown>>(db, sql`
    select count(*) filter (where opened_at >= ${f}::timestamptz and opened_at < ${t}::timestamptz) as opened,
           count(*) filter (where fixed_at >= ${f}::timestamptz and fixed_at < ${t}::timestamptz) as fixed,
           count(*) filter (where kind = 'malware' and opened_at >= ${f}::timestamptz and opened_at < ${t}::timestamptz) as malware,
           count(*) filter (where opened_at < ${t}::timestamptz and due_at < ${t}::timestamptz and state in ('open', 'in_progress')) as overdue,
           count(*) filter (where opened_at < ${t}::timestamptz and state in ('open', 'in_progress') and severity = 'critical') as critical,
           count(*) filter (where opened_at < ${t}::timestamptz and state in ('open', 'in_progress') and severity = 'high') as high,
           count(*) filter (where opened_at < ${t}::timestamptz and state in ('open', 'in_progress') and severity = 'medium') as medium,
           count(*) filter (where opened_at < ${t}::timestamptz and state in ('open', 'in_progress') and severity = 'low') as low,
           count(*) filter (where state = 'accepted_risk') as accepted,
           count(*) filter (where state = 'false_positive' and updated_at >= ${f}::timestamptz and updated_at < ${t}::timestamptz) as fp
      from posture_findings where unit_id in ${u}`);
  const [w] = await queryRows<Record<string, unknown>>(db, sql`
    select count(distinct l.id) as lists,
           count(c.unit_id) as confirmed,
           count(c.unit_id) filter (where c.confirmed_at > l.confirm_by) as late,
           count(c.unit_id) filter (where c.found) as found
      from posture_warning_lists l
      left join posture_warning_confirmations c on c.list_id = l.id and c.unit_id in ${u}
     where l.issued_at < ${t}::timestamptz and l.confirm_by >= ${f}::timestamptz and l.unit_ids && array[${sql.join(units.map((x) => sql`${x}`), sql`, `)}]::text[]`);
  const [fd] = await queryRows<Record<string, unknown>>(db, sql`
    select count(*) as total, count(*) filter (where last_used_at is null or last_used_at < ${silentBefore}::timestamptz) as silent
      from posture_feed_tokens where unit_id in ${u} and revoked_at is null and created_at < ${t}::timestamptz`);
  const lists = n(w?.lists);
  return {
    assets: {
      total: n(a?.total),
      byKind: Object.fromEntries(kinds.map((k) => [k.kind, n(k.c)])),
      created: n(a?.created),
      changed: n(a?.changed),
      decommissioned: n(a?.decommissioned),
      internetExposed: n(a?.internet),
      silent: n(a?.silent),
    },
    findings: {
      opened: n(fi?.opened),
      fixed: n(fi?.fixed),
      malware: n(fi?.malware),
      overdueAtEnd: n(fi?.overdue),
      openAtEnd: { critical: n(fi?.critical), high: n(fi?.high), medium: n(fi?.medium), low: n(fi?.low) },
      acceptedRisks: n(fi?.accepted),
      falsePositives: n(fi?.fp),
    },
    warnings: { lists, confirmed: n(w?.confirmed), confirmedLate: n(w?.late), found: n(w?.found), pending: Math.max(0, lists - n(w?.confirmed)) },
    feeds: { total: n(fd?.total), silent: n(fd?.silent) },
  };
}

/**
 * Finds a report.
 *
 * @param db - database
 * @param id - report id
 * @returns the row or undefined
 */
export async function findReport(db: Database, id: string): Promise<ReportRow | undefined> {
  return (await db.select().from(reports).where(eq(reports.id, id)).limit(1))[0];
}

/**
 * Finds the report of a unit for a month.
 *
 * @param db - database
 * @param unitId - unit
 * @param month - first day of the month
 * @returns the row or undefined
 */
export async function findReportFor(db: Database, unitId: string, month: string): Promise<ReportRow | undefined> {
  return (await db.select().from(reports).where(and(eq(reports.unitId, unitId), eq(reports.month, month))).limit(1))[0];
}

/**
 * Reports of a month (every unit).
 *
 * @param db - database
 * @param month - first day of the month, or undefined for all
 * @returns rows
 */
export async function listReports(db: Database, month?: string): Promise<ReportRow[]> {
  return db.select().from(reports).where(month ? eq(reports.month, month) : undefined).orderBy(desc(reports.month), reports.unitId).limit(2000);
}

/**
 * Inserts or replaces a draft.
 *
 * @param db - database (a transaction)
 * @param row - the report
 */
export async function upsertDraft(db: Database, row: typeof reports.$inferInsert): Promise<void> {
  await db
    .insert(reports)
    .values(row)
    .onConflictDoUpdate({ target: [reports.unitId, reports.month], set: { content: row.content, generatedAt: row.generatedAt, generatedBy: row.generatedBy } });
}

/**
 * Marks a report signed.
 *
 * @param db - database (a transaction)
 * @param id - report id
 * @param patch - signature columns
 */
export async function markSigned(db: Database, id: string, patch: Partial<typeof reports.$inferInsert>): Promise<ReportRow | undefined> {
  return (await db.update(reports).set({ ...patch, status: 'signed' }).where(and(eq(reports.id, id), eq(reports.status, 'draft'))).returning())[0];
}
