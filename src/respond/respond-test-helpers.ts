/**
 * Test helpers of the respond module: staff actors with responder roles and an app acting through
 * `x-test-actor` (src/http/test-actor.ts), with an in-memory recorder whose events the tests inspect.
 */
import crypto from 'node:crypto';
import type { StaffActor } from '../actors/staff-actor.ts';
import type { Role } from '../actors/roles.ts';
import type { Actor } from '../actors/context.ts';
import { headerActorResolver } from '../app/test-actor.ts';
import { createTestApp, type TestApp } from '../app/test-app.ts';
import { createMemoryRecorder, type MemoryRecorder } from '../events/memory-recorder.ts';
import { ensureReferenceData } from '../seed/test-factories.ts';
import type { Clock } from '../platform/clock.ts';
import type { RespondModule } from './respond.module.ts';

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
export interface RespondCast {
  /** Security officer of the Hà Nội provincial office (P01). */
  officerHn: StaffActor;
  /** Security officer of the Hồ Chí Minh City provincial office (P79). */
  officerHcm: StaffActor;
  /** Central security administrator (whole agency). */
  central: StaffActor;
  /** Plain staff of P01. */
  clerk: StaffActor;
}

/** A respond test app. */
export interface RespondTestApp extends TestApp {
  readonly cast: RespondCast;
  readonly recorder: MemoryRecorder;
  readonly respond: RespondModule;
  /** Headers acting as a cast member. */
  as(who: keyof RespondCast | 'citizen'): Record<string, string>;
}

/**
 * Builds an app with the cast registered and reference data seeded.
 *
 * @param clock - the clock
 * @returns the app
 */
export async function createRespondTestApp(clock: Clock): Promise<RespondTestApp> {
  const cast: RespondCast = {
    officerHn: staffActor('security_officer', 'P01'),
    officerHcm: staffActor('security_officer', 'P79'),
    central: staffActor('central_security_admin', 'VSS'),
    clerk: staffActor('staff', 'P01'),
  };
  const actors = new Map<string, Actor>(Object.entries(cast));
  actors.set('citizen', { type: 'citizen', personId: crypto.randomUUID(), subject: 's', sessionId: crypto.randomUUID() });
  const recorder = createMemoryRecorder();
  const t = await createTestApp({}, clock, { recorder, extraResolvers: [headerActorResolver(actors)] });
  await ensureReferenceData(t.app.khien.database.db);
  const respond = t.app.khien.respond;
  if (!respond) throw new Error('respond module not wired');
  // The tests drive the breach sweep with the manual clock; the app's periodic one would race them.
  await respond.stopSweep();
  return { ...t, cast, recorder, respond, as: (who) => ({ 'x-test-actor': who }) };
}
