/**
 * Rows of the leaked-password corpus imports (`auth_leaked_imports`): written when a job starts, its progress
 * while it runs (a heartbeat), and its end; read newest first.
 */
import { desc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { leakedImports } from '../auth.schema.ts';

/** An import row. */
export type LeakedImportRow = typeof leakedImports.$inferSelect;

/** Records a started import. */
export async function insertLeakedImport(db: Database, row: { id: string; startedAt: Date; startedBy: string | null; totalBytes: number }): Promise<void> {
  await db.insert(leakedImports).values({ ...row, status: 'running', bytesRead: 0, heartbeatAt: row.startedAt });
}

/** Records the progress of a running import (its heartbeat). */
export async function touchLeakedImport(db: Database, id: string, bytesRead: number, at: Date): Promise<void> {
  await db.update(leakedImports).set({ bytesRead, heartbeatAt: at }).where(eq(leakedImports.id, id));
}

/** Records the end of an import. */
export async function finishLeakedImport(
  db: Database,
  id: string,
  end: { status: 'done' | 'failed'; at: Date; bytesRead: number; result: { lines: number; imported: number; rejected: number; rejectedLines: readonly number[] } | null },
): Promise<void> {
  await db
    .update(leakedImports)
    .set({ status: end.status, finishedAt: end.at, heartbeatAt: end.at, bytesRead: end.bytesRead, lines: end.result?.lines ?? null, imported: end.result?.imported ?? null, rejected: end.result?.rejected ?? null, rejectedLines: [...(end.result?.rejectedLines ?? [])] })
    .where(eq(leakedImports.id, id));
}

/** The latest imports, newest first. */
export async function listLeakedImports(db: Database, limit: number): Promise<LeakedImportRow[]> {
  return db.select().from(leakedImports).orderBy(desc(leakedImports.startedAt), desc(leakedImports.id)).limit(limit);
}
