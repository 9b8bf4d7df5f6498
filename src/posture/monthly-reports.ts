/**
 * The monthly technical security report of a unit (directive 001 §1: "Báo cáo kỹ thuật tình hình an toàn
 * thông tin hàng tháng"): assembled from the month's records (assets and changes, findings opened, fixed and
 * overdue, warning lists confirmed, alerts and incidents, monitoring coverage and silent sources,
 * suspensions), reviewed and signed by the unit head with Ed25519 over the canonical JSON of the content
 * (RFC 8785 style, platform/canonical-json.ts) with a key bound to the head's account. The content hash goes
 * into the audit log with the signature event, so a later edit shows: the stored content no longer hashes to
 * the signed value, and the audit log still holds what was signed. A national roll-up shows which units have
 * not reported.
 */
import { ActorErrors } from '../actors/actor-errors.ts';
import crypto from 'node:crypto';
import { canonicalJson } from '../platform/canonical-json.ts';
import { findUnit, listUnits } from '../org/org.repo.ts';
import type { UnitTree } from '../org/unit-tree.ts';
import { newId } from '../platform/ids.ts';
import { inTransaction, postureEvent, type Acting, type PostureDeps } from './posture-action.ts';
import { PostureErrors } from './posture.errors.ts';
import { requirePostureScope, requireVisibleUnit, type PostureScope } from './posture-scope.ts';
import * as repo from './report.repo.ts';
import type { ReportRow } from './report.repo.ts';
import { verifyEd25519 } from '../platform/ed25519.ts';

/** Alerts, incidents and suspensions of a unit subtree in a period (from detect and respond, through a port). */
export interface ActivityFigures {
  alerts: { total: number; critical: number; high: number; medium: number; low: number };
  cases: number;
  breaches: number;
  suspensions: number;
}

/** Reads activity figures (a port connected in `app/posture-ports.ts`). */
export type ActivityLookup = (units: readonly string[], from: Date, to: Date) => Promise<ActivityFigures>;
/** Reads the content hash that the audit log recorded with a report's signature (a port connected in `app/posture-ports.ts`). */
export type SignRecordLookup = (eventId: string, at: Date) => Promise<string | null>;

/** A signing key bound to a staff account, as the reports need it (the keys are auth's). */
export interface ReportSigningKey {
  readonly id: string;
  readonly accountId: string;
  /** Raw 32-byte Ed25519 public key, base64. */
  readonly publicKey: string;
}

/** Reads the signing keys bound to accounts (a port connected in `app/wire-posture.ts` to auth's look-ups). */
export interface SigningKeyLookup {
  /** The newest live (not revoked) key of an account. */
  newestLiveKey(accountId: string): Promise<ReportSigningKey | undefined>;
  /** Any key by id (revoked ones too: a signature made before revocation still verifies). */
  keyById(id: string): Promise<ReportSigningKey | undefined>;
}

/** The canonical content of a report. */
export type ReportContent = Record<string, unknown>;

/** A report summary as the API shows it. */
export interface ReportView {
  id: string;
  unitId: string;
  month: string;
  status: string;
  generatedAt: string;
  signedAt: string | null;
  signedBy: string | null;
  contentHash: string | null;
}

/** Result of a verification. */
export interface ReportVerification {
  valid: boolean;
  signatureValid: boolean;
  contentUnchanged: boolean;
  auditRecorded: boolean;
  contentHash: string | null;
}

const sha256 = (s: string): string => crypto.createHash('sha256').update(s, 'utf8').digest('hex');

/**
 * The SHA-256 of a content's canonical JSON.
 *
 * @param content - report content
 * @returns hex digest
 */
export function contentHashOf(content: ReportContent): string {
  return sha256(canonicalJson(content));
}

/**
 * Parses `YYYY-MM` into the month's bounds (Vietnam time, UTC+7).
 *
 * @param month - `YYYY-MM`
 * @returns first day (`YYYY-MM-01`) and the instants bounding the month
 */
export function monthBounds(month: string): { first: string; from: Date; to: Date } {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) throw new PostureErrors.BAD_MONTH();
  const y = Number(m[1]);
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) throw new PostureErrors.BAD_MONTH();
  const offset = 7 * 3_600_000;
  return { first: `${m[1]}-${m[2]}-01`, from: new Date(Date.UTC(y, mo - 1, 1) - offset), to: new Date(Date.UTC(y, mo, 1) - offset) };
}

/**
 * Presents a report.
 *
 * @param r - the row
 * @returns the view
 */
export function presentReport(r: ReportRow): ReportView {
  return {
    id: r.id,
    unitId: r.unitId,
    month: r.month.slice(0, 7),
    status: r.status,
    generatedAt: r.generatedAt.toISOString(),
    signedAt: r.signedAt?.toISOString() ?? null,
    signedBy: r.signedBy,
    contentHash: r.contentHash,
  };
}

