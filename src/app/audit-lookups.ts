/**
 * The audit search's look-ups over other modules' records (adapters, like the unit tree in `app/wire-audit.ts`):
 * accounts by staff number or name, and a person by a unique identifier. Only internal ids and the staff
 * number and name of accounts leave here; no personal data of insured persons. The queries live in their
 * owners' repos.
 */
import type { Database } from '../db/client.ts';
import { searchAccountsByStaff } from '../auth/account-lookups.repo.ts';
import { findPersonIdByAnyIdentifier } from '../registry/registry.repo.ts';
import type { AuditAccountRef, AuditLookups } from '../audit/verification.routes.ts';

/**
 * Builds the look-ups.
 *
 * @param db - database
 * @returns the port
 */
export function createAuditLookups(db: Database): AuditLookups {
  return {
    findAccounts: (query, unitIds, limit): Promise<AuditAccountRef[]> => searchAccountsByStaff(db, query, unitIds, limit),
    personIdByIdentifier: (value): Promise<string | null> => findPersonIdByAnyIdentifier(db, value),
  };
}
