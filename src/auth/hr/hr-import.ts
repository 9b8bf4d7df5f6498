/**
 * HR file import: every row validated first (staff known, event valid for the person's state as it evolves
 * through the file, unit known, date well-formed) into a report; with any error nothing is applied; otherwise,
 * unless it is a dry run, every event is applied in one transaction (all or nothing).
 */
import { findStaffByNumbers, type Staff } from '../../org/org.repo.ts';
import { newId } from '../../platform/ids.ts';
import { AuthErrors } from '../auth.errors.ts';
import type { AuthContext } from '../auth-context.ts';
import { recordEvents, type AdminBy, type RequestOrigin } from '../auth-events.ts';
import { holdsRoleOver, loadUnitTree } from '../admin/scope.ts';
import { applyHrEventInTx, hrAdminEvent, HR_ADMIN_ROLES, nextStaffState, type HrApplied, type HrEventInput, type StaffState } from './hr-events.ts';
import { parseHrDate, parseHrKind, type RawHrRow } from './hr-file.ts';
import { applyHiresInTx, HIRE_EVENTS, prepareHires, validateHireRow, type NewHire } from './hr-hires.ts';
import { foldVietnamese } from '../passwords/vn-weak-passwords.ts';
import type { HrEventKind } from '../../org/hr.schema.ts';
import { runInTransaction } from '../../db/tx-context.ts';

/** A row-level problem (never echoes personal data beyond the staff number the file itself holds). */
export interface HrRowError {
  readonly row: number;
  readonly field: 'staff_no' | 'event' | 'effective_on' | 'new_unit_id' | 'row' | 'full_name' | 'unit_id' | 'role';
  readonly code: string;
}

/** The import report. */
export interface HrImportReport {
  readonly batchId: string | null;
  readonly dryRun: boolean;
  readonly rows: number;
  readonly valid: number;
  readonly errors: HrRowError[];
  readonly applied: boolean;
  /** Counts per kind of the valid rows. */
  readonly byKind: Readonly<Record<string, number>>;
  readonly sessionsRevoked: number;
  readonly grantsEnded: number;
  readonly vpnDisabled: number;
  /** What each valid row will change (dry run) or changed (applied), in file order. */
  readonly changes: HrChange[];
  /** Accounts created for new hires, with their temporary passwords (shown once; empty on a dry run). */
  readonly hires: Array<{ row: number; staffNo: string; accountId: string; role: string; unitId: string; temporaryPassword: string }>;
}

/** One row's change, as the dry-run table shows it (staff numbers and names of staff, no citizen data). */
export interface HrChange {
  readonly row: number;
  readonly staffNo: string;
  readonly fullName: string;
  readonly kind: HrEventKind | 'hire';
  readonly fromUnitId: string | null;
  readonly toUnitId: string | null;
  readonly effectiveOn: string;
  /** New hires: the role granted. */
  readonly role: string | null;
}

/** Progress callback: phase, rows done, rows total. */
export type HrProgress = (phase: 'validate' | 'prepare' | 'apply', done: number, total: number) => void;

/**
 * Validates rows into events.
 *
 * @param ctx - module dependencies
 * @param by - who imports (its scope limits the staff it may touch)
 * @param rows - raw rows
 * @param onProgress - progress
 * @returns events in file order, the staff records before, and errors
 */
export async function validateHrRows(
  ctx: AuthContext,
  by: AdminBy,
  rows: readonly RawHrRow[],
  onProgress: HrProgress = () => {},
): Promise<{ events: Array<{ row: number; event: HrEventInput; person: Staff }>; hires: NewHire[]; errors: HrRowError[] }> {
  const tree = await loadUnitTree(ctx);
  const numbers = [...new Set(rows.map((r) => r.staffNo.toUpperCase()).filter((n) => n !== ''))];
  const people = new Map<string, Staff>();
  for (let i = 0; i < numbers.length; i += 1_000) {
    for (const s of await findStaffByNumbers(ctx.db, numbers.slice(i, i + 1_000))) people.set(s.staffNo, s);
  }
  const state = new Map<string, StaffState>();
  const errors: HrRowError[] = [];
  const events: Array<{ row: number; event: HrEventInput; person: Staff }> = [];
  const hires: NewHire[] = [];
  const taken = new Set(people.keys());
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    if (i % 500 === 0) onProgress('validate', i, rows.length);
    if (HIRE_EVENTS.has(foldVietnamese(r.event.trim()).replace(/[\s-]+/g, '_'))) {
      const h = validateHireRow(r, { tree, by, taken, seen, now: ctx.clock.now() });
      if ('errors' in h) errors.push(...h.errors);
      else hires.push(h.hire);
      return;
    }
    const person = people.get(r.staffNo.toUpperCase());
    if (!person) {
      errors.push({ row: r.row, field: 'staff_no', code: r.staffNo ? 'staff_unknown' : 'staff_no_missing' });
      return;
    }
    if (by.type === 'staff' && !holdsRoleOver(tree, by, HR_ADMIN_ROLES, person.unitId, ctx.clock.now())) {
      errors.push({ row: r.row, field: 'staff_no', code: 'not_in_scope' });
      return;
    }
    const kind = parseHrKind(r.event);
    if (!kind) {
      errors.push({ row: r.row, field: 'event', code: 'event_unknown' });
      return;
    }
    const event: HrEventInput = { staffId: person.id, kind, effectiveOn: parseHrDate(r.effectiveOn), newUnitId: r.newUnitId || null, reason: r.reason || null };
    const current = state.get(person.id) ?? { status: person.status, unitId: person.unitId };
    const next = nextStaffState(current, event, (u) => tree.has(u));
    if ('error' in next) {
      const field = next.error.startsWith('effective_on') ? 'effective_on' : next.error.startsWith('new_unit') ? 'new_unit_id' : 'event';
      errors.push({ row: r.row, field, code: next.error });
      return;
    }
    state.set(person.id, next.next);
    events.push({ row: r.row, event, person });
  });
  onProgress('validate', rows.length, rows.length);
  return { events, hires, errors };
}

