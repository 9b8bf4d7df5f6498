/**
 * Ports from the other modules into posture, and from posture into detection (http may import every
 * module): registered devices from `auth` (workstation assets link to them instead of keeping a second
 * list), unit heads from `auth` grants (overdue escalation), detection alerts for malware on a workstation
 * (rule KHIEN-R024, linked to the device and its account), and the warning-list indicator index that the
 * detector reads (rule KHIEN-R023).
 */
import { and, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm';
import { accounts, devices, roleGrants } from '../auth/auth.schema.ts';
import { staff } from '../org/org.schema.ts';
import type { AdminEvent } from '../events/types.ts';
import { newId } from '../platform/ids.ts';
import type { DetectContext } from '../detect/context.ts';
import type { PosturePorts } from '../posture/posture.module.ts';
import type { AppServices } from './app.ts';

/**
 * Builds the posture ports from the app's services.
 *
 * @param services - the app's services
 * @returns the ports
 */
export function posturePorts(services: AppServices): PosturePorts {
  const db = services.database.db;
  return {
    devices: async (ids) => {
      const rows = ids.length
        ? await db.select({ id: devices.id, accountId: devices.accountId, status: devices.status }).from(devices).where(inArray(devices.id, [...ids]))
        : [];
      return new Map(rows.map((r) => [r.id, { accountId: r.accountId, status: r.status }]));
    },
    accounts: async (names) => {
      if (names.length === 0) return [];
      const rows = await db
        .select({ accountId: accounts.id, username: accounts.username, unitId: staff.unitId, status: accounts.status })
        .from(accounts)
        .leftJoin(staff, eq(staff.id, accounts.staffId))
        .where(inArray(sql`lower(${accounts.username})`, [...names].map((n) => n.toLowerCase())));
      return rows.map((r) => ({ accountId: r.accountId, username: r.username, unitId: r.unitId ?? null, status: r.status }));
    },
    unitHeads: async (unitId) => {
      const posture = services.posture;
      if (!posture) return [];
      const chain = (await posture.tree()).ancestors(unitId);
      if (chain.length === 0) return [];
      const now = services.clock.now();
      const rows = await db
        .selectDistinct({ accountId: roleGrants.accountId })
        .from(roleGrants)
        .where(and(eq(roleGrants.role, 'unit_head'), inArray(roleGrants.unitId, [...chain]), isNull(roleGrants.revokedAt), lte(roleGrants.validFrom, now), gt(roleGrants.validUntil, now)));
      return rows.map((r) => r.accountId);
    },
    raiseMalwareAlert: async (input) => {
      const detect = services.detect;
      if (!detect) return;
      const event: AdminEvent = {
        id: newId(),
        kind: 'admin',
        time: input.at.toISOString(),
        requestId: null,
        source: { system: 'khien/posture', deviceId: input.deviceId, deviceRegistered: true },
        actor: { type: 'system', accountId: null },
        action: 'posture.finding.malware',
        target: { type: 'device', id: input.deviceId },
        after: { findingId: input.findingId, assetId: input.assetId, accountId: input.accountId },
        outcome: 'success',
      };
      detect.alerts.handle({
        ruleId: 'KHIEN-R024',
        severity: 'high',
        accountId: input.accountId,
        unitId: input.unitId,
        groupKey: `device:${input.deviceId}`,
        event,
        eventTime: input.at.getTime(),
        details: { findingId: input.findingId, assetId: input.assetId, deviceId: input.deviceId },
      });
      await detect.alerts.flush();
    },
  };
}

/**
 * Connects the posture ports (after every module is wired).
 *
 * @param services - the app's services
 */
export function wirePosturePorts(services: AppServices): void {
  services.posture?.connectPorts(posturePorts(services));
}

/**
 * Gives a detection context the posture module's warning-list index (looked up lazily: posture is wired
 * after detection).
 *
 * @param context - the detection context (mutated and returned)
 * @param services - the app's services
 * @returns the same context
 */
export function withListedIndicators<T extends DetectContext>(context: T, services: AppServices): T {
  return Object.assign(context, {
    listedIndicator: (kind: 'ip' | 'domain' | 'hash' | 'account', value: string, atMs: number) => services.posture?.indicators.lookup(kind, value, atMs) ?? null,
  });
}
