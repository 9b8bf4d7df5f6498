/**
 * The offline leaked-password corpus: `khien auth import-leaks <file>` streams a "SHA1-HASH:count" list
 * (the format of public corpora) into `auth_leaked_passwords`; sign-in looks the presented password's SHA-1
 * up there, the only moment the plain password is known.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { leakedPasswords } from '../auth.schema.ts';
import { passwordSha1 } from './hash-password.ts';

/** Result of an import. */
export interface LeakImportResult {
  readonly lines: number;
  readonly imported: number;
  readonly rejected: number;
  /** Line numbers of the first malformed lines (never their content). */
  readonly rejectedLines: readonly number[];
}

const LINE = /^([0-9A-Fa-f]{40})(?::(\d{1,12}))?\s*$/;
const BATCH = 2_000;

/**
 * Imports a leak list, streaming (files of any size), in batches upserted by hash.
 *
 * @param db - the database
 * @param file - path of the list
 * @param onProgress - called after each batch with bytes read and total bytes
 * @returns counts
 */
export async function importLeakList(
  db: Database,
  file: string,
  onProgress: (bytesRead: number, totalBytes: number) => void = () => {},
): Promise<LeakImportResult> {
  const total = fs.statSync(file).size;
  const stream = fs.createReadStream(file, { encoding: 'utf8' });
  const rl = readline.createInterface({ input: stream, crlfDelay: Infinity });
  let lines = 0;
  let imported = 0;
  let rejected = 0;
  const rejectedLines: number[] = [];
  let batch = new Map<string, number>();
  const flush = async (): Promise<void> => {
    if (batch.size === 0) return;
    const rows = [...batch].map(([sha1, count]) => ({ sha1, count }));
    batch = new Map();
    await db
      .insert(leakedPasswords)
      .values(rows)
      .onConflictDoUpdate({ target: leakedPasswords.sha1, set: { count: sql`greatest(${leakedPasswords.count}, excluded.count)` } });
    imported += rows.length;
    onProgress(stream.bytesRead, total);
  };
  for await (const raw of rl) {
    lines++;
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = LINE.exec(line);
    if (!m) {
      rejected++;
      if (rejectedLines.length < 20) rejectedLines.push(lines);
      continue;
    }
    const count = Math.min(Number(m[2] ?? '1'), 2_147_483_647);
    const key = m[1]!.toUpperCase();
    batch.set(key, Math.max(batch.get(key) ?? 0, count));
    if (batch.size >= BATCH) await flush();
  }
  await flush();
  onProgress(total, total);
  return { lines, imported, rejected, rejectedLines };
}

/**
 * Whether a password is in the imported corpus.
 *
 * @param db - the database
 * @param password - the plain password (hashed here, never stored)
 * @returns true when leaked
 */
export async function isPasswordLeaked(db: Database, password: string): Promise<boolean> {
  const [row] = await db
    .select({ sha1: leakedPasswords.sha1 })
    .from(leakedPasswords)
    .where(eq(leakedPasswords.sha1, passwordSha1(password)))
    .limit(1);
  return row !== undefined;
}
