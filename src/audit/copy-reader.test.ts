/**
 * The binary COPY reader of the archive files (copy-reader.ts): rows split across chunks at every byte, NULL
 * fields, the trailer, a truncated stream and a foreign file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CopyReader } from './copy-reader.ts';

/** A binary COPY stream of rows of (int8, text-or-null). */
function copyOf(rows: readonly (readonly [number, string | null])[]): Buffer {
  const parts: Buffer[] = [Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(8)];
  for (const [n, s] of rows) {
    const head = Buffer.alloc(2 + 4 + 8);
    head.writeInt16BE(2, 0);
    head.writeInt32BE(8, 2);
    head.writeBigInt64BE(BigInt(n), 6);
    parts.push(head);
    const len = Buffer.alloc(4);
    if (s === null) {
      len.writeInt32BE(-1, 0);
      parts.push(len);
    } else {
      const text = Buffer.from(s, 'utf8');
      len.writeInt32BE(text.length, 0);
      parts.push(len, text);
    }
  }
  parts.push(Buffer.from([0xff, 0xff]));
  return Buffer.concat(parts);
}

const ROWS = [[1, 'một'], [2, null], [3, '{"a":"b\\n"}'], [4, '']] as const;

test('rows are read the same whatever the chunking, NULL as null', () => {
  const bytes = copyOf(ROWS);
  for (const size of [1, 2, 3, 7, 19, 20, bytes.length]) {
    const got: [number, string | null][] = [];
    const r = new CopyReader((f) => {
      got.push([Number(f[0]!.readBigInt64BE(0)), f[1] === null ? null : f[1]!.toString('utf8')]);
    });
    for (let at = 0; at < bytes.length; at += size) r.push(bytes.subarray(at, at + size));
    r.finish();
    assert.deepEqual(got, ROWS.map(([n, s]) => [n, s]), `chunks of ${size}`);
    assert.equal(r.rows, 4);
  }
});

test('a truncated stream, bytes after the trailer, and a foreign file are refused', () => {
  const bytes = copyOf(ROWS);
  const cut = new CopyReader(() => undefined);
  cut.push(bytes.subarray(0, bytes.length - 5));
  assert.throws(() => cut.finish(), /truncated/);
  const extra = new CopyReader(() => undefined);
  assert.throws(() => extra.push(Buffer.concat([bytes, Buffer.from('x')])), /after the end/);
  assert.throws(() => new CopyReader(() => undefined).push(Buffer.from('seq,body\n1,hello\n'.repeat(3))), /not a PostgreSQL binary COPY/);
});

test('the row callback may stop the reading', () => {
  const r = new CopyReader((f) => Number(f[0]!.readBigInt64BE(0)) < 2);
  r.push(copyOf(ROWS));
  r.finish();
  assert.equal(r.rows, 2);
});
