/**
 * Test helpers of the audit module: synthetic events and a way to tamper with the audit tables behind the
 * guard (as a superuser disabling triggers would), used only by tests.
 */
import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import type { AccessEvent, AdminEvent } from '../events/types.ts';

/**
 * A synthetic access event.
 *
 * @param over - fields to override
 * @returns the event
 */
export function makeAccessEvent(over: Partial<AccessEvent> = {}): AccessEvent {
  return {
    id: crypto.randomUUID(),
    kind: 'access',
    time: '2026-03-02T02:00:00.000Z',
    requestId: crypto.randomUUID(),
    source: { ip: '10.0.0.1', system: 'khien' },
    actor: { type: 'staff', accountId: crypto.randomUUID(), unitId: 'P01-L1', provinceCode: '01', roles: ['staff'] },
    action: 'view',
    resource: 'person',
    subjects: [crypto.randomUUID()],
    categories: ['identity'],
    fields: ['fullName'],
    purpose: 'benefit_processing',
    grant: { type: 'assignment', id: crypto.randomUUID() },
    outcome: 'allow',
    reason: 'ALLOW_ASSIGNMENT',
    ...over,
  };
}

/**
 * A synthetic admin event.
 *
 * @param over - fields to override
 * @returns the event
 */
export function makeAdminEvent(over: Partial<AdminEvent> = {}): AdminEvent {
  return {
    id: crypto.randomUUID(),
    kind: 'admin',
    time: '2026-03-02T02:00:00.000Z',
    source: { system: 'khien' },
    actor: { type: 'staff', accountId: crypto.randomUUID(), unitId: 'VSS-CNTT' },
    action: 'account.create',
    target: { type: 'account', id: crypto.randomUUID() },
    outcome: 'success',
    ...over,
  };
}

/**
 * Runs raw statements with the audit guard's triggers disabled for this transaction only
 * (`session_replication_role = replica`, superuser only) — the attacker's view of the table.
 *
 * @param db - test database (superuser)
 * @param statements - SQL to run
 */
export async function tamper(db: Database, ...statements: ReturnType<typeof sql>[]): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    for (const s of statements) await tx.execute(s);
  });
}

/** One row of the verifier's binary COPY stream (`seq, body, leaf_hash, chain_hash`), hashes as hex text. */
export interface CopyEntryRow {
  readonly seq: number;
  readonly body: string;
  readonly leaf: string;
  readonly chain: string;
}

function copyField(bytes: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeInt32BE(bytes.length);
  return Buffer.concat([len, bytes]);
}

/**
 * The bytes PostgreSQL sends for `COPY (SELECT seq, body, leaf_hash, chain_hash …) TO STDOUT (FORMAT binary)`:
 * header, one row of four fields per entry, trailer.
 *
 * @param rows - the entries
 * @returns the stream
 */
export function binaryCopyOfEntries(rows: readonly CopyEntryRow[]): Buffer {
  const parts: Buffer[] = [Buffer.concat([Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(8)])];
  for (const r of rows) {
    const count = Buffer.alloc(2);
    count.writeInt16BE(4);
    const seq = Buffer.alloc(8);
    seq.writeBigInt64BE(BigInt(r.seq));
    parts.push(count, copyField(seq), copyField(Buffer.from(r.body, 'utf8')), copyField(Buffer.from(r.leaf)), copyField(Buffer.from(r.chain)));
  }
  const trailer = Buffer.alloc(2);
  trailer.writeInt16BE(-1);
  parts.push(trailer);
  return Buffer.concat(parts);
}
