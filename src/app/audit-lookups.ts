/**
 * The audit search's look-ups over other modules' tables (adapters, like the unit tree in `app/wire-audit.ts`):
 * accounts by staff number or name, and a person by a unique identifier. Only internal ids and the staff
 * number and name of accounts leave here; no personal data of insured persons.
 */
import { and, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { accounts } from '../auth/auth.schema.ts';
import { staff } from '../org/org.schema.ts';
import { IDENTIFIER_KINDS } from '../registry/registry.schema.ts';
import { findPersonIdByIdentifier } from '../registry/registry.repo.ts';
import type { AuditAccountRef, AuditLookups } from '../audit/verification.routes.ts';

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Builds the look-ups.
 *
 * @param db - database
 * @returns the port
 */
export function createAuditLookups(db: Database): AuditLookups {
  return {
    async findAccounts(query, unitIds, limit): Promise<AuditAccountRef[]> {
      const conds: SQL[] = [];
      if (query.q) {
        const like = `%${escapeLike(query.q)}%`;
        conds.push(or(ilike(staff.staffNo, like), ilike(staff.fullName, like))!);
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
      const rows = await db
        .select({ accountId: accounts.id, staffNo: staff.staffNo, fullName: staff.fullName, unitId: staff.unitId })
        .from(accounts)
        .innerJoin(staff, eq(staff.id, accounts.staffId))
        .where(and(...conds))
        .orderBy(staff.staffNo)
        .limit(limit);
      return rows;
    },
    async personIdByIdentifier(value): Promise<string | null> {
      for (const kind of IDENTIFIER_KINDS) {
        const id = await findPersonIdByIdentifier(db, kind, value);
        if (id) return id;
      }
      return null;
    },
  };
}