/**
 * Imports HR rows: validate, report, and (unless dry run or any error) apply all in one transaction.
 *
 * @param ctx - module dependencies
 * @param by - who imports
 * @param rows - raw rows from {@link readHrFile}
 * @param opts - dry run, origin, progress
 * @returns the report
 * @throws AuthErrors.HR_IMPORT_INVALID (with the report as details) when rows have errors and it is not a dry run
 */
export async function importHrRows(
  ctx: AuthContext,
  by: AdminBy,
  rows: readonly RawHrRow[],
  opts: { dryRun: boolean; origin: RequestOrigin; onProgress?: HrProgress },
): Promise<HrImportReport> {
  const { events, hires, errors } = await validateHrRows(ctx, by, rows, opts.onProgress);
  const byKind: Record<string, number> = {};
  for (const e of events) byKind[e.event.kind] = (byKind[e.event.kind] ?? 0) + 1;
  if (hires.length > 0) byKind.hire = hires.length;
  const changes: HrChange[] = [
    ...events.map((e) => ({
      row: e.row,
      staffNo: e.person.staffNo,
      fullName: e.person.fullName,
      kind: e.event.kind,
      fromUnitId: e.person.unitId,
      toUnitId: e.event.kind === 'transfer' ? (e.event.newUnitId ?? null) : null,
      effectiveOn: e.event.effectiveOn,
      role: null,
    })),
    ...hires.map((h) => ({ row: h.row, staffNo: h.staffNo, fullName: h.fullName, kind: 'hire' as const, fromUnitId: null, toUnitId: h.unitId, effectiveOn: h.effectiveOn, role: h.role })),
  ].sort((a, b) => a.row - b.row);
  const report: HrImportReport = {
    batchId: null,
    dryRun: opts.dryRun,
    rows: rows.length,
    valid: events.length + hires.length,
    errors,
    applied: false,
    byKind,
    sessionsRevoked: 0,
    grantsEnded: 0,
    vpnDisabled: 0,
    changes,
    hires: [],
  };
  if (errors.length > 0 && !opts.dryRun) {
    const err = new AuthErrors.HR_IMPORT_INVALID(errors.length);
    err.details = report;
    throw err;
  }
  if (opts.dryRun || (events.length === 0 && hires.length === 0)) return report;
  const at = ctx.clock.now();
  const batchId = newId();
  const prepared = await prepareHires(hires, (done, total) => opts.onProgress?.('prepare', done, total));
  if (events.length > 0) await recordEvents(ctx.recorder(), ...events.map((e) => hrAdminEvent(at, opts.origin, by, e.person, e.event, batchId)));
  let hired: Awaited<ReturnType<typeof applyHiresInTx>> = [];
  const applied: HrApplied[] = await runInTransaction(ctx.db, async (tx) => {
    try {
      hired = await applyHiresInTx(ctx, tx, prepared, { by, batchId, at, origin: opts.origin });
    } catch (err) {
      // A staff number or login taken by a concurrent change since validation: nothing of the file is written.
      if (err instanceof Error && 'code' in err && typeof err.code === 'string' && err.code.startsWith('KHIEN_')) throw err;
      throw new AuthErrors.ACCOUNT_EXISTS();
    }
    const out: HrApplied[] = [];
    for (const [i, e] of events.entries()) {
      if (i % 100 === 0) opts.onProgress?.('apply', i, events.length);
      out.push(await applyHrEventInTx(ctx, tx, e.event, { source: 'import', batchId, by, at }));
    }
    opts.onProgress?.('apply', events.length, events.length);
    return out;
  });
  return {
    ...report,
    batchId,
    applied: true,
    hires: hired.map((h) => ({ row: h.row, staffNo: h.staffNo, accountId: h.accountId, role: h.role, unitId: h.unitId, temporaryPassword: h.temporaryPassword })),
    sessionsRevoked: applied.reduce((n, a) => n + a.sessionsRevoked, 0),
    grantsEnded: applied.reduce((n, a) => n + a.grantsEnded, 0),
    vpnDisabled: applied.reduce((n, a) => n + a.vpnDisabled, 0),
  };
}
