/**
 * Training and briefing coverage (directive 000, annex 1.1–1.2 and 2.3: 100 % of staff briefed): courses with
 * the roles they are mandatory for, attendance imported from CSV or XLSX (platform/read-table.ts: csv-parse
 * and exceljs), coverage per unit against 100 % and the staff overdue, listed for their head.
 *
 * An import is all or nothing: every row is checked first; one bad row refuses the file with the list of row
 * errors and nothing is written.
 */
import { readTable, type TableFormat } from '../platform/read-table.ts';
import { newId } from '../platform/ids.ts';
import { GovernErrors } from './govern.errors.ts';
import { writeAudited } from './govern-events.ts';
import { WRITE_ROLES, covers, isCentral, requireRole, type Units } from './govern-scope.ts';
import { scopeOf } from './coverage-service.ts';
import { trainingCoverage, type UnitCoverage } from './coverage-figures.ts';
import * as repo from './training.repo.ts';
import { listActiveStaffWithRoles } from './active-staff.ts';
import type { Acting, GovernDeps } from './govern.types.ts';

/** A row error of an import. */
export interface RowError {
  row: number;
  field: string;
  code: 'MISSING' | 'UNKNOWN_STAFF' | 'OUT_OF_SCOPE' | 'UNKNOWN_COURSE' | 'BAD_DATE' | 'FUTURE_DATE';
}

/**
 * Parses `YYYY-MM-DD` or `DD/MM/YYYY` into `YYYY-MM-DD`.
 *
 * @param s - the cell
 * @returns the date or null
 */
export function parseDay(s: string): string | null {
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(s);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s))) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return dt.toISOString().slice(0, 10);
}

const STAFF_COLS = ['staff_no', 'ma_can_bo', 'mã_cán_bộ'];
const COURSE_COLS = ['course_code', 'ma_khoa', 'mã_khóa'];
const DATE_COLS = ['attended_on', 'ngay', 'ngày'];
const cell = (cells: Readonly<Record<string, string>>, names: readonly string[]): string => names.map((n) => cells[n]).find((v) => v !== undefined && v !== '') ?? '';

/**
 * Creates the training service.
 *
 * @param deps - database, clock, recorder
 * @param units - unit source
 * @returns the service
 */
