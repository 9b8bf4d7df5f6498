/**
 * Streams the audit log in sequence order for verification: only what the verifier needs (seq, the body's
 * UTF-8 bytes, the stored leaf and chain hashes), in pages of entries.
 *
 * On PostgreSQL (node-postgres pool) it is one `COPY (SELECT …) TO STDOUT (FORMAT binary)` on one pooled
 * connection (`pg-copy-streams`): PostgreSQL sends the rows as one stream that the socket buffers while the
 * verifier hashes, and each body reaches the hasher as the bytes PostgreSQL stored — no per-page query, no
 * UTF-8 decoding into strings, no ORM row mapping. Elsewhere (PGlite) keyset pages are read through Drizzle,
 * the next page requested while the current one is hashed.
 */
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { queryRows } from '../db/client.ts';
import { copyHeaderEnd } from './copy-reader.ts';

/** One entry as the verifier reads it. */
export interface LeanEntry {
  readonly seq: number;
  /** The canonical body's UTF-8 bytes exactly as stored. */
  readonly body: Buffer;
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

/** The COPY of the entries after a sequence number (an integer we format: no injection). */
const copySql = (afterSeq: number, untilSeq: number | null): string =>
  `COPY (SELECT seq, body, leaf_hash, chain_hash FROM audit_entries WHERE seq > ${Math.trunc(afterSeq)}${untilSeq === null ? '' : ` AND seq <= ${Math.trunc(untilSeq)}`} ORDER BY seq) TO STDOUT (FORMAT binary)`;

function poolOf(db: Database): pg.Pool | null {
  const client = (db as unknown as { $client?: unknown }).$client;
  return client instanceof pg.Pool ? client : null;
}

/**
 * Parses PostgreSQL's binary COPY format for rows (seq bigint, body text, leaf_hash text, chain_hash text),
 * chunk by chunk; rows may span chunks.
 */
export class BinaryEntryParser {
  private rest: Buffer = Buffer.alloc(0);
  private headerDone = false;
  /** True once the trailer (field count −1) was read. */
  done = false;

  /**
   * Consumes a chunk.
   *
   * @param chunk - the next bytes of the stream
   * @param out - complete rows are appended here
   */
  push(chunk: Buffer, out: LeanEntry[]): void {
    const buf = this.rest.length > 0 ? Buffer.concat([this.rest, chunk]) : chunk;
    let at = 0;
    if (!this.headerDone) {
      const first = copyHeaderEnd(buf);
      if (first === null) {
        this.rest = buf;
        return;
      }
      at = first;
      this.headerDone = true;
    }
    for (;;) {
      if (buf.length - at < 2) break;
      const fields = buf.readInt16BE(at);
      if (fields === -1) {
        this.done = true;
        at += 2;
        break;
      }
      if (fields !== 4) throw new Error(`audit entry stream: ${fields} fields in a row, 4 expected`);
      // Walk the four length-prefixed fields; stop if the row is not complete in this buffer.
      let p = at + 2;
      const starts = [0, 0, 0, 0];
      const lens = [0, 0, 0, 0];
      let complete = true;
      for (let f = 0; f < 4; f++) {
        if (buf.length - p < 4) {
          complete = false;
          break;
        }
        const len = buf.readInt32BE(p);
        if (len < 0) throw new Error('audit entry stream: unexpected NULL');
        p += 4;
        if (buf.length - p < len) {
          complete = false;
          break;
        }
        starts[f] = p;
        lens[f] = len;
        p += len;
      }
      if (!complete) break;
      out.push({
        seq: Number(buf.readBigInt64BE(starts[0])),
        body: buf.subarray(starts[1], starts[1]! + lens[1]!),
        leafHash: buf.toString('latin1', starts[2], starts[2]! + lens[2]!),
        chainHash: buf.toString('latin1', starts[3], starts[3]! + lens[3]!),
      });
      at = p;
    }
    // Keep the incomplete tail (copied, so that the large chunk is not pinned by it).
    this.rest = at < buf.length ? Buffer.from(buf.subarray(at)) : Buffer.alloc(0);
  }
}

async function openCopyStream(pool: pg.Pool, pageSize: number, afterSeq: number, untilSeq: number | null): Promise<EntryStream> {
  const client = await pool.connect();
  const stream = client.query(copyTo(copySql(afterSeq, untilSeq)));
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const parser = new BinaryEntryParser();
  let ended = false;
  let released = false;
  const release = (err?: Error): void => {
    if (released) return;
    released = true;
    client.release(err);
  };
  return {
    next: async () => {
      const page: LeanEntry[] = [];
      while (!ended && page.length < pageSize) {
        let r: IteratorResult<Buffer>;
        try {
          r = await chunks.next();
        } catch (err) {
          release(err as Error);
          throw err;
        }
        if (r.done) {
          ended = true;
          if (!parser.done) throw new Error('audit entry stream: COPY ended without its trailer');
          break;
        }
        parser.push(r.value, page);
      }
      return page;
    },
    close: async () => {
      if (!ended) {
        // Stopped early: the connection is mid-COPY, so it is discarded rather than reused.
        stream.destroy();
        release(new Error('audit entry stream closed early'));
      } else {
        release();
      }
    },
  };
}

function openPagedStream(db: Database, pageSize: number, afterSeq: number, untilSeq: number | null): EntryStream {
  const fetchPage = async (after: number): Promise<LeanEntry[]> => {
    const rows = await queryRows<{ seq: string | number; body: string; leaf_hash: string; chain_hash: string }>(
      db,
      sql`select seq, body, leaf_hash, chain_hash from audit_entries where seq > ${after} and seq <= ${untilSeq ?? Number.MAX_SAFE_INTEGER} order by seq limit ${pageSize}`,
    );
    return rows.map((r) => ({ seq: Number(r.seq), body: Buffer.from(r.body, 'utf8'), leafHash: r.leaf_hash, chainHash: r.chain_hash }));
  };
  const request = (after: number): Promise<LeanEntry[]> => {
    const p = fetchPage(after);
    // Marked handled now (it may fail while the caller is still hashing); `next()` still sees the failure.
    p.catch(() => {});
    return p;
  };
  let pending: Promise<LeanEntry[]> | null = request(afterSeq);
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
    },
  };
}

/**
 * Opens a stream over the log, from its start or after a sequence number.
 *
 * @param db - database (read-only use)
 * @param pageSize - entries per page (about; a COPY page may end a few rows later)
 * @param afterSeq - stream the entries after this one (0: the whole log)
 * @param untilSeq - and up to this one included (null: to the end)
 * @returns the stream; close it when done
 */
export async function openEntryStream(db: Database, pageSize: number, afterSeq = 0, untilSeq: number | null = null): Promise<EntryStream> {
  if (!Number.isSafeInteger(afterSeq) || afterSeq < 0) throw new RangeError('afterSeq must be a non-negative integer');
  if (untilSeq !== null && !Number.isSafeInteger(untilSeq)) throw new RangeError('untilSeq must be an integer');
  const pool = poolOf(db);
  return pool ? openCopyStream(pool, pageSize, afterSeq, untilSeq) : openPagedStream(db, pageSize, afterSeq, untilSeq);
}
