import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { queryRows } from '../db/client.ts';
import { createTestDatabase } from '../db/test-db.ts';
import { loadConfig } from '../platform/config.ts';
import { createManualClock } from '../platform/clock.ts';
import { runCreateIngestToken } from './detect.cli.ts';
import { verifyIngestToken } from './ingest/ingest-tokens.ts';

test('khien detect ingest-token prints a token once and stores only its hash', async () => {
  const database = await createTestDatabase();
  try {
    let out = '';
    const config = loadConfig({}, { logLevel: 'silent' });
    assert.equal(await runCreateIngestToken('vpn-hn-01', { config, database, write: (t) => (out += t) }), 0);
    const token = /khien_ing_[A-Za-z0-9_-]+/.exec(out)?.[0];
    assert.ok(token);
    const found = await verifyIngestToken(database.db, createManualClock(), token);
    assert.deepEqual(found.ok && found.system, 'vpn-hn-01');
    const rows = await queryRows<{ token_hash: string }>(database.db, sql`select token_hash from detect_ingest_tokens`);
    assert.equal(rows.length, 1);
    assert.ok(!JSON.stringify(rows).includes(token), 'the token itself is not stored');
    assert.equal(await runCreateIngestToken('bad name!', { config, database, write: () => {} }), 1);
    assert.deepEqual(await verifyIngestToken(database.db, createManualClock(), 'khien_ing_nope'), { ok: false, id: null, reason: 'ingest_token_unknown' });
  } finally {
    await database.close();
  }
});