/** The monthly-report service. */
export type MonthlyReportService = ReturnType<typeof createMonthlyReportService>;

/**
 * Creates the service.
 *
 * @param deps - database, clock, recorder
 * @param tree - unit tree source
 * @param ports - activity figures, the audit sign record and the signing keys
 * @returns the service
 */
export function createMonthlyReportService(
  deps: PostureDeps,
  tree: () => Promise<UnitTree>,
  ports: { activity(): ActivityLookup | null; signRecord(): SignRecordLookup | null; readonly signingKeys: SigningKeyLookup },
) {
  const { db, clock } = deps;

  async function load(scope: PostureScope, id: string): Promise<ReportRow> {
    const r = await repo.findReport(db, id);
    if (!r || !scope.canSee(r.unitId)) throw new PostureErrors.REPORT_NOT_FOUND();
    return r;
  }

  async function verifyRow(r: ReportRow): Promise<ReportVerification> {
    if (r.status !== 'signed' || !r.signature || !r.signingKeyId || !r.contentHash) {
      return { valid: false, signatureValid: false, contentUnchanged: false, auditRecorded: false, contentHash: r.contentHash };
    }
    const key = await ports.signingKeys.keyById(r.signingKeyId);
    const canonical = canonicalJson(r.content);
    const signatureValid = !!key && key.accountId === r.signedBy && verifyEd25519(key.publicKey, Buffer.from(canonical, 'utf8'), r.signature);
    const contentUnchanged = sha256(canonical) === r.contentHash;
    const lookup = ports.signRecord();
    const recorded = lookup && r.signEventId && r.signedAt ? await lookup(r.signEventId, r.signedAt) : null;
    const auditRecorded = recorded !== null && recorded === sha256(canonical) && recorded === r.contentHash;
    return { valid: signatureValid && contentUnchanged && auditRecorded, signatureValid, contentUnchanged, auditRecorded, contentHash: r.contentHash };
  }

  return {
    /**
     * Assembles (or re-assembles) the draft report of a unit for a month that is over.
     *
     * @param acting - a security officer or the head over the unit
     * @param unitId - the unit
     * @param month - `YYYY-MM`
     * @returns the report with its content
     * @throws KHIEN_POSTURE_BAD_MONTH, KHIEN_POSTURE_REPORT_SIGNED
     */
    async generate(acting: Acting, unitId: string, month: string) {
      const t = await tree();
      const now = clock.now();
      const scope = requirePostureScope(acting.actor, t, now);
      requireVisibleUnit(scope, t, unitId);
      if (!scope.canWork(unitId) && !scope.isHeadOf(unitId)) throw new ActorErrors.FORBIDDEN();
      const b = monthBounds(month);
      if (b.to.getTime() > now.getTime()) throw new PostureErrors.BAD_MONTH();
      const existing = await repo.findReportFor(db, unitId, b.first);
      if (existing?.status === 'signed') throw new PostureErrors.REPORT_SIGNED();
      const units = [...t.subtree(unitId)];
      const unit = await findUnit(db, unitId);
      const figures = await repo.postureFigures(db, units, b.from, b.to);
      const activity = ports.activity();
      const content: ReportContent = {
        format: 'khien.posture.monthly-report/1',
        unit: { id: unitId, name: unit?.name ?? unitId },
        month,
        period: { from: b.from.toISOString(), to: b.to.toISOString() },
        generatedAt: now.toISOString(),
        assets: figures.assets,
        findings: figures.findings,
        warnings: figures.warnings,
        activity: activity ? await activity(units, b.from, b.to) : null,
        monitoring: { feeds: figures.feeds.total, silentFeeds: figures.feeds.silent, silentAssets: figures.assets.silent },
      };
      const id = existing?.id ?? newId();
      await inTransaction(db, async (tx) => {
        await repo.upsertDraft(tx, { id, unitId, month: b.first, content, generatedAt: now, generatedBy: acting.actor!.accountId, status: 'draft' });
        await deps.recorder.record(postureEvent(acting, now, { action: 'report.generate', target: { type: 'report', id }, after: { unitId, month, contentHash: contentHashOf(content) } }), tx);
      });
      return this.get(acting, id);
    },

    /**
     * Reads a report with its content and the exact canonical text a signer signs.
     *
     * @param acting - the caller
     * @param id - report id
     * @returns the report
     */
    async get(acting: Acting, id: string) {
      const scope = requirePostureScope(acting.actor, await tree(), clock.now());
      const r = await load(scope, id);
      return { ...presentReport(r), content: r.content, canonical: canonicalJson(r.content) };
    },

    /**
     * Lists reports of the units the caller sees.
     *
     * @param acting - the caller
     * @param f - unit (with its subtree) and month
     * @returns reports
     */
    async list(acting: Acting, f: { unitId?: string; month?: string }): Promise<ReportView[]> {
      const t = await tree();
      const scope = requirePostureScope(acting.actor, t, clock.now());
      if (f.unitId) requireVisibleUnit(scope, t, f.unitId);
      const rows = await repo.listReports(db, f.month ? monthBounds(f.month).first : undefined);
      return rows.filter((r) => scope.canSee(r.unitId) && (!f.unitId || t.isWithin(r.unitId, f.unitId))).map(presentReport);
    },

    /**
     * Signs a report: the unit head sends an Ed25519 signature over the canonical content made with the key
     * registered for the account; the content hash is appended to the audit log in the same transaction.
     *
     * @param acting - the unit head
     * @param id - report id
     * @param signature - base64 signature
     * @returns the report
     * @throws KHIEN_POSTURE_HEAD_ONLY, KHIEN_POSTURE_REPORT_SIGNED, KHIEN_POSTURE_NO_SIGNING_KEY, KHIEN_POSTURE_BAD_SIGNATURE
     */
    async sign(acting: Acting, id: string, signature: string) {
      const now = clock.now();
      const scope = requirePostureScope(acting.actor, await tree(), now);
      const r = await load(scope, id);
      if (!scope.isHeadOf(r.unitId)) throw new PostureErrors.HEAD_ONLY();
      if (r.status === 'signed') throw new PostureErrors.REPORT_SIGNED();
      const key = await ports.signingKeys.newestLiveKey(scope.actor.accountId);
      if (!key) throw new PostureErrors.NO_SIGNING_KEY();
      const canonical = canonicalJson(r.content);
      if (!verifyEd25519(key.publicKey, Buffer.from(canonical, 'utf8'), signature)) throw new PostureErrors.BAD_SIGNATURE();
      const hash = sha256(canonical);
      const event = postureEvent(acting, now, { action: 'report.sign', target: { type: 'report', id }, after: { unitId: r.unitId, month: r.month.slice(0, 7), contentHash: hash, signingKeyId: key.id, signature } });
      await inTransaction(db, async (tx) => {
        const out = await repo.markSigned(tx, id, { contentHash: hash, signedAt: now, signedBy: scope.actor.accountId, signingKeyId: key.id, signature, signEventId: event.id });
        if (!out) throw new PostureErrors.REPORT_SIGNED();
        await deps.recorder.record(event, tx);
      });
      return this.get(acting, id);
    },

    /**
     * Verifies a signed report: the signature over the stored content, the stored content against the signed
     * hash, and the hash the audit log recorded.
     *
     * @param acting - the caller
     * @param id - report id
     * @returns the verification
     */
    async verify(acting: Acting, id: string): Promise<ReportVerification> {
      const scope = requirePostureScope(acting.actor, await tree(), clock.now());
      return verifyRow(await load(scope, id));
    },

    /**
     * The row behind a report, for the PDF (scope-checked).
     *
     * @param acting - the caller
     * @param id - report id
     * @returns the row and its verification
     */
    async forPdf(acting: Acting, id: string): Promise<{ row: ReportRow; verification: ReportVerification }> {
      const scope = requirePostureScope(acting.actor, await tree(), clock.now());
      const row = await load(scope, id);
      return { row, verification: await verifyRow(row) };
    },

    /**
     * The national roll-up: every central department and provincial office with its report status.
     *
     * @param acting - the central team
     * @param month - `YYYY-MM`
     * @returns one row per unit, missing ones first
     */
    async rollup(acting: Acting, month: string) {
      const t = await tree();
      const scope = requirePostureScope(acting.actor, t, clock.now());
      if (!scope.central) throw new PostureErrors.CENTRAL_ONLY();
      const first = monthBounds(month).first;
      const units = (await listUnits(db)).filter((u) => t.ancestors(u.id).length === 2);
      const byUnit = new Map((await repo.listReports(db, first)).map((r) => [r.unitId, r]));
      const rank = { missing: 0, draft: 1, signed: 2 } as const;
      return units
        .map((u) => {
          const r = byUnit.get(u.id);
          const status: 'missing' | 'draft' | 'signed' = !r ? 'missing' : r.status === 'signed' ? 'signed' : 'draft';
          return { unitId: u.id, unitName: u.name, status, signedAt: r?.signedAt?.toISOString() ?? null };
        })
        .sort((a, b) => rank[a.status] - rank[b.status] || a.unitId.localeCompare(b.unitId));
    },
  };
}
