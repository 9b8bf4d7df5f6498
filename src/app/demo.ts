/**
 * Demo mode: loads the reference data and a synthetic registry when the database is empty, creates the demo
 * accounts, and returns the lines `npm start` prints about signing in. Every value here is synthetic.
 */
import type { Config } from '../platform/config.ts';
import type { DbHandle } from '../db/client.ts';
import { ensureDemoData } from '../seed/load-demo-data.ts';
import { seedReferenceData } from '../seed/reference-data.ts';
import { ensureDemoAccounts, findDemoActor } from '../auth/demo/demo-accounts.ts';
import type { KhienApp } from './app-services.ts';
import { ensureGovernDemo } from '../govern/govern-demo.ts';
import { ensurePostureDemo } from '../posture/posture-demo.ts';

/**
 * Loads the demo registry when it is empty (idempotent).
 *
 * @param database - the migrated database
 * @param config - configuration (seed sizes)
 * @param log - progress output
 */
export async function prepareDemoData(database: DbHandle, config: Config, log: (line: string) => void): Promise<void> {
  // The loader prints its own progress and summary line through `log`.
  await ensureDemoData(database, { persons: config.seedPersons, staff: config.seedStaff, seed: config.seed }, log);
}

/**
 * Creates the demo accounts (idempotent) and returns what to print about signing in.
 *
 * @param app - the built app
 * @returns lines to print
 */
export async function prepareDemoAccounts(app: KhienApp): Promise<string[]> {
  await seedReferenceData(app.khien.database.db);
  const { lines } = await ensureDemoAccounts(app.khien.auth.ctx);
  // The security programme's demo (after the accounts: the Hà Nội officer joins the response team).
  if (await ensureGovernDemo(app.khien.database.db, app.khien.clock.now())) {
    lines.push('Chương trình ATTT / Security programme: /api/govern/plan/tasks, /api/govern/team/dedicated-officers, /api/govern/reports (DEMOLD01 ký báo cáo 6 tháng / signs the six-monthly report)');
  }
  // Posture: demo assets, findings, a warning list and last month's draft report for the demo province.
  const line = await ensurePostureDemo(app.khien.posture, (username) => findDemoActor(app.khien.auth.ctx, username));
  if (line) lines.push(line);
  return lines;
}
