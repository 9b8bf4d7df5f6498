/**
 * Setting and lifting withholding decisions: only the central security admin or an auditor, each act recorded
 * as an admin event; a change whose record fails is undone.
 */
import { ActorErrors } from '../actors/actor-errors.ts';
import { liveGrants } from '../actors/live-grants.ts';
import type { Database } from '../db/client.ts';
import type { AdminEvent, EventRecorder } from '../events/types.ts';
import type { Actor } from '../actors/context.ts';
import type { Clock } from '../platform/clock.ts';
import { newId } from '../platform/ids.ts';
import { CitizenErrors } from './citizen.errors.ts';
import { deleteWithholding, insertWithholding, liftWithholding, listWithholdings, unliftWithholding, type WithholdingRow } from './citizen.repo.ts';

/** What the admin service needs. */
export interface WithholdingAdminDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly recorder: EventRecorder;
}

/** A staff actor allowed to withhold. */
type Authorised = Extract<Actor, { type: 'staff' }>;

const ALLOWED_ROLES = new Set(['central_security_admin', 'auditor']);

/**
 * Checks that the caller holds a live central-security-admin or auditor role.
 *
 * @param actor - the caller
 * @param now - current time
 * @returns the staff actor
 * @throws KHIEN_AUTH_UNAUTHENTICATED without a caller; KHIEN_CITIZEN_STAFF_ONLY otherwise
 */
export function requireWithholdingRole(actor: Actor | null, now: Date): Authorised {
  if (!actor) throw new ActorErrors.UNAUTHENTICATED();
  if (actor.type !== 'staff') throw new CitizenErrors.STAFF_ONLY();
  const ok = liveGrants(actor, ALLOWED_ROLES, now).length > 0;
  if (!ok) throw new CitizenErrors.STAFF_ONLY();
  return actor;
}

/** Input of a new decision. */
export interface NewWithholding {
  readonly subjectPersonId?: string;
  readonly purpose?: string;
  readonly accessedFrom?: string;
  readonly accessedTo?: string;
  readonly withheldUntil: string;
  readonly reason: string;
}

function adminEvent(actor: Authorised, now: Date, requestId: string, action: string, id: string, after: unknown): AdminEvent {
  return {
    id: newId(),
    kind: 'admin',
    time: now.toISOString(),
    requestId,
    source: { system: 'khien', deviceId: actor.deviceId, deviceRegistered: actor.deviceRegistered },
    actor: {
      type: 'staff',
      accountId: actor.accountId,
      unitId: actor.unitId,
      provinceCode: actor.provinceCode,
      roles: actor.roles.map((r) => r.role),
      sessionId: actor.sessionId,
    },
    action,
    target: { type: 'citizen_withholding', id },
    after,
    outcome: 'success',
  };
}

/**
 * Creates a withholding decision.
 *
 * @param deps - database, clock, recorder
 * @param actor - the authorised staff member
 * @param input - scope, window, date, reason
 * @param requestId - request id for the admin event
 * @returns the stored decision
 * @throws KHIEN_CITIZEN_WITHHOLDING_SCOPE without subject and purpose; KHIEN_CITIZEN_WITHHOLDING_DATE for bad dates
 */
export async function createWithholding(
  deps: WithholdingAdminDeps,
  actor: Authorised,
  input: NewWithholding,
  requestId: string,
): Promise<WithholdingRow> {
  const now = deps.clock.now();
  if (!input.subjectPersonId && !input.purpose) throw new CitizenErrors.WITHHOLDING_SCOPE();
  const until = new Date(input.withheldUntil);
  const from = input.accessedFrom ? new Date(input.accessedFrom) : null;
  const to = input.accessedTo ? new Date(input.accessedTo) : null;
  if (Number.isNaN(until.getTime()) || until.getTime() <= now.getTime()) throw new CitizenErrors.WITHHOLDING_DATE();
  if ((from && Number.isNaN(from.getTime())) || (to && Number.isNaN(to.getTime())) || (from && to && to <= from)) {
    throw new CitizenErrors.WITHHOLDING_DATE();
  }
  const row: WithholdingRow = {
    id: newId(),
    subjectPersonId: input.subjectPersonId ?? null,
    purpose: input.purpose ?? null,
    accessedFrom: from,
    accessedTo: to,
    withheldUntil: until,
    reason: input.reason.trim(),
    createdBy: actor.accountId,
    createdAt: now,
    liftedAt: null,
    liftedBy: null,
  };
  // Change, then its record; if the record cannot be made, the change is undone (fail closed). Not one
  // transaction: the audit appender commits on its own connection, which PGlite (one connection) cannot share.
  await insertWithholding(deps.db, row);
  try {
    // The reason stays out of the event: it may describe an investigation.
    await deps.recorder.record(
      adminEvent(actor, now, requestId, 'citizen.withholding.create', row.id, {
        subjectPersonId: row.subjectPersonId,
        purpose: row.purpose,
        withheldUntil: until.toISOString(),
      }),
    );
  } catch {
    await deleteWithholding(deps.db, row.id);
    throw new CitizenErrors.AUDIT_UNAVAILABLE();
  }
  return row;
}

/**
 * Lifts a decision before its date.
 *
 * @throws KHIEN_CITIZEN_WITHHOLDING_NOT_FOUND when unknown or already lifted
 */
export async function liftWithholdingDecision(
  deps: WithholdingAdminDeps,
  actor: Authorised,
  id: string,
  requestId: string,
): Promise<WithholdingRow> {
  const now = deps.clock.now();
  const row = await liftWithholding(deps.db, id, actor.accountId, now);
  if (!row) throw new CitizenErrors.WITHHOLDING_NOT_FOUND();
  try {
    await deps.recorder.record(adminEvent(actor, now, requestId, 'citizen.withholding.lift', id, { liftedAt: now.toISOString() }));
  } catch {
    await unliftWithholding(deps.db, id);
    throw new CitizenErrors.AUDIT_UNAVAILABLE();
  }
  return row;
}

/** Lists decisions, newest first. */
export async function listWithholdingDecisions(
  deps: Pick<WithholdingAdminDeps, 'db'>,
  opts: { subjectPersonId?: string; limit: number },
): Promise<WithholdingRow[]> {
  return listWithholdings(deps.db, opts);
}

/** Presents a decision (dates as ISO text). */
export function presentWithholding(row: WithholdingRow): {
  id: string;
  subjectPersonId: string | null;
  purpose: string | null;
  accessedFrom: string | null;
  accessedTo: string | null;
  withheldUntil: string;
  reason: string;
  createdBy: string;
  createdAt: string;
  liftedAt: string | null;
} {
  return {
    id: row.id,
    subjectPersonId: row.subjectPersonId,
    purpose: row.purpose,
    accessedFrom: row.accessedFrom?.toISOString() ?? null,
    accessedTo: row.accessedTo?.toISOString() ?? null,
    withheldUntil: row.withheldUntil.toISOString(),
    reason: row.reason,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    liftedAt: row.liftedAt?.toISOString() ?? null,
  };
}
