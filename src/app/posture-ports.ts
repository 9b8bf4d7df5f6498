/**
 * Ports from the other modules into posture, and from posture into detection (the composition root may
 * import every module; the queries live in their owners' repos): registered devices from `auth` (workstation
 * assets link to them instead of keeping a second list), unit heads from `auth` grants (overdue escalation), detection alerts for malware on a workstation
 * (rule KHIEN-R024, linked to the device and its account), and the warning-list indicator index that the
 * detector reads (rule KHIEN-R023).
 */
import type { AdminEvent } from '../events/types.ts';
import { newId } from '../platform/ids.ts';
import { findAccountsByUsernames, findDeviceOwners } from '../auth/account-lookups.repo.ts';
import { findAccountsWithRoleOver } from '../auth/auth.repo.ts';
import { countAlertsOfUnits } from '../detect/detect.repo.ts';
import { countCasesOfUnits } from '../respond/case-lookups.repo.ts';
import { listAdminEntryBodiesNear } from '../audit/entry-lookups.repo.ts';
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
    devices: (ids) => findDeviceOwners(db, ids),
    accounts: (names) => findAccountsByUsernames(db, names),
    activity: async (units, from, to) => {
      const { suspensions, ...alerts } = await countAlertsOfUnits(db, units, from, to);
      const { cases, breaches } = await countCasesOfUnits(db, units, from, to);
      return { alerts, cases, breaches, suspensions };
    },
    signRecord: async (eventId, at) => {
      // The audit entry of the signature carries the content hash; entries are found by event time first.
      const bodies = await listAdminEntryBodiesNear(db, new Date(at.getTime() - 60_000), new Date(at.getTime() + 60_000), eventId);
      for (const body of bodies) {
        const e = JSON.parse(body) as { id?: string; action?: string; after?: { contentHash?: unknown } };
        if (e.id === eventId && e.action === 'posture.report.sign' && typeof e.after?.contentHash === 'string') return e.after.contentHash;
      }
      return null;
    },
    unitHeads: async (unitId) => {
      const chain = (await services.posture.tree()).ancestors(unitId);
      if (chain.length === 0) return [];
      return findAccountsWithRoleOver(db, 'unit_head', chain, services.clock.now());
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
