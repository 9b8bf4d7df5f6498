/**
 * Queries on registered devices.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { accounts, devices } from './auth.schema.ts';
import { staff } from '../org/org.schema.ts';

/** A device row. */
export type Device = typeof devices.$inferSelect;

/** Approved devices of accounts (recertification reviews them). */
export async function listApprovedDevicesOf(db: Database, accountIds: readonly string[]): Promise<Device[]> {
  if (accountIds.length === 0) return [];
  return db.select().from(devices).where(and(inArray(devices.accountId, [...accountIds]), eq(devices.status, 'approved')));
}

/** Inserts a device. */
export async function insertDevice(db: Database, row: typeof devices.$inferInsert): Promise<void> {
  await db.insert(devices).values(row);
}

/** Finds one device. */
export async function findDevice(db: Database, id: string): Promise<Device | undefined> {
  const [row] = await db.select().from(devices).where(eq(devices.id, id)).limit(1);
  return row;
}

/** Finds a device by the hash of its one-time claim token. */
export async function findDeviceByClaimHash(db: Database, claimTokenHash: string): Promise<Device | undefined> {
  const [row] = await db.select().from(devices).where(eq(devices.claimTokenHash, claimTokenHash)).limit(1);
  return row;
}

/** Devices of an account. */
export async function listDevices(db: Database, accountId: string): Promise<Device[]> {
  return db.select().from(devices).where(eq(devices.accountId, accountId)).orderBy(asc(devices.createdAt));
}

/** Pending device requests of the given accounts. */
export async function listPendingDevices(db: Database, accountIds: readonly string[]): Promise<Device[]> {
  if (accountIds.length === 0) return [];
  return db
    .select()
    .from(devices)
    .where(and(eq(devices.status, 'pending'), inArray(devices.accountId, [...accountIds])))
    .orderBy(asc(devices.createdAt));
}

/** Updates a device. */
export async function updateDevice(db: Database, id: string, change: Partial<Omit<typeof devices.$inferInsert, 'id'>>): Promise<void> {
  await db.update(devices).set(change).where(eq(devices.id, id));
}

/** Revokes every non-revoked device of an account (HR exit). */
export async function revokeAccountDevices(db: Database, accountId: string, at: Date, reason: string): Promise<string[]> {
  const rows = await db
    .update(devices)
    .set({ status: 'revoked', revokedAt: at, revokeReason: reason })
    .where(and(eq(devices.accountId, accountId), inArray(devices.status, ['pending', 'approved'])))
    .returning({ id: devices.id });
  return rows.map((r) => r.id);
}

/** Pending device requests of accounts whose staff record is in one of `unitIds`, oldest first. */
export async function listPendingDevicesInUnits(db: Database, unitIds: readonly string[], limit: number): Promise<Array<Device & { ownerName: string; ownerStaffNo: string }>> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .select({ device: devices, ownerName: staff.fullName, ownerStaffNo: staff.staffNo })
    .from(devices)
    .innerJoin(accounts, eq(accounts.id, devices.accountId))
    .innerJoin(staff, eq(staff.id, accounts.staffId))
    .where(and(eq(devices.status, 'pending'), inArray(staff.unitId, [...unitIds])))
    .orderBy(asc(devices.createdAt))
    .limit(limit);
  return rows.map((r) => ({ ...r.device, ownerName: r.ownerName, ownerStaffNo: r.ownerStaffNo }));
}
