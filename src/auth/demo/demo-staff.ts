/**
 * Staff records of the demo accounts (created once, found by staff number afterwards).
 */
import type { Database } from '../../db/client.ts';
import { findStaffByNumbers, insertStaff, type Staff } from '../../org/org.repo.ts';
import { newId } from '../../platform/ids.ts';

/**
 * Finds or creates a demo staff record.
 *
 * @param db - database
 * @param spec - staff number, name, unit, position
 * @param at - now
 * @returns the staff row
 */
export async function makeDemoStaff(
  db: Database,
  spec: { staffNo: string; fullName: string; unitId: string; position: string },
  at: Date,
): Promise<Staff> {
  const [existing] = await findStaffByNumbers(db, [spec.staffNo]);
  if (existing) return existing;
  const row: Staff = {
    id: newId(),
    staffNo: spec.staffNo,
    fullName: spec.fullName,
    unitId: spec.unitId,
    position: spec.position,
    status: 'active',
    dateOfBirth: '1985-06-15',
    personId: null,
    startedOn: '2012-01-02',
    endedOn: null,
    createdAt: at,
    updatedAt: at,
  };
  await insertStaff(db, [row]);
  return row;
}
