/**
 * Read-only queries on access records that other modules reach through ports connected in `app/` (the alert
 * page, the citizen view): an account's assignments, purpose names and the organisation of an agreement.
 */
import { eq, sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client.ts';
import { accessPurposes, sharingAgreements } from './access.schema.ts';

/** The latest version of one assignment, as shown on the alert page. */
export type AssignmentSummaryRow = {
  readonly assignment_id: string;
  readonly document_no: string;
  readonly purpose: string;
  readonly status: string;
  readonly valid_from: string | Date;
  readonly valid_until: string | Date;
  readonly scope_provinces: string[];
  readonly actions: string[];
};

/**
 * The latest version of each assignment given to an account.
 *
 * @param db - database
 * @param accountId - the assignee
 * @param limit - maximum rows
 * @returns one row per assignment, by assignment id
 */
export async function listLatestAssignmentsOf(db: Database, accountId: string, limit: number): Promise<AssignmentSummaryRow[]> {
  return queryRows<AssignmentSummaryRow>(
    db,
    sql`select distinct on (assignment_id) assignment_id, document_no, purpose, status, valid_from, valid_until, scope_provinces, actions
          from access_assignments where assignee_account_id = ${accountId}::uuid order by assignment_id, version desc limit ${limit}`,
  );
}

/**
 * The names of a configured purpose.
 *
 * @param db - database
 * @param code - purpose code
 * @returns Vietnamese and English names, or null when unknown
 */
export async function findPurposeNames(db: Database, code: string): Promise<{ vi: string; en: string } | null> {
  const [row] = await db
    .select({ vi: accessPurposes.nameVi, en: accessPurposes.nameEn })
    .from(accessPurposes)
    .where(eq(accessPurposes.code, code))
    .limit(1);
  return row ?? null;
}

/**
 * The organisation of a data-sharing agreement.
 *
 * @param db - database
 * @param agreementId - the agreement (values that are not uuids find nothing)
 * @returns the organisation, or null
 */
export async function findAgreementOrganisation(db: Database, agreementId: string): Promise<{ organisation: string } | null> {
  if (!/^[0-9a-f-]{36}$/i.test(agreementId)) return null;
  const [row] = await db
    .select({ organisation: sharingAgreements.organisation })
    .from(sharingAgreements)
    .where(eq(sharingAgreements.id, agreementId))
    .limit(1);
  return row ?? null;
}
