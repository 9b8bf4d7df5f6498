/**
 * The leaked-password corpus imported from the console (issue 13, item 5): the uploaded list is written to a
 * private temporary file and streamed by `importLeakList` in the background, one job at a time per process,
 * with its progress readable while it runs; the start and the result are recorded in the audit log. Each job is
 * a row of `auth_leaked_imports` (its progress written every few seconds as a heartbeat), so the list survives a
 * restart: a job cut short by one shows as `interrupted` once its heartbeat is older than a minute.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { AuthContext } from '../auth-context.ts';
import { buildAdminEvent, recordEvents, type AdminBy, type RequestOrigin } from '../auth-events.ts';
import { AuthErrors } from '../auth.errors.ts';
import { importLeakList, type LeakImportResult } from './leaked-passwords.ts';
import { finishLeakedImport, insertLeakedImport, listLeakedImports, touchLeakedImport, type LeakedImportRow } from './leaked-import.repo.ts';

/** How often a running job writes its progress. */
const HEARTBEAT_MS = 5_000;
/** A running row whose heartbeat is older than this was cut short (its process stopped). */
const STALE_MS = 60_000;
/** How many jobs the list shows. */
const LISTED = 20;

/** One import job. */
export interface LeakImportJob {
  readonly id: string;
  readonly startedAt: string;
  status: 'running' | 'done' | 'failed' | 'interrupted';
  bytesRead: number;
  readonly totalBytes: number;
  finishedAt: string | null;
  result: LeakImportResult | null;
}

/** The runner. */
export interface LeakImportJobs {
  start(by: AdminBy, data: Buffer, origin: RequestOrigin): Promise<LeakImportJob>;
  get(id: string): Promise<LeakImportJob | undefined>;
  list(): Promise<LeakImportJob[]>;
  settle(): Promise<void>;
}

const runners = new WeakMap<AuthContext, LeakImportJobs>();

/**
 * The runner of an auth context (one per app).
 *
 * @param ctx - module dependencies
 * @returns the runner
 */
export function leakImportJobs(ctx: AuthContext): LeakImportJobs {
  const existing = runners.get(ctx);
  if (existing) return existing;
  let running: Promise<void> | null = null;
  let current: LeakImportJob | null = null;
  const fromRow = (r: LeakedImportRow, now: Date): LeakImportJob => {
    if (current?.id === r.id) return { ...current };
    const stale = r.status === 'running' && now.getTime() - r.heartbeatAt.getTime() > STALE_MS;
    return {
      id: r.id,
      startedAt: r.startedAt.toISOString(),
      status: stale ? 'interrupted' : r.status,
      bytesRead: r.bytesRead,
      totalBytes: r.totalBytes,
      finishedAt: r.finishedAt ? r.finishedAt.toISOString() : null,
      result: r.lines !== null && r.imported !== null && r.rejected !== null ? { lines: r.lines, imported: r.imported, rejected: r.rejected, rejectedLines: r.rejectedLines } : null,
    };
  };
  const list = async (): Promise<LeakImportJob[]> => {
    const now = ctx.clock.now();
    return (await listLeakedImports(ctx.db, LISTED)).map((r) => fromRow(r, now));
  };
  const runner: LeakImportJobs = {
    async start(by, data, origin) {
      if (running) throw new AuthErrors.LEAK_IMPORT_RUNNING();
      const at = ctx.clock.now();
      const job: LeakImportJob = { id: crypto.randomUUID(), startedAt: at.toISOString(), status: 'running', bytesRead: 0, totalBytes: data.length, finishedAt: null, result: null };
      await recordEvents(ctx.recorder(), buildAdminEvent(at, origin, by, { action: 'auth.leaked_import', target: { type: 'leaked_corpus', id: job.id }, after: { bytes: data.length } }));
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'khien-leaks-'));
      const file = path.join(dir, 'list.txt');
      await fs.writeFile(file, data, { mode: 0o600 });
      await insertLeakedImport(ctx.db, { id: job.id, startedAt: at, startedBy: by.type === 'system' ? null : by.accountId, totalBytes: data.length });
      current = job;
      const heartbeat = setInterval(() => void touchLeakedImport(ctx.db, job.id, job.bytesRead, ctx.clock.now()).catch(() => undefined), HEARTBEAT_MS);
      heartbeat.unref();
      running = (async () => {
        // The job shows its end only after the end is recorded, so that whoever sees "done" finds the event.
        let status: 'done' | 'failed' = 'failed';
        let result: LeakImportJob['result'] = null;
        try {
          result = await importLeakList(ctx.db, file, (read) => {
            job.bytesRead = read;
          });
          status = 'done';
        } catch {
          status = 'failed';
        } finally {
          clearInterval(heartbeat);
          await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
          await recordEvents(
            ctx.recorder(),
            buildAdminEvent(ctx.clock.now(), origin, by, {
              action: 'auth.leaked_import_finished',
              target: { type: 'leaked_corpus', id: job.id },
              after: { status, lines: result?.lines ?? null, imported: result?.imported ?? null, rejected: result?.rejected ?? null },
              outcome: status === 'done' ? 'success' : 'failure',
            }),
          ).catch(() => undefined);
          const end = ctx.clock.now();
          await finishLeakedImport(ctx.db, job.id, { status, at: end, bytesRead: job.bytesRead, result }).catch(() => undefined);
          job.result = result;
          job.finishedAt = end.toISOString();
          job.status = status;
          current = null;
          running = null;
        }
      })();
      return job;
    },
    get: async (id) => (await list()).find((j) => j.id === id),
    list,
    async settle() {
      if (running) await running;
    },
  };
  runners.set(ctx, runner);
  return runner;
}
