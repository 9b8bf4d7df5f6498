/**
 * A reader of PostgreSQL's binary COPY format for rows of any shape (the archive files of `archive.ts`): it
 * takes the stream chunk by chunk (rows may span chunks) and hands each row's fields as views into the chunk
 * (no copy; valid only during the call), NULL as `null`.
 */

/** "PGCOPY\n\377\r\n\0", then 32-bit flags and header-extension length. */
const COPY_SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');

/**
 * Reads the header of a binary COPY stream at the start of `buf`.
 *
 * @param buf - the first bytes of the stream
 * @returns the offset of the first row, or null when the header is not complete yet
 * @throws Error when the bytes are not a binary COPY stream
 */
export function copyHeaderEnd(buf: Buffer): number | null {
  if (buf.length < 19) return null;
  if (!buf.subarray(0, 11).equals(COPY_SIGNATURE)) throw new Error('not a binary COPY stream (not a PostgreSQL binary COPY header)');
  const end = 19 + buf.readUInt32BE(15);
  return buf.length < end ? null : end;
}

/** Reads a binary COPY stream. */
export class CopyReader {
  /** Rows read. */
  rows = 0;
  /** True once the trailer was read. */
  done = false;
  private rest: Buffer | null = null;
  private headerDone = false;
  private readonly fields: (Buffer | null)[] = [];
  /** The row callback asked to stop: later bytes are ignored. */
  private stopped = false;

  /**
   * @param onRow - called with each row's fields (views into the current chunk); return false to stop reading
   */
  constructor(private readonly onRow: (fields: readonly (Buffer | null)[]) => boolean | void) {}

  /**
   * Consumes the next bytes.
   *
   * @param chunk - the bytes
   * @throws Error when the bytes are not a binary COPY stream
   */
  push(chunk: Buffer): void {
    if (this.stopped) return;
    if (this.done) {
      if (chunk.length > 0) throw new Error('bytes after the end of the COPY data');
      return;
    }
    const buf = this.rest ? Buffer.concat([this.rest, chunk]) : chunk;
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
    const end = buf.length;
    rows: while (end - at >= 2) {
      const count = buf.readInt16BE(at);
      if (count === -1) {
        this.done = true;
        at += 2;
        if (at !== end) throw new Error('bytes after the end of the COPY data');
        break;
      }
      if (count < 0) throw new Error(`bad field count ${count}`);
      let p = at + 2;
      this.fields.length = 0;
      for (let i = 0; i < count; i++) {
        if (end - p < 4) break rows;
        const len = buf.readInt32BE(p);
        p += 4;
        if (len === -1) {
          this.fields.push(null);
          continue;
        }
        if (len < 0) throw new Error(`bad field length ${len}`);
        if (end - p < len) break rows;
        this.fields.push(buf.subarray(p, p + len));
        p += len;
      }
      at = p;
      this.rows++;
      if (this.onRow(this.fields) === false) {
        this.stopped = true;
        this.rest = null;
        return;
      }
    }
    this.rest = at < end ? Buffer.from(buf.subarray(at)) : null;
  }

  /**
   * Ends the stream.
   *
   * @throws Error when the stream ended before its trailer
   */
  finish(): void {
    if (!this.done && !this.stopped) throw new Error('the COPY data ends before its trailer (truncated file)');
  }
}
