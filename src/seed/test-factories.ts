/**
 * Small factories for tests (STYLE.md rule 15): random ids, valid values, reference data seeded once per DB.
 */
import crypto from 'node:crypto';
import type { Database } from '../db/client.ts';
import { insertStaff, type Staff } from '../org/org.repo.ts';
import { seedReferenceData } from './reference-data.ts';
import type { StaffStatus } from '../org/org.schema.ts';

const seeded = new WeakSet<object>();

/**
 * Ensures the unit tree and communes exist in this database.
 *
 * @param db - the test database
 */
export async function ensureReferenceData(db: Database): Promise<void> {
  if (seeded.has(db)) return;
  await seedReferenceData(db);
  seeded.add(db);
}

/**
 * Creates a staff record in a unit.
 *
 * @param db - the test database
 * @param opts - unit (default the Hà Nội provincial office `P01`), name, status
 * @returns the staff row
 */
export async function makeStaff(
  db: Database,
  opts: { unitId?: string; fullName?: string; status?: StaffStatus; position?: string; dateOfBirth?: string; personId?: string } = {},
): Promise<Staff> {
  await ensureReferenceData(db);
  const row: Staff = {
    id: crypto.randomUUID(),
    staffNo: `CB${crypto.randomBytes(4).toString('hex').toUpperCase()}`,
    fullName: opts.fullName ?? 'Nguyễn Văn Thử',
    unitId: opts.unitId ?? 'P01',
    position: opts.position ?? 'Chuyên viên',
    status: opts.status ?? 'active',
    dateOfBirth: opts.dateOfBirth ?? '1988-05-17',
    personId: opts.personId ?? null,
    startedOn: '2015-03-01',
    endedOn: null,
    createdAt: new Date(),
    updatedAt: new Date(),
  };
  await insertStaff(db, [row]);
  return row;
}
