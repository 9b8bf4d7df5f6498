/**
 * The one way posture records change: every act becomes an AdminEvent (`posture.<what>`) recorded inside the
 * transaction of the change (ARCHITECTURE.md "Writes"), so the audit log sees each act and a refused record
 * rolls the change back (fail closed). Events carry ids and facts, never personal data.
 */
import type { StaffActor } from '../actors/staff-actor.ts';
import type { Database } from '../db/client.ts';
import type { AdminEvent, AuditReceipt, EventActor, EventRecorder } from '../events/types.ts';
import type { Clock } from '../platform/clock.ts';
import { newId } from '../platform/ids.ts';
import { runInTransaction, type Tx } from '../db/tx-context.ts';

/** Who acts: a staff member through a request, or the system (sweeps, feeds). */
export interface Acting {
  readonly actor: StaffActor | null;
  readonly requestId?: string | null;
  readonly ip?: string | null;
  readonly userAgent?: string | null;
  /** Name of the system part acting when there is no staff actor (`posture/sweep`, `posture/feed:<system>`). */
  readonly system?: string;
}

/** What the posture services need. */
export interface PostureDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly recorder: EventRecorder;
}

/** One act to record. */
export interface PostureAct {
  /** Action without the `posture.` prefix, e.g. `asset.create`. */
  readonly action: string;
  readonly target: { readonly type: string; readonly id: string };
  readonly before?: unknown;
  readonly after?: unknown;
  readonly reason?: string | null;
}

function eventActorOf(acting: Acting): EventActor {
  const a = acting.actor;
  if (!a) return { type: 'system', accountId: null };
  return { type: 'staff', accountId: a.accountId, unitId: a.unitId, provinceCode: a.provinceCode, roles: a.roles.map((r) => r.role), sessionId: a.sessionId };
}

/**
 * Builds the AdminEvent of a posture act.
 *
 * @param acting - who acted
 * @param at - time of the act
 * @param act - the act
 * @returns the event
 */
export function postureEvent(acting: Acting, at: Date, act: PostureAct): AdminEvent {
  const a = acting.actor;
  return {
    id: newId(),
    kind: 'admin',
    time: at.toISOString(),
    requestId: acting.requestId ?? null,
    source: {
      ip: acting.ip ?? null,
      userAgent: acting.userAgent ?? null,
      deviceId: a?.deviceId ?? null,
      deviceRegistered: a?.deviceRegistered ?? null,
      system: a ? 'khien' : `khien/${acting.system ?? 'posture'}`,
    },
    actor: eventActorOf(acting),
    action: `posture.${act.action}`,
    target: { type: act.target.type, id: act.target.id },
    before: act.before,
    after: act.after,
    reason: act.reason ?? null,
    outcome: 'success',
  };
}

/**
 * Records one act inside the caller's transaction.
 *
 * @param deps - recorder
 * @param acting - who acted
 * @param at - time (from the Clock)
 * @param act - the act
 * @param tx - the caller's transaction (the record commits or rolls back with the change)
 * @returns the audit receipt
 * @throws whatever the recorder throws (the caller's transaction then rolls back)
 */
export async function recordPostureAct(deps: Pick<PostureDeps, 'recorder'>, acting: Acting, at: Date, act: PostureAct, tx: Tx): Promise<AuditReceipt> {
  return deps.recorder.record(postureEvent(acting, at, act), tx);
}

/**
 * Runs work in one transaction; the work passes `tx` to {@link recordPostureAct} so the record joins it.
 *
 * @param db - database
 * @param fn - the work
 * @returns its result
 */
export function inTransaction<T>(db: Database, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return runInTransaction(db, fn);
}
