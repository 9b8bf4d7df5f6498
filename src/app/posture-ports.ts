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
import { queryRows } from '../db/client.ts';
import type { DetectContext } from '../detect/context.ts';
import type { PostureModule, PosturePorts } from '../posture/posture.module.ts';
import type { DbHandle } from '../db/client.ts';
import type { Clock } from '../platform/clock.ts';
import type { DetectModule } from './wire-detect.ts';

/**
 * Builds the posture ports from the app's services.
 *
 * @param services - the app's services
 * @returns the ports
 */
export function posturePorts(services: { readonly database: DbHandle; readonly clock: Clock; readonly posture: PostureModule; readonly detect: DetectModule }): PosturePorts {
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
    activity: async (units, from, to) => {
      const list = sql.join(units.map((u) => sql`${u}`), sql`, `);
      const f = from.toISOString();
      const t = to.toISOString();
      const [a] = await queryRows<Record<string, unknown>>(db, sql`
        select count(*) as total, count(*) filter (where severity = 'critical') as critical, count(*) filter (where severity = 'high') as high,
               count(*) filter (where severity = 'medium') as medium, count(*) filter (where severity = 'low') as low,
               count(*) filter (where suspension_status = 'done') as suspensions
          from detect_alerts where unit_id in (${list}) and created_at >= ${f}::timestamptz and created_at < ${t}::timestamptz`);
      const [c] = await queryRows<Record<string, unknown>>(db, sql`
        select count(*) as cases, count(*) filter (where personal_data_breach) as breaches
          from respond_cases where unit_id in (${list}) and opened_at >= ${f}::timestamptz and opened_at < ${t}::timestamptz`);
      const n = (v: unknown): number => Number(v ?? 0);
      return {
        alerts: { total: n(a?.total), critical: n(a?.critical), high: n(a?.high), medium: n(a?.medium), low: n(a?.low) },
        cases: n(c?.cases),
        breaches: n(c?.breaches),
        suspensions: n(a?.suspensions),
      };
    },
    signRecord: async (eventId, at) => {
      // The audit entry of the signature carries the content hash; entries are found by event time first.
      const from = new Date(at.getTime() - 60_000).toISOString();
      const to = new Date(at.getTime() + 60_000).toISOString();
      const rows = await queryRows<{ body: string }>(db, sql`
        select body from audit_entries where kind = 'admin' and time >= ${from} and time <= ${to} and body like ${`%${eventId}%`}`);
      for (const r of rows) {
        const e = JSON.parse(r.body) as { id?: string; action?: string; after?: { contentHash?: unknown } };
        if (e.id === eventId && e.action === 'posture.report.sign' && typeof e.after?.contentHash === 'string') return e.after.contentHash;
      }
      return null;
    },
    unitHeads: async (unitId) => {
      const chain = (await services.posture.tree()).ancestors(unitId);
      if (chain.length === 0) return [];
      const now = services.clock.now();
      const rows = await db
        .selectDistinct({ accountId: roleGrants.accountId })
        .from(roleGrants)
        .where(and(eq(roleGrants.role, 'unit_head'), inArray(roleGrants.unitId, [...chain]), isNull(roleGrants.revokedAt), lte(roleGrants.validFrom, now), gt(roleGrants.validUntil, now)));
      return rows.map((r) => r.accountId);
    },
    raiseMalwareAlert: async (input) => {
      const { detect } = services;
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
 * Gives a detection context the posture module's warning-list index.
 *
 * @param context - the detection context (mutated and returned)
 * @param posture - the posture module (built before detection)
 * @returns the same context
 */
export function withListedIndicators<T extends DetectContext>(context: T, posture: PostureModule): T {
  return Object.assign(context, {
    listedIndicator: (kind: 'ip' | 'domain' | 'hash' | 'account', value: string, atMs: number) => posture.indicators.lookup(kind, value, atMs),
  });
}
