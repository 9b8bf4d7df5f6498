/**
 * The personal-data breach workflow (PDPL Art. 23; Decree 356/2025/NĐ-CP Art. 28–29): mark a case as a breach
 * (the 72-hour clock starts at detection), enter the Form 08 content, produce it as JSON and PDF, record the
 * submission to A05 (the clock stops), track notices to affected persons, and escalate on time (the sweep).
 */
import crypto from 'node:crypto';
import { newId } from '../platform/ids.ts';
import { RespondErrors } from './respond.errors.ts';
import * as repo from './respond.repo.ts';
import type { CaseRow } from './respond.repo.ts';
import * as breachRepo from './breach.repo.ts';
import { recordCaseAction } from './case-action.ts';
import { breachClockState, breachDeadline, breachRetainUntil, dueEscalations, type BreachClockState } from './breach-clock.ts';
import { buildForm08, mergeForm08Details, type Form08Details, type Form08Document } from './form-08.ts';
import { renderForm08Pdf } from './form-08-pdf.ts';
import { caseReference } from './case-presenter.ts';
import { coversUnit, requireCentralSecurity, requireResponder } from './responder-scope.ts';
import type { Acting, RespondDeps, TreeSource } from './respond.types.ts';
import type { NOTICE_STATUSES } from './respond.schema.ts';
import { runInTransaction, type Tx } from '../db/tx-context.ts';

/** Channels of the submission to A05 (Decree 356/2025 Art. 28.2: directly or via the national portal). */
export const SUBMISSION_CHANNELS = ['portal', 'direct', 'email', 'post'] as const;
/** A submission channel. */
export type SubmissionChannel = (typeof SUBMISSION_CHANNELS)[number];
/** Channels of notices to data subjects. */
export type NoticeChannel = 'vssid' | 'sms' | 'email' | 'post' | 'public';
type NoticeStatus = (typeof NOTICE_STATUSES)[number];

/** One escalation recorded by a sweep. */
export interface Escalation {
  readonly caseId: string;
  readonly thresholdHours: number;
}

/**
 * Creates the breach service.
 *
 * @param deps - database, clock, recorder
 * @param tree - cached unit tree
 * @returns the service functions
 */
