/**
 * The six-monthly and yearly reports of a unit to the IT Centre (directive 000 §IV; due before 1 June and
 * before 15 November, and yearly), assembled from the action-plan register and the other parts of the
 * programme (dossiers, team, drills, training, inspections, violations), signed by the head of the reporting
 * unit with an Ed25519 key bound to their account (auth's, read through `deps.reads.signingKeys`), rendered as PDF, and rolled up nationally.
 *
 * What is signed is the canonical JSON (RFC 8785 style, platform/canonical-json.ts) of the stored content; its
 * SHA-256 is printed on the PDF and the signature can be verified by anyone holding the public key.
 */
import crypto from 'node:crypto';
import { canonicalJson } from '../platform/canonical-json.ts';
import { verifyEd25519 } from '../platform/ed25519.ts';
import { findStaff } from '../org/org.repo.ts';
import { newId } from '../platform/ids.ts';
import { GovernErrors } from './govern.errors.ts';
import { writeAudited } from './govern-events.ts';
import { WRITE_ROLES, isHeadOf, requireRole, requireUnitInScope, type Units } from './govern-scope.ts';
import { scopeOf } from './coverage-service.ts';
import { dossierCoverage, trainingCoverage } from './coverage-figures.ts';
import { dedicatedOfficerCheck, quarterlyMeetingCheck } from './team.ts';
import { reportPeriod, type ReportKind } from './report-periods.ts';
import { renderReportPdf } from './report-pdf.ts';
import * as govRepo from './govern.repo.ts';
import * as planRepo from './plan.repo.ts';
import * as teamRepo from './team.repo.ts';
import * as trainingRepo from './training.repo.ts';
import { listActiveStaffWithRoles } from './active-staff.ts';
import * as inspRepo from './inspection.repo.ts';
import type { Acting, GovernDeps } from './govern.types.ts';

/** What a report says (the signed content). */
// A type alias (not an interface) so that it is assignable to the route schema's record type.
export type ReportContent = {
  schema: 'khien.govern.report/1';
  unit: { id: string; name: string };
  kind: ReportKind;
  year: number;
  period: { from: string; to: string };
  dueOn: string;
  assembledAt: string;
  tasks: Array<{ code: string; task: string; leadUnit: string; deadline: string; status: string; evidence: string }>;
  dossiers: { total: number; covered: number; percent: number };
  team: { provinces: Array<{ unitId: string; name: string; dedicatedOfficers: number; status: 'green' | 'red' }>; quarters: Array<{ quarter: number; meetings: number; ok: boolean }> };
  drills: Array<{ heldOn: string; title: string; exercise: boolean }>;
  training: { total: number; covered: number; percent: number };
  inspections: { openFindings: number; overdueFindings: number };
  violations: number;
};

/** A report as presented. */
export interface ReportView {
  id: string;
  unitId: string;
  kind: ReportKind;
  year: number;
  dueOn: string;
  status: 'draft' | 'signed';
  contentSha256: string;
  assembledAt: string;
  signedBy: string | null;
  signedAt: string | null;
  signingKeyId: string | null;
  signature: string | null;
  content: ReportContent;
}

const present = (r: planRepo.ReportRow): ReportView => ({
  id: r.id,
  unitId: r.unitId,
  kind: r.kind,
  year: r.year,
  dueOn: r.dueOn,
  status: r.status,
  contentSha256: r.contentSha256,
  assembledAt: r.assembledAt.toISOString(),
  signedBy: r.signedBy,
  signedAt: r.signedAt?.toISOString() ?? null,
  signingKeyId: r.signingKeyId,
  signature: r.signature,
  content: r.content as unknown as ReportContent,
});

/**
 * The bytes that are signed: the canonical JSON of the content.
 *
 * @param content - the content
 * @returns UTF-8 bytes
 */
export function signedBytes(content: unknown): Buffer {
  return Buffer.from(canonicalJson(content), 'utf8');
}

const sha256 = (b: Buffer): string => crypto.createHash('sha256').update(b).digest('hex');

/**
 * Creates the report service.
 *
 * @param deps - database, clock, recorder
 * @param units - unit source
 * @returns the service
 */
