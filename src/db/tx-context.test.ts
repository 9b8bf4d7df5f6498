import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from './test-db.ts';
import { afterCommit, runInTransaction } from './tx-context.ts';

test('after-commit hooks run after COMMIT and never after a rollback; the transaction is passed down explicitly', async () => {
  const handle = await createTestDatabase();
  try {
    const order: string[] = [];
    await runInTransaction(handle.db, async (tx) => {
      afterCommit(tx, async () => {
        order.push('hook');
      });
      // A savepoint shares its outer transaction's hooks: they run once, after the outer COMMIT.
      await runInTransaction(tx, async (inner) => {
        afterCommit(inner, async () => {
          order.push('inner hook');
        });
      });
      await tx.execute(sql`select 1`);
      order.push('body');
    });
    assert.deepEqual(order, ['body', 'hook', 'inner hook']);

    let ran = false;
    await assert.rejects(
      runInTransaction(handle.db, async (tx) => {
        afterCommit(tx, async () => {
          ran = true;
        });
        throw new Error('roll back');
      }),
    );
    assert.equal(ran, false);
    // The root database is not a transaction: work registered on it would never run, so it is refused.
    assert.throws(() => afterCommit(handle.db as Parameters<typeof afterCommit>[0], async () => {}));
  } finally {
    await handle.close();
  }
});
