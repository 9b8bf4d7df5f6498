import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from '../db/test-db.ts';
import { loadConfig } from '../platform/config.ts';
import { createAuditAppender } from './appender.ts';
import { makeAccessEvent, tamper } from './audit-test-helpers.ts';
import { runAuditCheckpoint, runAuditPublicKey, runAuditVerify } from './audit.cli.ts';

test('khien audit checkpoint / verify / public-key: exit codes and bilingual reports', async () => {
  const database = await createTestDatabase();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khien-cli-'));
  try {
    const config = loadConfig({}, { auditSigningKey: crypto.randomBytes(32).toString('base64'), dataDir: dir });
    let out = '';
    const io = { config, database, write: (t: string) => void (out += t) };
    const a = createAuditAppender({ db: database.db });
    await Promise.all(Array.from({ length: 25 }, () => a.append(makeAccessEvent())));
    await a.stop();

    const file = path.join(dir, 'checkpoint.txt');
    assert.equal(await runAuditCheckpoint({ out: file }, io), 0);
    assert.match(fs.readFileSync(file, 'utf8'), /^baohiemxahoi\.gov\.vn\/khien\/audit\n25\n/);

    out = '';
    assert.equal(await runAuditVerify({ checkpoint: file }, io), 0);
    assert.match(out, /HỢP LỆ \/ VALID: 25 mục nhật ký \/ entries/);
    assert.match(out, /chữ ký \/ signature hợp lệ \/ valid/);

    // Incremental: from the stored checkpoint at 25, five new entries checked.
    const b = createAuditAppender({ db: database.db });
    await b.recover();
    await Promise.all(Array.from({ length: 5 }, () => b.append(makeAccessEvent())));
    await b.stop();
    out = '';
    assert.equal(await runAuditVerify({ incremental: true }, io), 0);
    assert.match(out, /kích thước 25: đã kiểm tra 5 mục mới \/ from the signed checkpoint of size 25: 5 new entries checked/);
    assert.match(out, /HỢP LỆ \/ VALID: 30 mục/);

    out = '';
    assert.equal(await runAuditPublicKey(io), 0);
    assert.match(out, /^baohiemxahoi\.gov\.vn\/khien\/audit\+[0-9a-f]{8}\+/);

    await tamper(database.db, sql`delete from audit_entries where seq = 13`);
    out = '';
    assert.equal(await runAuditVerify({ checkpoint: file }, io), 1);
    assert.match(out, /KHÔNG HỢP LỆ \/ INVALID: mục #13 bị xóa\/thiếu \/ entry #13 missing/);

    out = '';
    assert.equal(await runAuditVerify({ json: true }, io), 1);
    assert.equal(JSON.parse(out).firstFault.seq, 13);

    fs.writeFileSync(path.join(dir, 'bad.txt'), 'garbage');
    out = '';
    assert.equal(await runAuditVerify({ checkpoint: path.join(dir, 'bad.txt') }, io), 1);
    assert.match(out, /Tệp điểm kiểm tra không đúng định dạng/);
    assert.equal(await runAuditVerify({ checkpoint: path.join(dir, 'missing.txt') }, io), 1);
  } finally {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
