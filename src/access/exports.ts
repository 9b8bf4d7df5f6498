/**
 * Bulk export (anchors row 3d): every record is decided, the file is built server-side, and every record in it
 * is recorded as read. More than `exportApprovalThreshold` records needs the approval of a second person with
 * authority over the requester's unit and every province of the selection (four eyes; self-approval refused).
 * The file can be downloaded once, by the requester, within the window.
 */
import crypto from 'node:crypto';
import type { StaffActor } from '../actors/staff-actor.ts';
import type { DataCategory } from '../events/types.ts';
import { DATA_CATEGORIES } from '../events/types.ts';
import { newId } from '../platform/ids.ts';
import { AccessErrors } from './access.errors.ts';
import type { AccessContext } from './access-context.ts';
import { buildAccessEvent, buildAdminEvent, recordOrRefuse, type AccessCaller } from './access-events.ts';
import { findExportRequestForUpdate, insertExportRequest, insertNotifications, updateExportRequest, type ExportRequestRow } from './access.repo.ts';
import type { Decision } from './decision-types.ts';
import { buildExportFile, EXPORT_COLUMNS, weaveDecoys, type ExportRow } from './export-file.ts';
import { indexExportRequest } from './grant-sync.ts';
import { loadExportExtras, loadPersons, loadSubjectFacts } from '../registry/registry.repo.ts';
import { authorityOver, withinAuthority } from './signer-authority.ts';
import { runInTransaction } from '../db/tx-context.ts';

/** What an export request asks for. */
export interface ExportRequestInput {
  readonly personIds: readonly string[];
  readonly purpose: string;
  readonly categories: readonly DataCategory[];
  readonly format: 'csv' | 'xlsx';
  readonly recipientName: string;
  readonly reason: string;
}

/** A built file. */
export interface ExportFile {
  readonly filename: string;
  readonly contentType: string;
  readonly body: Buffer;
  readonly records: number;
}

type StaffCaller = AccessCaller & { actor: StaffActor };

function requestNo(at: Date): string {
  return `XK-${at.toISOString().slice(0, 10).replace(/-/g, '')}-${crypto.randomBytes(3).toString('hex').toUpperCase()}`;
}

/**
 * Files an export request. Every record must be exportable by the requester now (an assignment with the
 * export action covering it); otherwise the request is refused, recorded, and answered as not-found.
 * At or below the threshold the request is approved at once (no second person needed).
 *
 * @param ctx - access context
 * @param caller - the requester
 * @param input - selection, purpose, categories, format, recipient, reason
 * @returns the stored request
 */
export async function requestExport(ctx: AccessContext, caller: StaffCaller, input: ExportRequestInput): Promise<ExportRequestRow> {
  const ids = [...new Set(input.personIds)];
  if (ids.length > ctx.settings.exportMaxRecords) throw new AccessErrors.EXPORT_TOO_LARGE(ctx.settings.exportMaxRecords);
  const now = ctx.clock.now();
  const facts = await loadSubjectFacts(ctx.db, ids);
  let refusal: Decision | null = null;
  const categories = new Set<DataCategory>(input.categories);
  for (const id of ids) {
    const f = facts.get(id);
    const d = f ? ctx.decide(caller.actor, 'export', { kind: 'record', record: 'person', subject: f }, input.purpose) : null;
    if (!d || d.outcome === 'deny') {
      refusal = d;
      break;
    }
    for (const c of DATA_CATEGORIES) if (!d.categories.includes(c)) categories.delete(c);
  }
  if (refusal !== null || ids.some((id) => !facts.has(id)) || categories.size === 0) {
    await recordOrRefuse(ctx.recorder(), buildAccessEvent(caller, refusal, { action: 'export', resource: 'export', subjects: ids.filter((id) => facts.has(id)), fields: [], returns: [], purpose: input.purpose, reason: refusal?.reason ?? 'DENY_NOT_FOUND' }, now));
    if (refusal?.reason === 'DENY_UNKNOWN_PURPOSE') throw new AccessErrors.UNKNOWN_PURPOSE();
    throw new AccessErrors.NOT_FOUND();
  }
  const provinces = [...new Set(ids.map((id) => facts.get(id)!.provinceCode))].sort();
  const auto = ids.length <= ctx.settings.exportApprovalThreshold;
  const row = await runInTransaction(ctx.db, async (tx) => {
    const created = await insertExportRequest(tx, {
      id: newId(),
      requestNo: requestNo(now),
      requesterAccountId: caller.actor.accountId,
      requesterUnitId: caller.actor.unitId,
      recipientName: input.recipientName,
      purpose: input.purpose,
      categories: DATA_CATEGORIES.filter((c) => categories.has(c)),
      personIds: ids,
      provinces,
      format: input.format,
      reason: input.reason,
      status: auto ? 'approved' : 'pending',
      decidedAt: auto ? now : null,
      downloadExpiresAt: auto ? new Date(now.getTime() + ctx.settings.exportDownloadHours * 3_600_000) : null,
      canary: crypto.randomBytes(16).toString('hex'),
      createdAt: now,
    });
    if (!auto) {
      await insertNotifications(tx, [{ id: newId(), recipientRole: 'unit_head', recipientUnitId: caller.actor.unitId, kind: 'export.approval_needed', refId: created.id, createdAt: now }]);
    }
    await recordOrRefuse(ctx.recorder(), buildAdminEvent(caller, 'export.request', { type: 'export_request', id: created.id }, {
      after: { requestNo: created.requestNo, records: ids.length, provinces, categories: created.categories, format: created.format, autoApproved: auto },
      reason: input.reason,
    }, now), tx);
    return created;
  });
  if (auto) ctx.store.putExportRequest(indexExportRequest(row));
  return row;
}

