/**
 * Read-only queries on the audit log that other modules reach through ports connected in `app/`: an
 * account's recent activity (no subjects, only how many), access counts per hour for the dashboard, and the
 * admin entries near a time (to find a signature's content hash).
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client.ts';
import { unitIn } from '../db/unit-scope-sql.ts';

/**
 * Bodies of the admin entries whose event time is in `[from, to]` and whose body contains `needle`.
 *
 * @param db - database
 * @param from - earliest event time
 * @param to - latest event time
 * @param needle - text the body must contain (an event id)
 * @returns the canonical JSON bodies
 */
export async function listAdminEntryBodiesNear(db: Database, from: Date, to: Date, needle: string): Promise<string[]> {
  const rows = await queryRows<{ body: string }>(db, sql`
    select body from audit_entries where kind = 'admin' and time >= ${from.toISOString()} and time <= ${to.toISOString()} and body like ${`%${needle}%`}`);
  return rows.map((r) => r.body);
}

/** One entry of an account's recent activity: what and when, and how many persons (never which). */
export type ActivityRow = {
  readonly seq: string | number;
  readonly time: string | Date;
  readonly kind: string;
  readonly action: string | null;
  readonly outcome: string | null;
  readonly purpose: string | null;
  readonly unit_id: string | null;
  readonly n: number;
};

/**
 * An account's latest entries.
 *
 * @param db - database
 * @param accountId - the account
 * @param limit - maximum rows
 * @returns newest first
 */
export async function listRecentEntriesOfAccount(db: Database, accountId: string, limit: number): Promise<ActivityRow[]> {
  return queryRows<ActivityRow>(
    db,
    sql`select seq, time, kind, action, outcome, purpose, unit_id, cardinality(subject_ids) as n
          from audit_entries where account_id = ${accountId} order by seq desc limit ${limit}`,
  );
}

/**
 * Counts access entries of units per hour in `[from, to)`.
 *
 * @param db - database
 * @param units - unit ids (null: every unit)
 * @param from - start (inclusive)
 * @param to - end (exclusive)
 * @returns start of each hour with entries, and the count
 */
export async function countAccessEntriesPerHour(db: Database, units: readonly string[] | null, from: Date, to: Date): Promise<Array<{ h: string | Date; n: number }>> {
  return queryRows<{ h: string | Date; n: number }>(
    db,
    sql`select date_trunc('hour', time) as h, count(*)::int as n from audit_entries
         where kind = 'access' and time >= ${from.toISOString()}::timestamptz and time < ${to.toISOString()}::timestamptz and ${unitIn(sql`unit_id`, units)}
         group by 1`,
  );
}

/**
 * Counts access entries of units in `[from, to)` by hour of day in Vietnam (the usual curve).
 *
 * @param db - database
 * @param units - unit ids (null: every unit)
 * @param from - start (inclusive)
 * @param to - end (exclusive)
 * @returns hour of day (0–23) with entries, and the count
 */
export async function countAccessEntriesByHourOfDay(db: Database, units: readonly string[] | null, from: Date, to: Date): Promise<Array<{ hod: number; n: number }>> {
  return queryRows<{ hod: number; n: number }>(
    db,
    sql`select extract(hour from time at time zone 'Asia/Ho_Chi_Minh')::int as hod, count(*)::int as n from audit_entries
         where kind = 'access' and time >= ${from.toISOString()}::timestamptz and time < ${to.toISOString()}::timestamptz and ${unitIn(sql`unit_id`, units)}
         group by 1`,
  );
}
