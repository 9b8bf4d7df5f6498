/**
 * The action-plan register (directive 000's annex): each task with its lead unit, deadline and expected
 * result, and each unit's status and evidence. Units record their own progress; readers see their scope.
 */
import { newId } from '../platform/ids.ts';
import { GovernErrors } from './govern.errors.ts';
import { writeAudited } from './govern-events.ts';
import { WRITE_ROLES, requireRole, requireUnitInScope, type Units } from './govern-scope.ts';
import { scopeOf } from './coverage-service.ts';
import * as repo from './plan.repo.ts';
import type { Acting, GovernDeps } from './govern.types.ts';

/** Task statuses. */
export type TaskStatus = 'not_started' | 'in_progress' | 'done';

/** A task with the progress of the units asked about. */
export interface TaskView {
  id: string;
  code: string;
  groupTitle: string;
  task: string;
  leadUnit: string;
  cooperatingUnits: string;
  deadline: string;
  dueOn: string | null;
  expectedResult: string;
  progress: Array<{ unitId: string; status: TaskStatus; evidence: string; updatedAt: string }>;
}

/**
 * Presents tasks with progress.
 *
 * @param tasks - tasks
 * @param progress - progress rows
 * @returns views
 */
export function presentTasks(tasks: readonly repo.TaskRow[], progress: readonly repo.ProgressRow[]): TaskView[] {
  return tasks.map((t) => ({
    id: t.id,
    code: t.code,
    groupTitle: t.groupTitle,
    task: t.task,
    leadUnit: t.leadUnit,
    cooperatingUnits: t.cooperatingUnits,
    deadline: t.deadline,
    dueOn: t.dueOn,
    expectedResult: t.expectedResult,
    progress: progress.filter((p) => p.taskId === t.id).map((p) => ({ unitId: p.unitId, status: p.status, evidence: p.evidence, updatedAt: p.updatedAt.toISOString() })),
  }));
}

/**
 * Creates the register service.
 *
 * @param deps - database, clock, recorder
 * @param units - unit source
 * @returns the service
 */
export function createActionPlanService(deps: GovernDeps, units: () => Promise<Units>) {
  const { db, clock } = deps;
  return {
    /**
     * The register with the progress of the units in scope (or of one unit's subtree).
     *
     * @param acting - a reader
     * @param unitId - optional subtree
     * @returns tasks
     */
    async listTasks(acting: Acting, unitId?: string): Promise<TaskView[]> {
      const scope = scopeOf(acting, await units(), clock.now(), unitId);
      return presentTasks(await repo.listTasks(db), await repo.listProgress(db, scope));
    },

    /**
     * Records a unit's status and evidence for a task.
     *
     * @param acting - a writer covering the unit
     * @param taskId - the task
     * @param input - unit, status, evidence
     * @returns the task with that unit's progress
     * @throws KHIEN_GOVERN_TASK_NOT_FOUND
     */
    async setProgress(acting: Acting, taskId: string, input: { unitId: string; status: TaskStatus; evidence: string }): Promise<TaskView> {
      const now = clock.now();
      requireRole(acting.actor, now, WRITE_ROLES);
      requireUnitInScope(acting.actor, input.unitId, await units(), now, WRITE_ROLES);
      const task = await repo.findTask(db, taskId);
      if (!task) throw new GovernErrors.TASK_NOT_FOUND();
      const row = await writeAudited(deps, acting, 'govern.plan.progress', async (tx, at) => {
        const p = await repo.upsertProgress(tx, { id: newId(), taskId, unitId: input.unitId, status: input.status, evidence: input.evidence, updatedBy: acting.actor.accountId, updatedAt: at });
        return { result: p, target: { type: 'govern_plan_task', id: taskId }, after: { unitId: input.unitId, status: input.status } };
      });
      return presentTasks([task], [row])[0]!;
    },
  };
}

/** The register service. */
export type ActionPlanService = ReturnType<typeof createActionPlanService>;