/**
 * Approves or rejects a pending request. The decider must not be the requester and must be a unit head with
 * authority over the requester's unit and every province of the selection.
 *
 * @param ctx - access context
 * @param caller - the approver
 * @param id - the request
 * @param decision - approve or reject, with a note
 * @returns the updated request
 */
export async function decideExport(ctx: AccessContext, caller: StaffCaller, id: string, decision: { approve: boolean; note: string }): Promise<ExportRequestRow> {
  const now = ctx.clock.now();
  const row = await runInTransaction(ctx.db, async (tx) => {
    const req = await findExportRequestForUpdate(tx, id);
    if (!req) throw new AccessErrors.EXPORT_NOT_FOUND();
    if (req.requesterAccountId === caller.actor.accountId) throw new AccessErrors.EXPORT_SELF_APPROVAL();
    const authority = await authorityOver({ ...ctx, db: tx }, caller.actor.accountId, req.requesterUnitId);
    if (!withinAuthority(authority, req.provinces)) throw new AccessErrors.EXPORT_NOT_FOUND();
    if (req.status !== 'pending') throw new AccessErrors.EXPORT_NOT_PENDING();
    const set = decision.approve
      ? { status: 'approved' as const, approverAccountId: caller.actor.accountId, decidedAt: now, decisionNote: decision.note, downloadExpiresAt: new Date(now.getTime() + ctx.settings.exportDownloadHours * 3_600_000) }
      : { status: 'rejected' as const, approverAccountId: caller.actor.accountId, decidedAt: now, decisionNote: decision.note };
    await updateExportRequest(tx, id, set);
    await insertNotifications(tx, [{ id: newId(), recipientAccountId: req.requesterAccountId, kind: decision.approve ? 'export.approved' : 'export.rejected', refId: id, createdAt: now }]);
    await recordOrRefuse(ctx.recorder(), buildAdminEvent(caller, decision.approve ? 'export.approve' : 'export.reject', { type: 'export_request', id }, { after: { requestNo: req.requestNo, records: req.personIds.length }, reason: decision.note }, now), tx);
    return { ...req, ...set };
  });
  if (row.status === 'approved') ctx.store.putExportRequest(indexExportRequest(row));
  return row;
}

/**
 * Builds the file of an approved request, once. Every record is decided again (an assignment narrowed since
 * the approval drops the record), and every record in the file is recorded as read, in the transaction that
 * marks the request downloaded: if the record cannot be written, nothing is marked and nothing is sent.
 *
 * @param ctx - access context
 * @param caller - the requester
 * @param id - the request
 * @returns the file
 */
export async function downloadExport(ctx: AccessContext, caller: StaffCaller, id: string): Promise<ExportFile> {
  const now = ctx.clock.now();
  return runInTransaction(ctx.db, async (tx) => {
    const req = await findExportRequestForUpdate(tx, id);
    if (!req || req.requesterAccountId !== caller.actor.accountId) throw new AccessErrors.EXPORT_NOT_FOUND();
    if (req.status !== 'approved' || req.downloadedAt !== null || !req.downloadExpiresAt || now >= req.downloadExpiresAt) throw new AccessErrors.EXPORT_UNAVAILABLE();
    const facts = await loadSubjectFacts(tx, req.personIds);
    const allowed: string[] = [];
    const events = [];
    for (const pid of req.personIds) {
      const f = facts.get(pid);
      if (!f) continue;
      const d = ctx.decide(caller.actor, 'export', { kind: 'record', record: 'person', subject: f, exportRequestId: req.id }, req.purpose);
      const fields = d.outcome === 'allow' ? EXPORT_COLUMNS.filter((c) => d.categories.includes(c.category)).map((c) => c.key) : [];
      events.push(buildAccessEvent(caller, d, { action: 'export', resource: 'export', subjects: [pid], fields, returns: d.categories, purpose: req.purpose, justification: `export ${req.requestNo}` }, now));
      if (d.outcome === 'allow') allowed.push(pid);
    }
    const persons = new Map((await loadPersons(tx, allowed)).map((p) => [p.id, p]));
    const extras = await loadExportExtras(tx, allowed);
    const rows: ExportRow[] = allowed.flatMap((pid) => {
      const p = persons.get(pid);
      return p ? [{ ...p, ...extras.get(pid) }] : [];
    });
    const woven = weaveDecoys(rows, req.canary, rows[0]?.provinceCode as string | null ?? null);
    const body = await buildExportFile(req.format, { requestNo: req.requestNo, recipientName: req.recipientName, purpose: req.purpose, exportedAt: now.toISOString() }, req.categories as DataCategory[], woven, req.canary);
    await updateExportRequest(tx, id, { status: 'downloaded', downloadedAt: now });
    await recordOrRefuse(ctx.recorder(), [
      ...events,
      buildAdminEvent(caller, 'export.download', { type: 'export_request', id }, { after: { requestNo: req.requestNo, records: rows.length } }, now),
    ], tx);
    ctx.store.removeExportRequest(id);
    return {
      filename: `${req.requestNo}.${req.format}`,
      contentType: req.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      body,
      records: rows.length,
    };
  });
}