export function createBreachService(deps: RespondDeps, tree: TreeSource) {
  const { db, clock, recorder } = deps;
  const tx = <T>(fn: (t: Tx) => Promise<T>): Promise<T> => runInTransaction(db, fn);

  async function loadCase(acting: Acting, caseId: string): Promise<CaseRow> {
    const now = clock.now();
    const actor = requireResponder(acting.actor, now);
    const row = await repo.findCase(db, caseId);
    if (!row || !coversUnit(actor, row.unitId, await tree(), now)) throw new RespondErrors.CASE_NOT_FOUND();
    return row;
  }

  async function loadBreach(acting: Acting, caseId: string): Promise<{ row: CaseRow; breach: breachRepo.BreachRow }> {
    const row = await loadCase(acting, caseId);
    const breach = await breachRepo.findBreach(db, caseId);
    if (!row.personalDataBreach || !breach) throw new RespondErrors.NOT_A_BREACH();
    return { row, breach };
  }

  async function document(row: CaseRow, breach: breachRepo.BreachRow): Promise<Form08Document> {
    return buildForm08(breach.details, {
      caseReference: caseReference(row),
      detectedAt: breach.detectedAt,
      deadlineAt: breach.deadlineAt,
      generatedAt: clock.now(),
      personObservables: await repo.countPersonObservables(db, row.id),
    });
  }

  async function escalate(caseId: string, detectedAt: Date): Promise<Escalation[]> {
    const now = clock.now();
    const out: Escalation[] = [];
    for (const h of dueEscalations(detectedAt, now)) {
      const recorded = await tx(async (d) => {
        if (!(await breachRepo.insertEscalation(d, caseId, h, now))) return false;
        const state = breachClockState(detectedAt, now, null);
        const summary =
          h >= 72
            ? `Quá hạn 72 giờ thông báo vi phạm (${state.remaining}) / 72-hour notification deadline passed (${state.remaining})`
            : `Đã qua ${h} giờ từ khi phát hiện, còn ${state.remaining} / ${h} hours since detection, ${state.remaining} left`;
        await recordCaseAction(d, recorder, { actor: null, system: 'breach-sweep' }, now, {
          caseId,
          action: 'breach.escalated',
          summary,
          data: { thresholdHours: h, deadlineAt: state.deadlineAt, remainingMs: state.remainingMs },
        });
        await repo.insertNotification(d, {
          id: newId(),
          caseId,
          audience: 'central_security',
          accountId: null,
          kind: h >= 72 ? 'breach.overdue' : `breach.escalated.${h}h`,
          message: summary,
          createdAt: now,
        });
        return true;
      });
      if (recorded) out.push({ caseId, thresholdHours: h });
    }
    return out;
  }

  return {
    /**
     * Marks a case as a personal-data breach and starts the 72-hour clock from the detection time.
     *
     * @param acting - the responder
     * @param caseId - the case
     * @param input - detection time (defaults to the case's)
     * @returns the clock
     * @throws KHIEN_RESPOND_ALREADY_BREACH, KHIEN_RESPOND_DETECTED_IN_FUTURE, KHIEN_RESPOND_CASE_CLOSED
     */
    async markBreach(acting: Acting, caseId: string, input: { detectedAt?: Date }): Promise<BreachClockState> {
      const row = await loadCase(acting, caseId);
      // A drill's case is an exercise: it must never start the 72-hour clock (Decree 356/2025 Art. 23).
      if (row.exercise) throw new RespondErrors.EXERCISE();
      if (row.personalDataBreach) throw new RespondErrors.ALREADY_BREACH();
      if (row.status === 'closed') throw new RespondErrors.CASE_CLOSED();
      const now = clock.now();
      const detectedAt = input.detectedAt ?? row.detectedAt;
      if (detectedAt.getTime() > now.getTime()) throw new RespondErrors.DETECTED_IN_FUTURE();
      const deadlineAt = breachDeadline(detectedAt);
      await tx(async (d) => {
        const locked = await repo.lockCase(d, caseId);
        if (locked?.personalDataBreach) throw new RespondErrors.ALREADY_BREACH();
        if (locked?.exercise) throw new RespondErrors.EXERCISE();
        await breachRepo.insertBreach(d, { caseId, detectedAt, deadlineAt, markedAt: now, markedBy: acting.actor?.accountId ?? null, details: {} });
        await repo.updateCase(d, caseId, {
          personalDataBreach: true,
          detectedAt,
          retainUntil: breachRetainUntil(detectedAt, row.closedAt),
          severity: row.severity === 'low' || row.severity === 'medium' ? 'high' : row.severity,
          updatedAt: now,
        });
        await recordCaseAction(d, recorder, acting, now, {
          caseId,
          action: 'breach.marked',
          summary: 'Xác định vi phạm dữ liệu cá nhân, bắt đầu thời hạn 72 giờ / Marked as a personal-data breach, 72-hour clock started',
          data: { detectedAt: detectedAt.toISOString(), deadlineAt: deadlineAt.toISOString() },
        });
        await repo.insertNotification(d, {
          id: newId(),
          caseId,
          audience: 'central_security',
          accountId: null,
          kind: 'breach.marked',
          message: `Vi phạm dữ liệu cá nhân ${caseReference(row)}: hạn thông báo A05 ${deadlineAt.toISOString()} / Personal-data breach: A05 notification due`,
          createdAt: now,
        });
      });
      // A breach found late may already be past some thresholds: escalate at once.
      await escalate(caseId, detectedAt);
      return breachClockState(detectedAt, clock.now(), null);
    },

    /**
     * The Form 08 content entered so far (for the form in the console).
     *
     * @param acting - the responder
     * @param caseId - the case
     * @returns the entered details
     * @throws KHIEN_RESPOND_CASE_NOT_FOUND, KHIEN_RESPOND_NOT_A_BREACH
     */
    async getDetails(acting: Acting, caseId: string): Promise<Form08Details> {
      const { breach } = await loadBreach(acting, caseId);
      return breach.details;
    },

    /**
     * Enters or corrects the Form 08 content (merged into what was entered before).
     *
     * @param acting - the responder
     * @param caseId - the case
     * @param patch - the details
     * @returns the merged details
     */
    async updateDetails(acting: Acting, caseId: string, patch: Form08Details): Promise<Form08Details> {
      const { breach } = await loadBreach(acting, caseId);
      if (breach.clockStoppedAt) throw new RespondErrors.ALREADY_SUBMITTED();
      const now = clock.now();
      const merged = mergeForm08Details(breach.details, patch);
      await tx(async (d) => {
        await breachRepo.updateBreach(d, caseId, { details: merged });
        await repo.updateCase(d, caseId, { updatedAt: now });
        await recordCaseAction(d, recorder, acting, now, {
          caseId,
          action: 'breach.details_updated',
          summary: 'Cập nhật nội dung Mẫu số 08 / Form 08 content updated',
          // Field names only: the values may name people.
          data: { fields: Object.keys(patch).sort() },
        });
      });
      return merged;
    },

    /**
     * The Form 08 document as JSON.
     *
     * @param acting - the responder
     * @param caseId - the case
     * @returns the document
     * @throws KHIEN_RESPOND_FORM08_INCOMPLETE listing missing fields
     */
    async form08(acting: Acting, caseId: string): Promise<Form08Document> {
      const { row, breach } = await loadBreach(acting, caseId);
      return document(row, breach);
    },

    /**
     * The Form 08 document as PDF (each generation is a timeline entry).
     *
     * @param acting - the responder
     * @param caseId - the case
     * @returns the PDF and a file name
     */
    async form08Pdf(acting: Acting, caseId: string): Promise<{ pdf: Buffer; fileName: string }> {
      const { row, breach } = await loadBreach(acting, caseId);
      const doc = await document(row, breach);
      const pdf = await renderForm08Pdf(doc);
      const now = clock.now();
      await tx(async (d) => {
        await recordCaseAction(d, recorder, acting, now, {
          caseId,
          action: 'breach.form08_generated',
          summary: 'Lập Mẫu số 08 (PDF) / Form 08 generated (PDF)',
          data: { sha256: crypto.createHash('sha256').update(pdf).digest('hex') },
        });
      });
      return { pdf, fileName: `mau-08-${doc.caseReference}.pdf` };
    },

    /**
     * Records the submission to A05; the clock stops. Only the central security team submits.
     *
     * @param acting - a central security administrator
     * @param caseId - the case
     * @param input - channel, reference received, time (defaults to now)
     * @returns the stopped clock
     * @throws KHIEN_RESPOND_CENTRAL_ONLY, KHIEN_RESPOND_ALREADY_SUBMITTED, KHIEN_RESPOND_FORM08_INCOMPLETE
     */
    async recordSubmission(
      acting: Acting,
      caseId: string,
      input: { channel: SubmissionChannel; reference: string; submittedAt?: Date },
    ): Promise<BreachClockState> {
      const now = clock.now();
      const { row, breach } = await loadBreach(acting, caseId);
      requireCentralSecurity(acting.actor!, now);
      if (breach.clockStoppedAt) throw new RespondErrors.ALREADY_SUBMITTED();
      const at = input.submittedAt ?? now;
      if (at.getTime() > now.getTime()) throw new RespondErrors.DETECTED_IN_FUTURE();
      const doc = await document(row, breach);
      const digest = crypto.createHash('sha256').update(JSON.stringify(doc)).digest('hex');
      const late = at.getTime() > breach.deadlineAt.getTime();
      await tx(async (d) => {
        await breachRepo.updateBreach(d, caseId, {
          submittedAt: at,
          submittedBy: acting.actor!.accountId,
          submissionChannel: input.channel,
          submissionReference: input.reference,
          submissionDigest: digest,
          clockStoppedAt: at,
        });
        await repo.updateCase(d, caseId, { updatedAt: now });
        await recordCaseAction(d, recorder, acting, now, {
          caseId,
          action: 'breach.submitted',
          summary: late
            ? 'Đã gửi thông báo A05 (quá hạn 72 giờ) / Notification submitted to A05 (after the 72-hour deadline)'
            : 'Đã gửi thông báo A05 trong hạn / Notification submitted to A05 on time',
          data: { channel: input.channel, reference: input.reference, submittedAt: at.toISOString(), late, sha256: digest },
        });
      });
      return breachClockState(breach.detectedAt, now, at);
    },

    /**
     * Adds notices to affected persons (internal ids), one per person.
     *
     * @param acting - the responder
     * @param caseId - the case
     * @param input - persons and channel
     * @returns number of notices added
     */
    async addNotices(acting: Acting, caseId: string, input: { personIds: readonly string[]; channel: NoticeChannel }): Promise<{ added: number }> {
      await loadBreach(acting, caseId);
      const now = clock.now();
      return tx(async (d) => {
        const added = await breachRepo.insertNotices(
          d,
          [...new Set(input.personIds)].map((personId) => ({ id: newId(), caseId, personId, channel: input.channel, createdAt: now })),
        );
        await recordCaseAction(d, recorder, acting, now, {
          caseId,
          action: 'breach.notices_added',
          summary: `Lập ${added} thông báo cho chủ thể dữ liệu / ${added} data-subject notices created`,
          data: { added, channel: input.channel },
        });
        return { added };
      });
    },

    /**
     * Records the outcome of a notice.
     *
     * @param acting - the responder
     * @param caseId - the case
     * @param noticeId - the notice
     * @param input - new status and delivery reference
     */
    async updateNotice(acting: Acting, caseId: string, noticeId: string, input: { status: NoticeStatus; reference?: string | null }): Promise<void> {
      await loadBreach(acting, caseId);
      const now = clock.now();
      await tx(async (d) => {
        const notice = await breachRepo.findNotice(d, caseId, noticeId);
        if (!notice) throw new RespondErrors.NOTICE_NOT_FOUND();
        await breachRepo.updateNotice(d, noticeId, {
          status: input.status,
          sentAt: input.status === 'sent' || input.status === 'public_notice' ? now : notice.sentAt,
          reference: input.reference ?? notice.reference,
        });
        await recordCaseAction(d, recorder, acting, now, {
          caseId,
          action: 'breach.notice_updated',
          summary: `Thông báo chủ thể: ${input.status} / Data-subject notice: ${input.status}`,
          target: { type: 'breach_notice', id: noticeId },
          before: { status: notice.status },
          after: { status: input.status },
        });
      });
    },

    /**
     * One sweep of running breach clocks: records each escalation (24, 48, 66 hours; 72 = overdue) once,
     * with a timeline entry, an AdminEvent and a notification to the central security team. Idempotent.
     *
     * @returns the escalations recorded by this sweep
     */
    async sweep(): Promise<Escalation[]> {
      const out: Escalation[] = [];
      for (const b of await breachRepo.listRunningBreaches(db)) out.push(...(await escalate(b.caseId, b.detectedAt)));
      return out;
    },
  };
}

/** The breach service. */
export type BreachService = ReturnType<typeof createBreachService>;

/**
 * Starts the periodic sweep.
 *
 * @param sweep - the sweep function
 * @param intervalMs - period (default one minute)
 * @param onError - reports a failed sweep (no personal data)
 * @returns a stopper
 */
export function startBreachSweep(sweep: () => Promise<unknown>, intervalMs = 60_000, onError: (err: unknown) => void = () => {}): () => Promise<void> {
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = sweep()
      .catch(onError)
      .finally(() => {
        running = null;
      });
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    if (running) await running;
  };
}
