/**
 * Working a case: notes, tasks and observables, each a timeline entry and an AdminEvent; and the scoped loader
 * every case operation starts with.
 */
import type { EventRecorder } from '../events/types.ts';
import type { UnitTree } from '../org/unit-tree.ts';
import { newId } from '../platform/ids.ts';
import { RespondErrors } from './respond.errors.ts';
import * as repo from './respond.repo.ts';
import type { CaseRow } from './respond.repo.ts';
import { recordCaseAction } from './case-action.ts';
import { coversUnit, requireResponder } from './responder-scope.ts';
import type { Acting, RespondDeps, TreeSource } from './respond.types.ts';
import type { OBSERVABLE_TYPES, TASK_STATUSES } from './respond.schema.ts';
import { runInTransaction, type Tx } from '../db/tx-context.ts';

type ObservableType = (typeof OBSERVABLE_TYPES)[number];
type TaskStatus = (typeof TASK_STATUSES)[number];

/**
 * Loads a case the responder may see.
 *
 * @param deps - database and clock
 * @param tree - cached unit tree
 * @param acting - the responder
 * @param caseId - the case
 * @returns the case and the tree
 * @throws KHIEN_AUTH_UNAUTHENTICATED / FORBIDDEN; KHIEN_RESPOND_CASE_NOT_FOUND when absent or out of scope
 *   (a denial looks like not-found)
 */
export async function loadCaseFor(deps: RespondDeps, tree: TreeSource, acting: Acting, caseId: string): Promise<{ row: CaseRow; tree: UnitTree }> {
  const now = deps.clock.now();
  const actor = requireResponder(acting.actor, now);
  const t = await tree();
  const row = await repo.findCase(deps.db, caseId);
  if (!row || !coversUnit(actor, row.unitId, t, now)) throw new RespondErrors.CASE_NOT_FOUND();
  return { row, tree: t };
}

/**
 * Adds an observable and records it (inside the caller's transaction); nothing when already present.
 *
 * @param t - the transaction
 * @param recorder - event recorder
 * @param now - time of the action
 * @param acting - who acted
 * @param caseId - the case
 * @param type - observable type
 * @param value - the value (person: internal id)
 * @param note - optional note
 * @returns whether it was new
 */
export async function addObservableAction(
  t: Tx,
  recorder: EventRecorder,
  now: Date,
  acting: Acting,
  caseId: string,
  type: ObservableType,
  value: string,
  note: string | null,
): Promise<boolean> {
  const added = await repo.insertObservable(t, { id: newId(), caseId, type, value, note, addedAt: now });
  if (added) {
    await recordCaseAction(t, recorder, acting, now, {
      caseId,
      action: 'observable.added',
      summary: `Thêm dấu hiệu (${type}) / Observable added (${type})`,
      // Person observables are internal ids; still, keep only the type in the event detail.
      data: type === 'person' ? { type } : { type, value },
    });
  }
  return added;
}

/**
 * Creates the case-work functions.
 *
 * @param deps - database, clock, recorder
 * @param tree - cached unit tree
 * @returns notes, tasks, observables
 */
