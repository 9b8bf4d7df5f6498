/**
 * The two hashes of an audit entry, computed the same way by the appender and the verifier with one native
 * call each and no per-entry hash object or concatenation: the body's UTF-8 bytes are laid out after a
 * 32-byte slot, [slot ‖ body], so that
 * - the Merkle leaf, SHA-256(0x00 ‖ body), is the hash of the buffer from the slot's last byte (set to 0), and
 * - the chain hash, SHA-256(previous chain hash ‖ body), is the hash of the whole buffer with the previous
 *   chain hash written into the slot.
 */
import crypto from 'node:crypto';

const SLOT = 32;

/** An entry body's bytes behind a 32-byte slot. */
export interface EntryBytes {
  readonly buf: Buffer;
  /** Bytes used: 32 + the body's UTF-8 length. */
  readonly len: number;
}

/**
 * Lays out a body (allocates exactly what it needs; the appender keeps one per queued entry).
 *
 * @param body - canonical JSON text
 * @returns the layout
 */
export function entryBytes(body: string): EntryBytes {
  const n = Buffer.byteLength(body, 'utf8');
  const buf = Buffer.allocUnsafe(SLOT + n);
  buf.write(body, SLOT, 'utf8');
  return { buf, len: SLOT + n };
}

/**
 * SHA-256(0x00 ‖ body): the Merkle leaf (same value as `hashLeaf` of the body's bytes).
 *
 * @param e - the layout (its slot is overwritten)
 * @returns the 32-byte leaf hash
 */
export function leafOfEntry(e: EntryBytes): Buffer {
  e.buf[SLOT - 1] = 0;
  return crypto.hash('sha256', e.buf.subarray(SLOT - 1, e.len), 'buffer');
}

/**
 * SHA-256(prev ‖ body): the chain hash (same value as `chainHashOf`).
 *
 * @param e - the layout (its slot is overwritten)
 * @param prev - the previous chain hash (32 bytes)
 * @returns the 32-byte chain hash
 */
export function chainOfEntry(e: EntryBytes, prev: Uint8Array): Buffer {
  e.buf.set(prev, 0);
  return crypto.hash('sha256', e.buf.subarray(0, e.len), 'buffer');
}

/** A reusable layout for reading many bodies one after the other (the verifier). */
export class EntryScratch implements EntryBytes {
  buf = Buffer.allocUnsafe(4096);
  len = 0;

  /**
   * Writes a body into the scratch buffer, growing it when needed.
   *
   * @param body - canonical JSON text, or its UTF-8 bytes
   * @returns this layout, valid until the next load
   */
  load(body: string | Uint8Array): EntryBytes {
    if (typeof body !== 'string') {
      if (this.buf.length < SLOT + body.length) this.buf = Buffer.allocUnsafe(2 * (SLOT + body.length));
      this.buf.set(body, SLOT);
      this.len = SLOT + body.length;
      return this;
    }
    // A UTF-16 code unit takes at most 3 UTF-8 bytes.
    if (this.buf.length < SLOT + 3 * body.length) this.buf = Buffer.allocUnsafe(2 * (SLOT + 3 * body.length));
    this.len = SLOT + this.buf.write(body, SLOT, 'utf8');
    return this;
  }
}
