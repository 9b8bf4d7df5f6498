/**
 * The leaked-password corpus imported from the console (issue 13, item 5): the uploaded list is written to a
 * private temporary file and streamed by `importLeakList` in the background, one job at a time, with its
 * progress readable while it runs; the start and the result are recorded in the audit log.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { AuthContext } from '../auth-context.ts';
import { buildAdminEvent, recordEvents, type AdminBy, type RequestOrigin } from '../auth-events.ts';
import { AuthErrors } from '../auth.errors.ts';
import { importLeakList, type LeakImportResult } from './leaked-passwords.ts';

/** One import job. */
export interface LeakImportJob {
  readonly id: string;
  readonly startedAt: string;
  status: 'running' | 'done' | 'failed';
  bytesRead: number;
  readonly totalBytes: number;
  finishedAt: string | null;
  result: LeakImportResult | null;
}

/** The runner. */
export interface LeakImportJobs {
  start(by: AdminBy, data: Buffer, origin: RequestOrigin): Promise<LeakImportJob>;
  get(id: string): LeakImportJob | undefined;
  list(): LeakImportJob[];
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
  const jobs: LeakImportJob[] = [];
  let running: Promise<void> | null = null;
  const runner: LeakImportJobs = {
    async start(by, data, origin) {
      if (running) throw new AuthErrors.LEAK_IMPORT_RUNNING();
      const at = ctx.clock.now();
      const job: LeakImportJob = { id: crypto.randomUUID(), startedAt: at.toISOString(), status: 'running', bytesRead: 0, totalBytes: data.length, finishedAt: null, result: null };
      await recordEvents(ctx.recorder(), buildAdminEvent(at, origin, by, { action: 'auth.leaked_import', target: { type: 'leaked_corpus', id: job.id }, after: { bytes: data.length } }));
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'khien-leaks-'));
      const file = path.join(dir, 'list.txt');
      await fs.writeFile(file, data, { mode: 0o600 });
      jobs.unshift(job);
      if (jobs.length > 20) jobs.pop();
      running = (async () => {
        // The job shows its end only after the end is recorded, so that whoever sees "done" finds the event.
        let status: LeakImportJob['status'] = 'failed';
        let result: LeakImportJob['result'] = null;
        try {
          result = await importLeakList(ctx.db, file, (read) => {
            job.bytesRead = read;
          });
          status = 'done';
        } catch {
          status = 'failed';
        } finally {
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
          job.result = result;
          job.finishedAt = ctx.clock.now().toISOString();
          job.status = status;
          running = null;
        }
      })();
      return job;
    },
    get: (id) => jobs.find((j) => j.id === id),
    list: () => [...jobs],
    async settle() {
      if (running) await running;
    },
  };
  runners.set(ctx, runner);
  return runner;
}
