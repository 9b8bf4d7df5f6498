import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase } from '../../db/test-db.ts';
import { passwordSha1 } from './hash-password.ts';
import { importLeakList, isPasswordLeaked } from './leaked-passwords.ts';

test('a "SHA1-HASH:count" list is streamed in batches; malformed lines are counted, not fatal', async (t) => {
  const db = await createTestDatabase();
  t.after(() => db.close());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khien-leaks-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'pwned.txt');
  const out = fs.createWriteStream(file);
  // 5,000 filler hashes plus three known passwords, lower- and upper-case hex, CRLF endings, junk lines.
  for (let i = 0; i < 5_000; i++) out.write(`${passwordSha1(`filler-${i}`)}:${i}\r\n`);
  out.write(`${passwordSha1('Sông-Hồng-Chảy-Mãi-47!').toLowerCase()}:12\n`);
  out.write(`${passwordSha1('matkhau123')}\n`);
  out.write('not a hash line\n# comment\n\nABCDEF:1\n');
  out.write(`${passwordSha1('matkhau123')}:99\n`);
  await new Promise<void>((resolve) => out.end(resolve));
  const progress: number[] = [];
  const r = await importLeakList(db.db, file, (read) => progress.push(read));
  assert.equal(r.imported, 5_002, "duplicates within a batch are merged");
  assert.equal(r.rejected, 2);
  assert.equal(r.rejectedLines.length, 2);
  assert.ok(progress.length >= 3, 'progress reported per batch');
  assert.equal(await isPasswordLeaked(db.db, 'Sông-Hồng-Chảy-Mãi-47!'), true);
  assert.equal(await isPasswordLeaked(db.db, 'matkhau123'), true);
  assert.equal(await isPasswordLeaked(db.db, 'not-in-the-list-42!'), false);
  // Re-import is idempotent.
  const again = await importLeakList(db.db, file);
  assert.equal(again.rejected, 2);
});
