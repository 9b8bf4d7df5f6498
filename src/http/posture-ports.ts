/**
 * Ports from the other modules into posture (http may import every module): registered devices from `auth`
 * so that workstation assets link to them instead of keeping a second list.
 */
import { inArray } from 'drizzle-orm';
import { devices } from '../auth/auth.schema.ts';
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
