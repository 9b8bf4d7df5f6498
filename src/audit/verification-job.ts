/**
 * Full verification of the audit log as a background job started from the console (issue 13, item 4): one
 * job at a time, its progress written to `audit_verifications` as it goes, its report kept there when it ends,
 * and its end recorded in the audit log (the start is recorded by the route, before the job runs).
 */
import crypto from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import type { Clock } from '../platform/clock.ts';
import type { AdminEvent, EventRecorder } from '../events/types.ts';
import { auditVerifications } from './audit.schema.ts';
import { readHead } from './audit.repo.ts';
import { verifyChain, type VerifyReport } from './verify-chain.ts';
import { AuditErrors } from './audit.errors.ts';
import { archiveAnchor, unanchoredReport } from './archive-anchor.ts';

/** A stored verification. */
export type StoredVerification = typeof auditVerifications.$inferSelect;

/** What the job runner needs. */
export interface VerificationJobDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly recorder: () => EventRecorder;
  /** Raw Ed25519 public key the stored checkpoints are checked with. */
  readonly publicKey: () => Uint8Array;
  /** Called when a job fails to finish (logged by the wiring, without details). */
  readonly onError: (err: unknown) => void;
}

/** The runner: start a job, wait for the running one (on close). */
export interface VerificationJobs {
  /**
   * Starts a verification.
   *
   * @param startedBy - the account that asked
   * @returns the stored row (status `running`)
   * @throws KHIEN_AUDIT_VERIFY_RUNNING when one is already running
   */
  start(startedBy: string | null): Promise<StoredVerification>;
  /** Resolves when the running job (if any) has ended. */
  settle(): Promise<void>;
}

/** The report kept with a finished job (what the console shows). */
export interface KeptReport {
  readonly size: number;
  readonly rootHash: string;
  readonly chainHash: string;
  readonly storedCheckpointsChecked: number;
  readonly faults: ReadonlyArray<{ kind: string; seq: number; detail: string }>;
}

function keep(r: VerifyReport): KeptReport {
  return { size: r.size, rootHash: r.rootHash, chainHash: r.chainHash, storedCheckpointsChecked: r.storedCheckpointsChecked, faults: r.faults.map((f) => ({ kind: f.kind, seq: f.seq, detail: f.detail })) };
}

/**
 * Marks jobs a stopped process left `running` as failed (called once at start).
 *
 * @param db - database
 * @param now - the time written as their end
 */
export async function failAbandonedVerifications(db: Database, now: Date): Promise<void> {
  await db.update(auditVerifications).set({ status: 'failed', finishedAt: now.toISOString() }).where(eq(auditVerifications.status, 'running'));
}

/**
 * Lists verifications, newest first.
 *
 * @param db - database
 * @param limit - how many
 * @returns the rows
 */
export async function listVerifications(db: Database, limit: number): Promise<StoredVerification[]> {
  return db.select().from(auditVerifications).orderBy(desc(auditVerifications.startedAt)).limit(limit);
}

/**
 * One verification.
 *
 * @param db - database
 * @param id - its id
 * @returns the row or undefined
 */
export async function findVerification(db: Database, id: string): Promise<StoredVerification | undefined> {
  const [row] = await db.select().from(auditVerifications).where(eq(auditVerifications.id, id)).limit(1);
  return row;
}

/**
 * Creates the runner.
 *
 * @param deps - database, clock, recorder, key
 * @returns the runner
 */
export function createVerificationJobs(deps: VerificationJobDeps): VerificationJobs {
  let running: Promise<void> | null = null;

  const finish = async (id: string, startedBy: string | null, total: number): Promise<void> => {
    let status: 'done' | 'failed' = 'failed';
    let ok: boolean | null = null;
    let report: KeptReport | null = null;
    try {
      // After archived partitions, from their end (archive-anchor.ts); a broken anchor is the report's fault.
      const { anchor, fault } = await archiveAnchor(deps.db);
      const r = fault ? unanchoredReport(fault) : await verifyChain(deps.db, {
        from: anchor ?? undefined,
        publicKey: deps.publicKey(),
        onProgress: async (checked) => {
          await deps.db.update(auditVerifications).set({ checked: Math.min(checked, Math.max(total, checked)) }).where(eq(auditVerifications.id, id));
        },
      });
      status = 'done';
      ok = r.ok;
      report = keep(r);
    } catch (err) {
      deps.onError(err);
    }
    const finishedAt = deps.clock.now().toISOString();
    await deps.db
      .update(auditVerifications)
      .set({ status, ok, finishedAt, checked: report ? report.size : undefined, total: report ? Math.max(total, report.size) : undefined, report: report ? JSON.stringify(report) : null })
      .where(eq(auditVerifications.id, id));
    const event: AdminEvent = {
      id: crypto.randomUUID(),
      kind: 'admin',
      time: finishedAt,
      source: { ip: null, userAgent: null, deviceId: null, deviceRegistered: null, system: 'khien' },
      actor: { type: 'system', accountId: null },
      action: 'audit.verify_finished',
      target: { type: 'audit_verification', id },
      after: { status, ok, size: report?.size ?? null, faults: report?.faults.length ?? null, startedBy },
      outcome: status === 'done' ? 'success' : 'failure',
    };
    await deps.recorder().record(event);
  };

  return {
    async start(startedBy) {
      if (running) throw new AuditErrors.VERIFY_RUNNING();
      const head = await readHead(deps.db);
      const row: StoredVerification = {
        id: crypto.randomUUID(),
        startedBy,
        startedAt: deps.clock.now().toISOString(),
        finishedAt: null,
        status: 'running',
        ok: null,
        total: head?.seq ?? 0,
        checked: 0,
        report: null,
      };
      await deps.db.insert(auditVerifications).values(row);
      running = finish(row.id, startedBy, row.total)
        .catch((err: unknown) => deps.onError(err))
        .finally(() => {
          running = null;
        });
      return row;
    },
    async settle() {
      if (running) await running;
    },
  };
}
