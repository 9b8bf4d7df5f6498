/**
 * Read-only queries on cases and breaches that other modules reach through ports connected in `app/` (the
 * security dashboard, the monthly technical report, the citizen view): counts, states and clocks, never the
 * content of a case.
 */
import { eq, sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client.ts';
import { unitIn } from '../db/unit-scope-sql.ts';
import { cases } from './respond.schema.ts';

/**
 * Counts the cases of units opened in `[from, to)` and those that are personal-data breaches.
 *
 * @param db - database
 * @param units - unit ids (at least one)
 * @param from - start (inclusive)
 * @param to - end (exclusive)
 * @returns the counts
 */
export async function countCasesOfUnits(db: Database, units: readonly string[], from: Date, to: Date): Promise<{ cases: number; breaches: number }> {
  const list = sql.join(units.map((u) => sql`${u}`), sql`, `);
  const [c] = await queryRows<Record<string, unknown>>(db, sql`
    select count(*) as cases, count(*) filter (where personal_data_breach) as breaches
      from respond_cases where unit_id in (${list}) and opened_at >= ${from.toISOString()}::timestamptz and opened_at < ${to.toISOString()}::timestamptz`);
  return { cases: Number(c?.cases ?? 0), breaches: Number(c?.breaches ?? 0) };
}

/**
 * Counts the real (non-exercise) cases of units by status.
 *
 * @param db - database
 * @param units - unit ids (null: every unit)
 * @returns count by status
 */
export async function countCasesByStatus(db: Database, units: readonly string[] | null): Promise<Record<string, number>> {
  const rows = await queryRows<{ status: string; n: number }>(
    db,
    sql`select status, count(*)::int as n from respond_cases where not exercise and ${unitIn(sql`unit_id`, units)} group by status`,
  );
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** A breach whose notification clock is running. */
export interface OpenBreachRow {
  readonly caseId: string;
  readonly number: number;
  readonly openedAt: Date;
  readonly unitId: string;
  readonly detectedAt: Date;
  readonly deadlineAt: Date;
}

/**
 * The breaches of units whose clock has not stopped, soonest deadline first.
 *
 * @param db - database
 * @param units - unit ids (null: every unit)
 * @param limit - maximum rows
 * @returns the breaches with their case's number, opening time and unit
 */
export async function listOpenBreaches(db: Database, units: readonly string[] | null, limit: number): Promise<OpenBreachRow[]> {
  const rows = await queryRows<{ case_id: string; number: string | number; opened_at: string | Date; unit_id: string; detected_at: string | Date; deadline_at: string | Date }>(
    db,
    sql`select b.case_id, c.number, c.opened_at, c.unit_id, b.detected_at, b.deadline_at from respond_breaches b join respond_cases c on c.id = b.case_id
         where b.clock_stopped_at is null and ${unitIn(sql`c.unit_id`, units)} order by b.deadline_at limit ${limit}`,
  );
  return rows.map((r) => ({
    caseId: r.case_id,
    number: Number(r.number),
    openedAt: new Date(r.opened_at),
    unitId: r.unit_id,
    detectedAt: new Date(r.detected_at),
    deadlineAt: new Date(r.deadline_at),
  }));
}

/**
 * The status of a case (the citizen view shows how their report is going).
 *
 * @param db - database
 * @param caseId - the case (values that are not uuids find nothing)
 * @returns the status, or null
 */
export async function findCaseStatus(db: Database, caseId: string): Promise<string | null> {
  if (!/^[0-9a-f-]{36}$/i.test(caseId)) return null;
  const [row] = await db.select({ status: cases.status }).from(cases).where(eq(cases.id, caseId)).limit(1);
  return row?.status ?? null;
}