export function createCaseWork(deps: RespondDeps, tree: TreeSource) {
  const { db, clock, recorder } = deps;
  const tx = <T>(fn: (t: Tx) => Promise<T>): Promise<T> => runInTransaction(db, fn);
  const loadCase = (acting: Acting, caseId: string): Promise<{ row: CaseRow; tree: UnitTree }> => loadCaseFor(deps, tree, acting, caseId);
  const addObservableIn = (t: Tx, acting: Acting, caseId: string, type: ObservableType, value: string, note: string | null): Promise<boolean> =>
    addObservableAction(t, recorder, clock.now(), acting, caseId, type, value, note);

  return {
    /**
     * Adds a note to the timeline.
     *
     * @param acting - the responder
     * @param caseId - the case
     * @param text - the note (kept in the timeline, not in the event)
     */
    async addNote(acting: Acting, caseId: string, text: string): Promise<void> {
      await loadCase(acting, caseId);
      const now = clock.now();
      await tx(async (d) => {
        await repo.updateCase(d, caseId, { updatedAt: now });
        await recordCaseAction(d, recorder, acting, now, {
          caseId,
          action: 'note.added',
          summary: text.normalize('NFC'),
          // The event carries only the fact of a note: its text may mention people.
          after: { caseId, note: true },
        });
      });
    },

    /**
     * Adds a task.
     *
     * @param acting - the responder
     * @param caseId - the case
     * @param input - title, assignee, due time
     * @returns the task id
     */
    async addTask(acting: Acting, caseId: string, input: { title: string; assigneeAccountId?: string | null; dueAt?: Date | null }): Promise<{ id: string }> {
      const { row } = await loadCase(acting, caseId);
      if (row.status === 'closed') throw new RespondErrors.CASE_CLOSED();
      const now = clock.now();
      return tx(async (d) => {
        const task = await repo.insertTask(d, {
          id: newId(),
          caseId,
          title: input.title,
          assigneeAccountId: input.assigneeAccountId ?? null,
          dueAt: input.dueAt ?? null,
          createdAt: now,
        });
        await repo.updateCase(d, caseId, { updatedAt: now });
        await recordCaseAction(d, recorder, acting, now, {
          caseId,
          action: 'task.added',
          summary: `Thêm nhiệm vụ / Task added: ${task.title}`,
          target: { type: 'case_task', id: task.id },
          data: { taskId: task.id, assigneeAccountId: task.assigneeAccountId },
        });
        return { id: task.id };
      });
    },

    /**
     * Changes a task's status or assignee.
     *
     * @param acting - the responder
     * @param caseId - the case
     * @param taskId - the task
     * @param change - status and/or assignee
     */
    async updateTask(acting: Acting, caseId: string, taskId: string, change: { status?: TaskStatus; assigneeAccountId?: string | null }): Promise<void> {
      await loadCase(acting, caseId);
      const now = clock.now();
      await tx(async (d) => {
        const task = await repo.findTask(d, caseId, taskId);
        if (!task) throw new RespondErrors.TASK_NOT_FOUND();
        const set: Parameters<typeof repo.updateTask>[2] = {};
        if (change.status && change.status !== task.status) {
          set.status = change.status;
          set.completedAt = change.status === 'open' ? null : now;
        }
        if (change.assigneeAccountId !== undefined) set.assigneeAccountId = change.assigneeAccountId;
        if (Object.keys(set).length === 0) return;
        await repo.updateTask(d, taskId, set);
        await repo.updateCase(d, caseId, { updatedAt: now });
        await recordCaseAction(d, recorder, acting, now, {
          caseId,
          action: change.status ? `task.${change.status}` : 'task.updated',
          summary: `Nhiệm vụ / Task: ${task.title} → ${change.status ?? task.status}`,
          target: { type: 'case_task', id: taskId },
          before: { status: task.status, assigneeAccountId: task.assigneeAccountId },
          after: { status: set.status ?? task.status, assigneeAccountId: set.assigneeAccountId ?? task.assigneeAccountId },
          data: { taskId },
        });
      });
    },

    /**
     * Adds an observable (account, IP address, device, person by internal id).
     *
     * @param acting - the responder
     * @param caseId - the case
     * @param input - type, value, note
     * @returns whether it was new
     */
    async addObservable(acting: Acting, caseId: string, input: { type: ObservableType; value: string; note?: string | null }): Promise<{ added: boolean }> {
      await loadCase(acting, caseId);
      const now = clock.now();
      return tx(async (d) => {
        const added = await addObservableIn(d, acting, caseId, input.type, input.value, input.note ?? null);
        if (added) await repo.updateCase(d, caseId, { updatedAt: now });
        return { added };
      });
    },
  };
}

/** The case-work functions. */
export type CaseWork = ReturnType<typeof createCaseWork>;