export function createReportService(deps: GovernDeps, units: () => Promise<Units>) {
  const { db, clock } = deps;

  async function assembleContent(unitId: string, kind: ReportKind, year: number, now: Date): Promise<ReportContent> {
    const u = await units();
    const sub = [...u.tree.subtree(unitId)];
    const period = reportPeriod(kind, year);
    const today = now.toISOString().slice(0, 10);
    const tasks = await planRepo.listTasks(db);
    const progress = new Map((await planRepo.listProgress(db, [unitId])).map((p) => [p.taskId, p]));
    const systems = await govRepo.listSystemsOfUnits(db, sub);
    const dc = dossierCoverage(systems, await govRepo.listCurrentDossiers(db, systems.map((s) => s.id)), today).total;
    const provinces = sub.map((id) => u.byId.get(id)!).filter((x) => x.kind === 'province').sort((a, b) => a.id.localeCompare(b.id));
    const members = await teamRepo.listMembers(db, sub);
    const provinceOf = (id: string): string | null => u.tree.ancestors(id).find((a) => u.byId.get(a)?.kind === 'province') ?? null;
    const meetings = await teamRepo.listMeetings(db, sub, `${year}-01-01`, `${year}-12-31`);
    const drills = (await teamRepo.listDrills(db, sub)).filter((d) => d.heldOn >= period.from && d.heldOn <= period.to);
    const staff = await listActiveStaffWithRoles(deps, sub, now);
    const tc = trainingCoverage(staff, await trainingRepo.listCourses(db), await trainingRepo.listAttendance(db, staff.map((s) => s.id)), today).total;
    const open = await inspRepo.listFindings(db, sub, true);
    const viol = await inspRepo.listViolations(db, sub, period.from, period.to);
    return {
      schema: 'khien.govern.report/1',
      unit: { id: unitId, name: u.byId.get(unitId)?.name ?? unitId },
      kind,
      year,
      period: { from: period.from, to: period.to },
      dueOn: period.dueOn,
      assembledAt: now.toISOString(),
      tasks: tasks.map((t) => ({ code: t.code, task: t.task, leadUnit: t.leadUnit, deadline: t.deadline, status: progress.get(t.id)?.status ?? 'not_started', evidence: progress.get(t.id)?.evidence ?? '' })),
      dossiers: { total: dc.total, covered: dc.covered, percent: dc.percent },
      team: {
        provinces: dedicatedOfficerCheck(provinces, members, provinceOf, today).map((p) => ({ unitId: p.unitId, name: p.name, dedicatedOfficers: p.dedicatedOfficers, status: p.status })),
        quarters: quarterlyMeetingCheck(year, meetings, today).map((q) => ({ quarter: q.quarter, meetings: q.meetings, ok: q.ok })),
      },
      drills: drills.map((d) => ({ heldOn: d.heldOn, title: d.title, exercise: d.caseId !== null })),
      training: { total: tc.total, covered: tc.covered, percent: tc.percent },
      inspections: { openFindings: open.length, overdueFindings: open.filter((f) => f.deadline < today).length },
      violations: viol.length,
    };
  }

  async function load(acting: Acting, id: string): Promise<planRepo.ReportRow> {
    const r = await planRepo.findReport(db, id);
    if (!r) throw new GovernErrors.REPORT_NOT_FOUND();
    const scope = scopeOf(acting, await units(), clock.now());
    if (!scope.includes(r.unitId)) throw new GovernErrors.REPORT_NOT_FOUND();
    return r;
  }

  return {
    /**
     * Assembles (or re-assembles, while a draft) the report of a unit.
     *
     * @param acting - a writer covering the unit
     * @param input - unit, kind, year
     * @returns the draft
     * @throws KHIEN_GOVERN_REPORT_SIGNED when that report is already signed
     */
    async assemble(acting: Acting, input: { unitId: string; kind: ReportKind; year: number }): Promise<ReportView> {
      const now = clock.now();
      requireRole(acting.actor, now, WRITE_ROLES);
      requireUnitInScope(acting.actor, input.unitId, await units(), now, WRITE_ROLES);
      const content = await assembleContent(input.unitId, input.kind, input.year, now);
      const digest = sha256(signedBytes(content));
      return writeAudited(deps, acting, 'govern.report.assemble', async (tx, at) => {
        const existing = await planRepo.findReportOf(tx, input.unitId, input.kind, input.year);
        let row: planRepo.ReportRow;
        if (existing) {
          if (existing.status === 'signed') throw new GovernErrors.REPORT_SIGNED();
          await planRepo.updateReport(tx, existing.id, { content, contentSha256: digest, assembledBy: acting.actor.accountId, assembledAt: at });
          row = (await planRepo.findReport(tx, existing.id))!;
        } else {
          row = await planRepo.insertReport(tx, { id: newId(), unitId: input.unitId, kind: input.kind, year: input.year, dueOn: content.dueOn, content, contentSha256: digest, assembledBy: acting.actor.accountId, assembledAt: at });
        }
        return { result: present(row), target: { type: 'govern_report', id: row.id }, after: { unitId: row.unitId, kind: row.kind, year: row.year, contentSha256: digest } };
      });
    },

    /**
     * Reads a report.
     *
     * @param acting - a reader covering its unit
     * @param id - the report
     * @returns the report
     */
    async get(acting: Acting, id: string): Promise<ReportView> {
      return present(await load(acting, id));
    },

    /**
     * What the head signs: the canonical JSON of the content and its digest.
     *
     * @param acting - a reader covering the unit
     * @param id - the report
     * @returns canonical text and SHA-256
     */
    async payload(acting: Acting, id: string): Promise<{ canonical: string; sha256: string }> {
      const r = await load(acting, id);
      const bytes = signedBytes(r.content);
      return { canonical: bytes.toString('utf8'), sha256: sha256(bytes) };
    },

    /**
     * Signs a draft: only the head of the reporting unit, with a live key of their own account, and a
     * signature that verifies over the canonical content.
     *
     * @param acting - the head of the unit
     * @param id - the report
     * @param input - key id and signature (base64)
     * @returns the signed report
     * @throws KHIEN_GOVERN_NOT_UNIT_HEAD, KHIEN_GOVERN_KEY_NOT_FOUND, KHIEN_GOVERN_BAD_SIGNATURE, KHIEN_GOVERN_REPORT_SIGNED
     */
    async sign(acting: Acting, id: string, input: { keyId: string; signature: string }): Promise<ReportView> {
      const r = await load(acting, id);
      const now = clock.now();
      if (!isHeadOf(acting.actor, r.unitId, now)) throw new GovernErrors.NOT_UNIT_HEAD();
      if (r.status === 'signed') throw new GovernErrors.REPORT_SIGNED();
      const key = await deps.reads.signingKeys.liveKey(input.keyId, acting.actor.accountId);
      if (!key) throw new GovernErrors.KEY_NOT_FOUND();
      if (!verifyEd25519(key.publicKey, signedBytes(r.content), input.signature)) throw new GovernErrors.BAD_SIGNATURE();
      return writeAudited(deps, acting, 'govern.report.sign', async (tx, at) => {
        const locked = await planRepo.findReport(tx, id, true);
        if (!locked || locked.status === 'signed') throw new GovernErrors.REPORT_SIGNED();
        if (locked.contentSha256 !== r.contentSha256) throw new GovernErrors.BAD_SIGNATURE();
        await planRepo.updateReport(tx, id, { status: 'signed', signedBy: acting.actor.accountId, signedAt: at, signingKeyId: key.id, signature: input.signature });
        const row = (await planRepo.findReport(tx, id))!;
        return { result: present(row), target: { type: 'govern_report', id }, after: { status: 'signed', keyFingerprint: key.fingerprint, contentSha256: r.contentSha256 } };
      });
    },

    /**
     * Verifies a signed report against the signer's key.
     *
     * @param acting - a reader covering the unit
     * @param id - the report
     * @returns whether it verifies, the signer and the key fingerprint
     */
    async verify(acting: Acting, id: string): Promise<{ valid: boolean; signedBy: string | null; fingerprint: string | null; contentSha256: string }> {
      const r = await load(acting, id);
      const bytes = signedBytes(r.content);
      if (r.status !== 'signed' || !r.signingKeyId || !r.signature) return { valid: false, signedBy: null, fingerprint: null, contentSha256: sha256(bytes) };
      const key = await deps.reads.signingKeys.keyById(r.signingKeyId);
      const valid = !!key && key.accountId === r.signedBy && verifyEd25519(key.publicKey, bytes, r.signature);
      return { valid, signedBy: r.signedBy, fingerprint: key?.fingerprint ?? null, contentSha256: sha256(bytes) };
    },

    /**
     * The report as PDF.
     *
     * @param acting - a reader covering the unit
     * @param id - the report
     * @returns PDF bytes and a file name
     */
    async pdf(acting: Acting, id: string): Promise<{ pdf: Buffer; fileName: string }> {
      const r = await load(acting, id);
      let sig = null;
      if (r.status === 'signed' && r.signingKeyId && r.signature && r.signedAt) {
        const key = await deps.reads.signingKeys.keyById(r.signingKeyId);
        const signerStaff = acting.actor.accountId === r.signedBy ? await findStaff(db, acting.actor.staffId) : undefined;
        sig = { signerName: signerStaff?.fullName ?? `Tài khoản ${r.signedBy}`, signedAt: r.signedAt.toISOString(), fingerprint: key?.fingerprint ?? '', signature: r.signature };
      }
      const pdf = await renderReportPdf(r.content as unknown as ReportContent, r.contentSha256, sig);
      return { pdf, fileName: `bao-cao-attt-${r.unitId}-${r.kind}-${r.year}.pdf` };
    },

    /**
     * Reports of the units in scope for a year (and kind).
     *
     * @param acting - a reader
     * @param year - the year
     * @param kind - optional kind
     * @returns reports (without content)
     */
    async list(acting: Acting, year: number, kind?: ReportKind): Promise<Array<Omit<ReportView, 'content'>>> {
      const scope = scopeOf(acting, await units(), clock.now());
      return (await planRepo.listReports(db, scope, year, kind)).map((r) => {
        const { content: _c, ...rest } = present(r);
        void _c;
        return rest;
      });
    },

    /**
     * The national roll-up: for every provincial office and central unit in scope, whether its report is
     * missing, a draft or signed (late when signed after the due date), with its headline figures.
     *
     * @param acting - a reader
     * @param kind - the kind
     * @param year - the year
     * @returns per unit and totals
     */
    async rollup(acting: Acting, kind: ReportKind, year: number): Promise<{ dueOn: string; units: Array<{ unitId: string; name: string; status: 'missing' | 'draft' | 'signed'; late: boolean; tasksDone: number | null; dossierPercent: number | null; trainingPercent: number | null }>; totals: { units: number; signed: number; late: number; missing: number } }> {
      const u = await units();
      const scope = scopeOf(acting, u, clock.now());
      const reporting = scope.map((id) => u.byId.get(id)!).filter((x) => x.kind === 'province' || x.kind === 'central').sort((a, b) => a.id.localeCompare(b.id));
      const reports = new Map((await planRepo.listReports(db, reporting.map((x) => x.id), year, kind)).map((r) => [r.unitId, r]));
      const { dueOn } = reportPeriod(kind, year);
      const today = clock.now().toISOString().slice(0, 10);
      const rows = reporting.map((x) => {
        const r = reports.get(x.id);
        const c = r?.content as unknown as ReportContent | undefined;
        const signedOn = r?.signedAt?.toISOString().slice(0, 10);
        const late = r?.status === 'signed' ? signedOn! > dueOn : today > dueOn;
        const status: 'missing' | 'draft' | 'signed' = r?.status ?? 'missing';
        return {
          unitId: x.id,
          name: x.name,
          status,
          late,
          tasksDone: c ? c.tasks.filter((t) => t.status === 'done').length : null,
          dossierPercent: c ? c.dossiers.percent : null,
          trainingPercent: c ? c.training.percent : null,
        };
      });
      return {
        dueOn,
        units: rows,
        totals: { units: rows.length, signed: rows.filter((r) => r.status === 'signed').length, late: rows.filter((r) => r.late).length, missing: rows.filter((r) => r.status === 'missing').length },
      };
    },
  };
}

/** The report service. */
export type ReportService = ReturnType<typeof createReportService>;
