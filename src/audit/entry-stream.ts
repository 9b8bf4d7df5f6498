/**
 * Streams the audit log in sequence order for verification: only what the verifier needs (seq, the body as
 * UTF-8 bytes, the stored leaf and chain hashes), in large keyset pages, with the next page requested as soon
 * as the current one arrives so that PostgreSQL produces it while the verifier hashes.
 *
 * On PostgreSQL (node-postgres pool) the pages are read on one pooled connection as arrays with no type
 * parsing (no ORM row mapping, no timestamp or array columns). Elsewhere (PGlite) the same query runs through
 * Drizzle.
 */
import pg from 'pg';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { queryRows } from '../db/client.ts';

/** One entry as the verifier reads it. */
export interface LeanEntry {
  readonly seq: number;
  /** The canonical body exactly as stored. */
  readonly body: string;
  /** Stored hex leaf hash. */
  readonly leafHash: string;
  /** Stored hex chain hash. */
  readonly chainHash: string;
}

/** A source of pages; `next()` returns an empty array at the end. */
export interface EntryStream {
  next(): Promise<LeanEntry[]>;
  close(): Promise<void>;
}

const PAGE_SQL = 'select seq, body, leaf_hash, chain_hash from audit_entries where seq > $1 order by seq limit $2';

const raw = (value: unknown): unknown => value;
const RAW_TYPES = { getTypeParser: () => raw } as unknown as pg.CustomTypesConfig;

function poolOf(db: Database): pg.Pool | null {
  const client = (db as unknown as { $client?: unknown }).$client;
  return client instanceof pg.Pool ? client : null;
}

/**
 * Opens a stream over the whole log.
 *
 * @param db - database (read-only use)
 * @param pageSize - entries per page
 * @returns the stream; close it when done
 */
export async function openEntryStream(db: Database, pageSize: number): Promise<EntryStream> {
  const pool = poolOf(db);
  let fetchPage: (after: number) => Promise<LeanEntry[]>;
  let release = async (): Promise<void> => {};
  if (pool) {
    const client = await pool.connect();
    release = async () => client.release();
    fetchPage = async (after) => {
      const res = await client.query<string[]>({ text: PAGE_SQL, values: [after, pageSize], rowMode: 'array', types: RAW_TYPES });
      const out: LeanEntry[] = new Array<LeanEntry>(res.rows.length);
      for (let i = 0; i < res.rows.length; i++) {
        const r = res.rows[i]!;
        out[i] = { seq: Number(r[0]!), body: r[1]!, leafHash: r[2]!, chainHash: r[3]! };
      }
      return out;
    };
  } else {
    fetchPage = async (after) => {
      const rows = await queryRows<{ seq: string | number; body: string; leaf_hash: string; chain_hash: string }>(
        db,
        sql`select seq, body, leaf_hash, chain_hash from audit_entries where seq > ${after} order by seq limit ${pageSize}`,
      );
      return rows.map((r) => ({ seq: Number(r.seq), body: r.body, leafHash: r.leaf_hash, chainHash: r.chain_hash }));
    };
  }
  const request = (after: number): Promise<LeanEntry[]> => {
    const p = fetchPage(after);
    // Marked handled now (it may fail while the caller is still hashing); `next()` still sees the failure.
    p.catch(() => {});
    return p;
  };
  let pending: Promise<LeanEntry[]> | null = request(0);
  return {
    next: async () => {
      if (!pending) return [];
      const page = await pending;
      // Ask for the following page now: the database produces it while the caller hashes this one.
      pending = page.length < pageSize ? null : request(page[page.length - 1]!.seq);
      return page;
    },
    close: async () => {
      if (pending) await pending.catch(() => []);
      pending = null;
      await release();
    },
  };
}
