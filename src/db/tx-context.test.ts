import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from './test-db.ts';
import { currentTransaction } from './tx-context.ts';

test('after-commit hooks run after COMMIT and never after a rollback; the transaction is visible deeper down', async () => {
  const handle = await createTestDatabase();
  try {
    const order: string[] = [];
    assert.equal(currentTransaction(), undefined);
    await handle.db.transaction(async (tx) => {
      const ctx = currentTransaction();
      assert.ok(ctx);
      assert.equal(ctx.tx, tx);
      ctx.afterCommit.push(async () => {
        order.push('hook');
      });
      await tx.execute(sql`select 1`);
      order.push('body');
    });
    assert.deepEqual(order, ['body', 'hook']);

    let ran = false;
    await assert.rejects(
      handle.db.transaction(async () => {
        currentTransaction()!.afterCommit.push(async () => {
          ran = true;
        });
        throw new Error('roll back');
      }),
    );
    assert.equal(ran, false);
  } finally {
    await handle.close();
  }
});
