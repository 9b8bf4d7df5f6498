/**
 * Read-only queries on accounts, their devices and grants that other modules reach through ports connected
 * in `app/` (detection context, posture, the alert page, the audit search, the monitoring report). They
 * return internal ids, staff numbers, names and statuses — never secrets (password hashes, TOTP seeds,
 * token hashes stay in this module). Accounts are joined to their staff record and unit (auth → org).
 */
import { and, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client.ts';
import { accounts, devices } from './auth.schema.ts';
import { staff } from '../org/org.schema.ts';

/** An account with its staff record's status and unit and its role grants live at the asked time. */
export type AccountFactsRow = {
  readonly id: string;
  readonly username: string;
  readonly status: string;
  readonly last_sign_in_at: string | Date | null;
  readonly hr_status: string;
  readonly unit_id: string;
  readonly kind: string;
  readonly province_code: string | null;
  readonly roles: string[] | null;
};

/**
 * Every account with a staff record: account status, last sign-in, the staff record's HR status and unit (kind
 * and province), and the distinct roles of its grants live at `at` (the detection context's facts).
 *
 * @param db - database
 * @param at - time the grants must be live at
 * @returns one row per account
 */
export async function listAccountFacts(db: Database, at: Date): Promise<AccountFactsRow[]> {
  const now = at.toISOString();
  return queryRows<AccountFactsRow>(db, sql`
      select a.id, a.username, a.status, a.last_sign_in_at, s.status as hr_status, s.unit_id, u.kind, u.province_code,
             (select array_agg(distinct g.role) from auth_role_grants g
               where g.account_id = a.id and g.revoked_at is null and g.valid_from <= ${now}::timestamptz and g.valid_until > ${now}::timestamptz) as roles
        from auth_accounts a join org_staff s on s.id = a.staff_id left join org_units u on u.id = s.unit_id`);
}

/**
 * The registry person linked to each account's staff record, when the staff record names one.
 *
 * @param db - database
 * @returns account id and person id pairs
 */
export async function listAccountPersons(db: Database): Promise<Array<{ accountId: string; personId: string }>> {
  const rows = await queryRows<{ account_id: string; person_id: string }>(
    db,
    sql`select a.id as account_id, s.person_id from auth_accounts a join org_staff s on s.id = a.staff_id where s.person_id is not null`,
  );
  return rows.map((r) => ({ accountId: r.account_id, personId: r.person_id }));
}

/**
 * Every VPN account with its owner, validity, status and OTP requirement (the detection context's facts).
 *
 * @param db - database
 * @returns the VPN accounts
 */
export async function listVpnAccountFacts(db: Database): Promise<
  Array<{ vpn_username: string; owner_account_id: string; valid_from: string | Date; valid_until: string | Date; status: string; otp_required: boolean }>
> {
  return queryRows(db, sql`select vpn_username, owner_account_id, valid_from, valid_until, status, otp_required from auth_vpn_accounts`);
}

/**
 * The owner account and status of registered devices.
 *
 * @param db - database
 * @param ids - device ids
 * @returns owner and status by device id (unknown ids are absent)
 */
export async function findDeviceOwners(db: Database, ids: readonly string[]): Promise<Map<string, { accountId: string; status: string }>> {
  const rows = ids.length
    ? await db.select({ id: devices.id, accountId: devices.accountId, status: devices.status }).from(devices).where(inArray(devices.id, [...ids]))
    : [];
  return new Map(rows.map((r) => [r.id, { accountId: r.accountId, status: r.status }]));
}

/**
 * Accounts by login name, case-insensitively, with the unit of their staff record.
 *
 * @param db - database
 * @param names - login names
 * @returns the matching accounts
 */
export async function findAccountsByUsernames(
  db: Database,
  names: readonly string[],
): Promise<Array<{ accountId: string; username: string; unitId: string | null; status: string }>> {
  if (names.length === 0) return [];
  const rows = await db
    .select({ accountId: accounts.id, username: accounts.username, unitId: staff.unitId, status: accounts.status })
    .from(accounts)
    .leftJoin(staff, eq(staff.id, accounts.staffId))
    .where(inArray(sql`lower(${accounts.username})`, [...names].map((n) => n.toLowerCase())));
  return rows.map((r) => ({ accountId: r.accountId, username: r.username, unitId: r.unitId ?? null, status: r.status }));
}

/**
 * An account's login name, status and unit (the alert page's account header).
 *
 * @param db - database
 * @param accountId - the account
 * @returns the account, or undefined
 */
export async function findAccountHeader(
  db: Database,
  accountId: string,
): Promise<{ id: string; username: string; status: string; unit_id: string | null } | undefined> {
  const [acc] = await queryRows<{ id: string; username: string; status: string; unit_id: string | null }>(
    db,
    sql`select a.id, a.username, a.status, s.unit_id from auth_accounts a left join org_staff s on s.id = a.staff_id where a.id = ${accountId}::uuid`,
  );
  return acc;
}

/**
 * An account's most recently registered devices, without secrets.
 *
 * @param db - database
 * @param accountId - the account
 * @param limit - maximum rows
 * @returns newest first
 */
export async function listRecentDevicesOf(
  db: Database,
  accountId: string,
  limit: number,
): Promise<Array<{ id: string; name: string; status: string; created_at: string | Date; last_seen_at: string | Date | null }>> {
  return queryRows(
    db,
    sql`select id, name, status, created_at, last_seen_at from auth_devices where account_id = ${accountId}::uuid order by created_at desc limit ${limit}`,
  );
}

/**
 * Login names (staff numbers) of accounts.
 *
 * @param db - database
 * @param ids - account ids (values that are not uuids are skipped)
 * @returns login name by account id
 */
export async function findAccountUsernames(db: Database, ids: readonly string[]): Promise<Map<string, string>> {
  const uuids = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (uuids.length === 0) return new Map();
  const rows = await queryRows<{ id: string; username: string }>(db, sql`select id, username from auth_accounts where id in (${sql.join(uuids.map((u) => sql`${u}::uuid`), sql`, `)})`);
  return new Map(rows.map((r) => [r.id, r.username]));
}

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Accounts whose staff number or name contains `q`, and/or whose id is in `ids`, within units (the audit
 * search's account picker). Only ids, the staff number, the name and the unit are returned.
 *
 * @param db - database
 * @param query - text and/or account ids (ids that are not uuids are skipped; none left → no result)
 * @param unitIds - units the staff record must be in (null: any)
 * @param limit - maximum rows
 * @returns accounts ordered by staff number
 */
export async function searchAccountsByStaff(
  db: Database,
  query: { readonly q?: string; readonly ids?: readonly string[] },
  unitIds: ReadonlySet<string> | null,
  limit: number,
): Promise<Array<{ accountId: string; staffNo: string; fullName: string; unitId: string }>> {
  const conds: SQL[] = [];
  if (query.q) {
    const like = `%${escapeLike(query.q)}%`;
    const match = or(ilike(staff.staffNo, like), ilike(staff.fullName, like));
    if (match) conds.push(match);
  }
  if (query.ids) {
    const ids = query.ids.filter((id) => UUID.test(id));
    if (ids.length === 0) return [];
    conds.push(inArray(accounts.id, ids));
  }
  if (unitIds) {
    if (unitIds.size === 0) return [];
    conds.push(inArray(staff.unitId, [...unitIds]));
  }
  return db
    .select({ accountId: accounts.id, staffNo: staff.staffNo, fullName: staff.fullName, unitId: staff.unitId })
    .from(accounts)
    .innerJoin(staff, eq(staff.id, accounts.staffId))
    .where(and(...conds))
    .orderBy(staff.staffNo)
    .limit(limit);
}
