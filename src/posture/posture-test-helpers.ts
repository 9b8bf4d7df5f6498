/**
 * Test helpers of the posture module: staff actors with posture roles and an app acting through
 * `x-test-actor` (src/http/test-actor.ts), with an in-memory recorder whose events the tests inspect.
 */
import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { StaffActor } from '../actors/staff-actor.ts';
import type { Role } from '../actors/roles.ts';
import type { Actor } from '../actors/context.ts';
import { headerActorResolver } from '../app/test-actor.ts';
import { createTestApp, type TestApp } from '../app/test-app.ts';
import { createMemoryRecorder, type MemoryRecorder } from '../events/memory-recorder.ts';
import { createEventBus } from '../events/bus.ts';
import type { AdminEvent } from '../events/types.ts';
import { queryRows } from '../db/client.ts';
import { ensureReferenceData } from '../seed/test-factories.ts';
import type { Clock } from '../platform/clock.ts';
import type { PostureModule } from './posture.module.ts';

/**
 * A staff actor holding one role on a unit subtree.
 *
 * @param role - the role
 * @param unitId - root of the grant (and the actor's own unit)
 * @returns the actor
 */
export function staffActor(role: Role, unitId: string): StaffActor {
  return {
    type: 'staff',
    accountId: crypto.randomUUID(),
    staffId: crypto.randomUUID(),
    username: `CB${crypto.randomBytes(3).toString('hex').toUpperCase()}`,
    unitId,
    provinceCode: /^P(\d{2})/.exec(unitId)?.[1] ?? null,
    roles: [{ role, unitId, validUntil: '2099-01-01T00:00:00.000Z' }],
    sessionId: crypto.randomUUID(),
    deviceId: crypto.randomUUID(),
    deviceRegistered: true,
    mfa: true,
    mustChangePassword: false,
  };
}

/** The test cast. */
export interface PostureCast {
  /** Security officer of the Hà Nội provincial office (P01). */
  officerHn: StaffActor;
  /** Security officer of the Hồ Chí Minh City provincial office (P79). */
  officerHcm: StaffActor;
  /** Head of the Hà Nội provincial office. */
  headHn: StaffActor;
  /** Central security administrator (whole agency). */
  central: StaffActor;
  /** Plain staff of P01. */
  clerk: StaffActor;
}

/** A posture test app. */
export interface PostureTestApp extends TestApp {
  readonly cast: PostureCast;
  readonly recorder: MemoryRecorder;
  readonly posture: PostureModule;
  /** Headers acting as a cast member. */
  as(who: keyof PostureCast | 'citizen'): Record<string, string>;
  /** Admin events recorded so far with a `posture.` action. */
  postureEvents(): AdminEvent[];
  /** Number of rows of a table. */
  count(table: string): Promise<number>;
}

/**
 * Builds an app with the cast registered and reference data seeded.
 *
 * @param clock - the clock
 * @param opts - `auditLog`: record through the real audit log instead of the in-memory recorder
 * @returns the app
 */
export async function createPostureTestApp(clock: Clock, opts: { auditLog?: boolean } = {}): Promise<PostureTestApp> {
  const cast: PostureCast = {
    officerHn: staffActor('security_officer', 'P01'),
    officerHcm: staffActor('security_officer', 'P79'),
    headHn: staffActor('unit_head', 'P01'),
    central: staffActor('central_security_admin', 'VSS'),
    clerk: staffActor('staff', 'P01'),
  };
  const actors = new Map<string, Actor>(Object.entries(cast));
  actors.set('citizen', { type: 'citizen', personId: crypto.randomUUID(), subject: 's', sessionId: crypto.randomUUID() });
  // The recorder publishes on the app's bus so that the detector sees recorded and ingested events.
  const bus = createEventBus();
  const recorder = createMemoryRecorder(bus);
  const t = await createTestApp({}, clock, opts.auditLog ? { extraResolvers: [headerActorResolver(actors)] } : { recorder, bus, extraResolvers: [headerActorResolver(actors)] });
  const db = t.app.khien.database.db;
  await ensureReferenceData(db);
  const posture = t.app.khien.posture;
  if (!posture) throw new Error('posture module not wired');
  return {
    ...t,
    cast,
    recorder,
    posture,
    as: (who) => ({ 'x-test-actor': who }),
    // Posture's own acts; refusals (`posture.access_denied`, recorded by http/denial-audit.ts) are asserted apart.
    postureEvents: () => recorder.events.filter((e): e is AdminEvent => e.kind === 'admin' && e.action.startsWith('posture.') && e.action !== 'posture.access_denied'),
    count: async (table) => {
      if (!/^[a-z_]+$/.test(table)) throw new Error('bad table');
      return Number((await queryRows<{ n: number }>(db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n);
    },
  };
}
