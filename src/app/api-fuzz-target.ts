/**
 * The app the fuzzer runs against (tests and the benchmark only): the production app over a fresh test
 * database with its logs captured, one person in the registry, and the callers — anonymous, one staff session
 * per role (session, registered device, CSRF header) and a citizen.
 */
import { createTestApp } from './test-app.ts';
import { headerActorResolver } from './test-actor.ts';
import type { Actor } from '../actors/context.ts';
import type { KhienApp } from './app-services.ts';
import { createStaffWithSession } from '../auth/test-support.ts';
import type { Role } from '../actors/roles.ts';
import { seedPerson } from '../access/access-test-support.ts';
import type { FuzzCaller } from './api-fuzz.ts';

/** What {@link createFuzzTarget} returns. */
export interface FuzzTarget {
  readonly app: KhienApp;
  readonly callers: readonly FuzzCaller[];
  /** Real values for path parameters (a person in the registry, audit sequence numbers). */
  readonly knownValues: Readonly<Record<string, readonly string[]>>;
  /** Every line the app logged. */
  readonly logLines: readonly string[];
  close(): Promise<void>;
}

const ROLE_UNITS: ReadonlyArray<readonly [Role, string]> = [
  ['staff', 'P01-L1'], ['unit_head', 'P01'], ['security_officer', 'P01'], ['central_security_admin', 'VSS'], ['auditor', 'VSS'], ['system_admin', 'VSS'],
];

/**
 * Builds the target.
 *
 * @returns the app, callers, known values and captured logs
 */
export async function createFuzzTarget(): Promise<FuzzTarget> {
  const logLines: string[] = [];
  const citizen: Actor = { type: 'citizen', personId: '3f1c2a9e-5b7d-4c1e-9a2b-7d6e5f4a3b2c', subject: 'fuzz-subject', sessionId: 'fuzz-session' };
  const t = await createTestApp({}, undefined, {
    extraResolvers: [headerActorResolver(new Map([['citizen', citizen]]))],
    logStream: { write: (line: string) => void logLines.push(line) },
  });
  const p = await seedPerson(t.app.khien.database.db, { provinceCode: '01', communeCode: '01001' });
  const callers: FuzzCaller[] = [{ name: 'anonymous', headers: {} }];
  for (const [role, unitId] of ROLE_UNITS) {
    const s = await createStaffWithSession(t.app, { unitId, roles: [{ role }] });
    // Signing out or ending its own session would leave the rest of the run anonymous.
    callers.push({ name: role, headers: s.headers, skip: (_method, path) => path === '/api/auth/signout' || path === '/api/auth/sessions/{id}' });
  }
  callers.push({ name: 'citizen', headers: { 'x-test-actor': 'citizen' } });
  return { app: t.app, callers, knownValues: { personId: [p.id], seq: ['1', '2'] }, logLines, close: () => t.close() };
}
