/**
 * Course-gated role grants (issue 17 item 4's option, off by default): with the setting on, a role is
 * granted only to staff whose courses mandatory for that role (or for everyone) are current; otherwise the
 * grant is refused with `KHIEN_GOVERN_COURSE_NOT_CURRENT` (`details.courses` lists the codes) and nothing is
 * written. Plugged into auth's grant checks by the govern wiring (auth is not changed beyond that port); the
 * check's shape is declared here structurally so that govern imports nothing of auth.
 */
import { trainingCoverage } from './coverage-figures.ts';
import { GovernErrors } from './govern.errors.ts';
import * as repo from './training.repo.ts';
import type { GovernDeps } from './govern.types.ts';

/** The setting of the gate (mutable so that an operator or a test can turn it on at run time). */
export interface CourseGateSettings {
  /** Refuse role grants to staff whose mandatory course is not current. Off by default. */
  grantRequiresCourse: boolean;
}

/** The grant about to be made, as auth's grant checks receive it (the fields the gate reads). */
export interface GrantToCheck {
  readonly staffId: string;
  readonly unitId: string;
  readonly role: string;
  readonly at: Date;
}

/** A grant check: resolves to allow, throws a catalogued client error to refuse. */
export type CourseGateCheck = (input: GrantToCheck) => Promise<void>;

/**
 * Reads the setting from the environment: `GOVERN_GRANT_REQUIRES_COURSE=1` (or `true`) turns it on.
 *
 * @param env - the environment
 * @returns the settings
 */
export function courseGateSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): CourseGateSettings {
  const v = env.GOVERN_GRANT_REQUIRES_COURSE?.trim().toLowerCase();
  return { grantRequiresCourse: v === '1' || v === 'true' };
}

/**
 * The grant check.
 *
 * @param deps - database
 * @param settings - the setting, read at each grant
 * @returns the check
 */
export function createCourseGate(deps: Pick<GovernDeps, 'db'>, settings: CourseGateSettings): CourseGateCheck {
  return async ({ staffId, unitId, role, at }) => {
    if (!settings.grantRequiresCourse) return;
    const courses = await repo.listCourses(deps.db);
    const { overdue } = trainingCoverage([{ id: staffId, unitId, roles: [role] }], courses, await repo.listAttendance(deps.db, [staffId]), at.toISOString().slice(0, 10));
    const lacking = overdue[0]?.courses ?? [];
    if (lacking.length > 0) {
      const err = new GovernErrors.COURSE_NOT_CURRENT(lacking.join(', '));
      err.details = { courses: lacking };
      throw err;
    }
  };
}
