import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createTestApp } from '../app/test-app.ts';
import { queryRows } from '../db/client.ts';
import { runInTransaction } from '../db/tx-context.ts';
import type { AdminEvent } from '../events/types.ts';
import { verifyChain } from './verify-chain.ts';

function adminEvent(action: string): AdminEvent {
  return {
    id: crypto.randomUUID(),
    kind: 'admin',
    time: new Date().toISOString(),
    source: { system: 'khien' },
    actor: { type: 'system', accountId: null },
    action,
    target: { type: 'test', id: action },
    outcome: 'success',
  };
}

test('an event recorded inside a transaction commits with it, is chained after COMMIT, and vanishes on rollback', async () => {
  const { app, close } = await createTestApp();
  try {
    const { db } = app.khien.database;
    const recorder = app.khien.recorder;
    const published: string[] = [];
    app.khien.bus.subscribe((e) => published.push(e.id));

    const kept = adminEvent('outbox.kept');
    await runInTransaction(db, async (tx) => {
      await tx.execute(sql`select 1`);
      const receipt = await recorder.record(kept, tx);
      assert.equal(receipt.seq, 0, 'pending until commit');
      assert.ok(!published.includes(kept.id), 'not published before commit');
    });
    const rowsAfter = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from audit_entries where event_id = ${kept.id}`);
    assert.equal(rowsAfter[0]!.n, 1);
    const outbox = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from audit_outbox`);
    assert.equal(outbox[0]!.n, 0);
    assert.ok(published.includes(kept.id));

    const dropped = adminEvent('outbox.dropped');
    await assert.rejects(
      runInTransaction(db, async (tx) => {
        await recorder.record(dropped, tx);
        throw new Error('roll back');
      }),
    );
    const none = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from audit_entries where event_id = ${dropped.id}`);
    assert.equal(none[0]!.n, 0);
    assert.ok(!published.includes(dropped.id));

    const report = await verifyChain(db);
    assert.equal(report.ok, true);
  } finally {
    await close();
  }
});
