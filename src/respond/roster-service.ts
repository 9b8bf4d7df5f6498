/**
 * Managing the duty roster: responders add and remove duty windows for units in their scope, and ask who is
 * on duty. Each change is an AdminEvent (the roster decides who receives breach escalations and citizen reports).
 */
import type { AdminEvent } from '../events/types.ts';
import { newId } from '../platform/ids.ts';
import { RespondErrors } from './respond.errors.ts';
import { deleteDuty, findDuty, findOnDuty, insertDuty, listDuties, type OnDuty, type RosterRow } from './roster.ts';
import { eventActorOf } from './case-action.ts';
import { coversUnit, requireResponder, visibleUnits } from './responder-scope.ts';
import type { Acting, RespondDeps, TreeSource } from './respond.types.ts';
import { runInTransaction } from '../db/tx-context.ts';

/** A duty window as presented. */
export interface DutyView {
  id: string;
  unitId: string;
  accountId: string;
  startsAt: string;
  endsAt: string;
  primary: boolean;
}

/** Presents a roster row. */
export function presentDuty(r: RosterRow): DutyView {
  return { id: r.id, unitId: r.unitId, accountId: r.accountId, startsAt: r.startsAt.toISOString(), endsAt: r.endsAt.toISOString(), primary: r.primary };
}

/**
 * Creates the roster service.
 *
 * @param deps - database, clock, recorder, central unit
 * @param tree - cached unit tree
 * @returns the service functions
 */
export function createRosterService(deps: RespondDeps, tree: TreeSource) {
  const { db, clock, recorder } = deps;

  function event(acting: Acting, action: string, target: string, after: unknown): AdminEvent {
    return {
      id: newId(),
      kind: 'admin',
      time: clock.now().toISOString(),
      requestId: acting.requestId ?? null,
      source: { ip: acting.ip ?? null, userAgent: acting.userAgent ?? null, system: 'khien' },
      actor: eventActorOf(acting),
      action,
      target: { type: 'roster_duty', id: target },
      after,
      outcome: 'success',
    };
  }

  async function requireUnit(acting: Acting, unitId: string): Promise<void> {
    const now = clock.now();
    const actor = requireResponder(acting.actor, now);
    const t = await tree();
    if (!t.has(unitId)) throw new RespondErrors.UNKNOWN_UNIT(unitId);
    if (!coversUnit(actor, unitId, t, now)) throw new RespondErrors.FORBIDDEN_UNIT();
  }

  return {
    /**
     * Adds a duty window.
     *
     * @param acting - a responder covering the unit
     * @param input - unit, officer account, window, primary flag
     * @returns the window
     */
    async addDuty(acting: Acting, input: { unitId: string; accountId: string; startsAt: Date; endsAt: Date; primary?: boolean }): Promise<DutyView> {
      await requireUnit(acting, input.unitId);
      return runInTransaction(db, async (t) => {
        const row = await insertDuty(t, { ...input, createdBy: acting.actor?.accountId ?? null }, clock.now());
        await recorder.record(event(acting, 'respond.roster.add', row.id, presentDuty(row)), t);
        return presentDuty(row);
      });
    },

    /**
     * Removes a duty window.
     *
     * @param acting - a responder covering its unit
     * @param id - the window
     */
    async removeDuty(acting: Acting, id: string): Promise<void> {
      const row = await findDuty(db, id);
      const now = clock.now();
      const actor = requireResponder(acting.actor, now);
      if (!row || !coversUnit(actor, row.unitId, await tree(), now)) throw new RespondErrors.CASE_NOT_FOUND();
      await runInTransaction(db, async (t) => {
        await deleteDuty(t, id);
        await recorder.record(event(acting, 'respond.roster.remove', id, null), t);
      });
    },

    /**
     * Lists duty windows overlapping a period, for a unit subtree in scope (default: the whole scope).
     *
     * @param acting - a responder
     * @param q - unit, period
     * @returns windows
     */
    async listDuties(acting: Acting, q: { unitId?: string; from: Date; to: Date }): Promise<DutyView[]> {
      const now = clock.now();
      const actor = requireResponder(acting.actor, now);
      const t = await tree();
      let units = visibleUnits(actor, t, now);
      if (q.unitId) {
        if (!coversUnit(actor, q.unitId, t, now)) throw new RespondErrors.FORBIDDEN_UNIT();
        const sub = new Set(t.subtree(q.unitId));
        units = units.filter((u) => sub.has(u));
      }
      return (await listDuties(db, units, q.from, q.to)).map(presentDuty);
    },

    /**
     * Who is on duty for a unit now (nearest covering unit, then the central team).
     *
     * @param acting - a responder covering the unit
     * @param unitId - the unit
     * @returns officers on duty, primaries first
     * @throws KHIEN_RESPOND_NOBODY_ON_DUTY when nobody is
     */
    async onDuty(acting: Acting, unitId: string): Promise<OnDuty[]> {
      await requireUnit(acting, unitId);
      const out = await findOnDuty(db, await tree(), unitId, clock.now(), deps.centralUnitId);
      if (out.length === 0) throw new RespondErrors.NOBODY_ON_DUTY();
      return out;
    },

    /**
     * Who is on duty for a unit now, for other modules (no actor check).
     *
     * @param unitId - the unit
     * @returns officers on duty
     */
    async whoIsOnDuty(unitId: string): Promise<OnDuty[]> {
      return findOnDuty(db, await tree(), unitId, clock.now(), deps.centralUnitId);
    },
  };
}

/** The roster service. */
export type RosterService = ReturnType<typeof createRosterService>;