export function createTrainingService(deps: GovernDeps, units: () => Promise<Units>) {
  const { db, clock } = deps;
  return {
    /**
     * Adds a course (central team).
     *
     * @param acting - the central team
     * @param input - code, title, kind, roles it is mandatory for (`*` = everyone), validity in months
     * @returns the course id
     * @throws KHIEN_GOVERN_CENTRAL_ONLY, KHIEN_GOVERN_COURSE_EXISTS
     */
    async createCourse(acting: Acting, input: { code: string; title: string; kind: 'course' | 'briefing'; mandatoryFor: readonly string[]; validityMonths: number }): Promise<{ id: string }> {
      if (!isCentral(acting.actor, clock.now())) throw new GovernErrors.CENTRAL_ONLY();
      return writeAudited(deps, acting, 'govern.course.create', async (tx, now) => {
        const id = newId();
        if (!(await repo.insertCourse(tx, { id, ...input, mandatoryFor: [...input.mandatoryFor], createdAt: now }))) throw new GovernErrors.COURSE_EXISTS();
        return { result: { id }, target: { type: 'govern_course', id }, after: { code: input.code, mandatoryFor: input.mandatoryFor } };
      });
    },

    /**
     * Every course.
     *
     * @param acting - a reader
     * @returns courses
     */
    async listCourses(acting: Acting): Promise<Array<{ id: string; code: string; title: string; kind: string; mandatoryFor: string[]; validityMonths: number }>> {
      scopeOf(acting, await units(), clock.now());
      return (await repo.listCourses(db)).map((c) => ({ id: c.id, code: c.code, title: c.title, kind: c.kind, mandatoryFor: c.mandatoryFor, validityMonths: c.validityMonths }));
    },

    /**
     * Imports attendance from CSV or XLSX (columns `staff_no`/`ma_can_bo`, `course_code`/`ma_khoa`,
     * `attended_on`/`ngay`). All rows are checked first; any bad row refuses the whole file.
     *
     * @param acting - a writer; every staff member must be in their scope
     * @param format - csv or xlsx
     * @param data - file bytes
     * @param dryRun - check every row and count, write nothing
     * @returns rows read and attendances added (repeats are skipped; a dry run counts the good rows)
     * @throws KHIEN_GOVERN_IMPORT_BAD_ROWS with `details.rows` listing each row error
     */
    async importAttendance(acting: Acting, format: TableFormat, data: Buffer, dryRun = false): Promise<{ rows: number; added: number; dryRun: boolean }> {
      const now = clock.now();
      requireRole(acting.actor, now, WRITE_ROLES);
      const rows = await readTable(format, data, (reason) => new GovernErrors.IMPORT_BAD_FILE(reason));
      const today = now.toISOString().slice(0, 10);
      const u = await units();
      const courses = new Map((await repo.listCourses(db)).map((c) => [c.code, c]));
      const staff = await repo.findActiveStaffByNumbers(db, [...new Set(rows.map((r) => cell(r.cells, STAFF_COLS).toUpperCase()).filter(Boolean))]);
      const errors: RowError[] = [];
      const good: Array<{ courseId: string; staffId: string; attendedOn: string }> = [];
      for (const r of rows) {
        const no = cell(r.cells, STAFF_COLS).toUpperCase();
        const code = cell(r.cells, COURSE_COLS);
        const day = cell(r.cells, DATE_COLS);
        const before = errors.length;
        const s = no ? staff.get(no) : undefined;
        if (!no) errors.push({ row: r.row, field: 'staff_no', code: 'MISSING' });
        else if (!s) errors.push({ row: r.row, field: 'staff_no', code: 'UNKNOWN_STAFF' });
        else if (!covers(acting.actor, s.unitId, u.tree, now, WRITE_ROLES)) errors.push({ row: r.row, field: 'staff_no', code: 'OUT_OF_SCOPE' });
        const c = code ? courses.get(code) : undefined;
        if (!code) errors.push({ row: r.row, field: 'course_code', code: 'MISSING' });
        else if (!c) errors.push({ row: r.row, field: 'course_code', code: 'UNKNOWN_COURSE' });
        const d = day ? parseDay(day) : null;
        if (!day) errors.push({ row: r.row, field: 'attended_on', code: 'MISSING' });
        else if (!d) errors.push({ row: r.row, field: 'attended_on', code: 'BAD_DATE' });
        else if (d > today) errors.push({ row: r.row, field: 'attended_on', code: 'FUTURE_DATE' });
        if (errors.length === before) good.push({ courseId: c!.id, staffId: s!.id, attendedOn: d! });
      }
      if (errors.length > 0) {
        const err = new GovernErrors.IMPORT_BAD_ROWS(new Set(errors.map((e) => e.row)).size);
        err.details = { rows: errors.slice(0, 500) };
        throw err;
      }
      // A dry run checks every row and says how many would be read, writing nothing.
      if (dryRun) return { rows: rows.length, added: good.length, dryRun: true };
      const importId = newId();
      return writeAudited(deps, acting, 'govern.attendance.import', async (tx, at) => {
        const added = await repo.insertAttendance(tx, good.map((g) => ({ id: newId(), ...g, importId, createdAt: at })));
        return { result: { rows: rows.length, added, dryRun: false }, target: { type: 'govern_attendance_import', id: importId }, after: { format, rows: rows.length, added } };
      });
    },

    /**
     * Training coverage per unit in scope, and the staff overdue (for their head).
     *
     * @param acting - a reader
     * @param unitId - optional subtree
     * @param page - optional page of the overdue list (its order: unit, then staff number); `overdueTotal` counts them all
     * @returns per unit, total, overdue staff with the courses they lack
     */
    async coverage(acting: Acting, unitId?: string, page?: { limit?: number; offset?: number }): Promise<{ units: UnitCoverage[]; total: UnitCoverage; overdue: Array<{ staffId: string; staffNo: string; fullName: string; unitId: string; courses: string[] }>; overdueTotal: number }> {
      const now = clock.now();
      const scope = scopeOf(acting, await units(), now, unitId);
      const staff = await listActiveStaffWithRoles(deps, scope, now);
      const out = trainingCoverage(staff, await repo.listCourses(db), await repo.listAttendance(db, staff.map((s) => s.id)), now.toISOString().slice(0, 10));
      const byId = new Map(staff.map((s) => [s.id, s]));
      const overdue = out.overdue.map((o) => ({ ...o, staffNo: byId.get(o.staffId)!.staffNo, fullName: byId.get(o.staffId)!.fullName })).sort((a, b) => a.unitId.localeCompare(b.unitId) || a.staffNo.localeCompare(b.staffNo));
      const start = page?.offset ?? 0;
      return { units: out.units, total: out.total, overdue: page?.limit !== undefined ? overdue.slice(start, start + page.limit) : overdue, overdueTotal: overdue.length };
    },
  };
}

/** The training service. */
export type TrainingService = ReturnType<typeof createTrainingService>;
