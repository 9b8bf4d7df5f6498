/**
 * Test helpers of the govern module: a cast of staff actors acting through `x-test-actor`
 * (src/http/test-actor.ts) on an app with reference data, and an in-memory recorder to inspect events.
 */
import type { StaffActor } from '../actors/staff-actor.ts';
import type { Actor } from '../actors/context.ts';
import { headerActorResolver } from '../app/test-actor.ts';
import { createTestApp, type TestApp } from '../app/test-app.ts';
import { createMemoryRecorder, type MemoryRecorder } from '../events/memory-recorder.ts';
import { ensureReferenceData } from '../seed/test-factories.ts';
import type { Clock } from '../platform/clock.ts';
import { staffActor } from '../respond/respond-test-helpers.ts';
import type { GovernModule } from './govern.module.ts';

/** The test cast. */
export interface GovernCast {
  /** Central security administrator (IT Centre, whole agency). */
  central: StaffActor;
  /** Head of the agency (unit_head on the root `VSS`). */
  agencyHead: StaffActor;
  /** Head of the Hà Nội provincial office (P01). */
  headHn: StaffActor;
  /** Head of the Hồ Chí Minh City provincial office (P79). */
  headHcm: StaffActor;
  /** Security officer of P01. */
  officerHn: StaffActor;
  /** Security officer of P79. */
  officerHcm: StaffActor;
  /** Auditor of the whole agency (read only). */
  auditor: StaffActor;
  /** Plain staff of P01. */
  clerk: StaffActor;
}

/** A govern test app. */
export interface GovernTestApp extends TestApp {
  readonly cast: GovernCast;
  readonly recorder: MemoryRecorder;
  readonly govern: GovernModule;
  /** Headers acting as a cast member. */
  as(who: keyof GovernCast): Record<string, string>;
  /** Admin events recorded with an action. */
  actions(action: string): number;
}

/**
 * Builds an app with the cast registered and reference data seeded.
 *
 * @param clock - the clock
 * @returns the app
 */
export async function createGovernTestApp(clock: Clock): Promise<GovernTestApp> {
  const cast: GovernCast = {
    central: staffActor('central_security_admin', 'VSS'),
    agencyHead: staffActor('unit_head', 'VSS'),
    headHn: staffActor('unit_head', 'P01'),
    headHcm: staffActor('unit_head', 'P79'),
    officerHn: staffActor('security_officer', 'P01'),
    officerHcm: staffActor('security_officer', 'P79'),
    auditor: staffActor('auditor', 'VSS'),
    clerk: staffActor('staff', 'P01'),
  };
  const actors = new Map<string, Actor>(Object.entries(cast));
  const recorder = createMemoryRecorder();
  const t = await createTestApp({}, clock, { recorder, extraResolvers: [headerActorResolver(actors)] });
  await ensureReferenceData(t.app.khien.database.db);
  const govern = t.app.khien.govern;
  if (!govern) throw new Error('govern module not wired');
  await t.app.khien.respond?.stopSweep();
  return {
    ...t,
    cast,
    recorder,
    govern,
    as: (who) => ({ 'x-test-actor': who }),
    actions: (action) => recorder.events.filter((e) => e.kind === 'admin' && e.action === action).length,
  };
}
