/**
 * Transaction context: while a `db.transaction(...)` callback runs, code deeper in the call chain can find the
 * open transaction and register work to run after it commits. The audit recorder uses it so that an admin
 * change and its audit record commit together (STYLE.md rule 12): inside a transaction the event goes to the
 * transactional outbox through the same `tx`, and is chained into the audit log right after COMMIT.
 *
 * Without it, a recorder that commits on its own connection deadlocks on PGlite (one connection: the open
 * transaction holds it) and, on PostgreSQL, could record a change that then rolls back.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Database } from './client.ts';

/** The open transaction and its after-commit hooks. */
export interface TxContext {
  readonly tx: Database;
  /** Run in order after COMMIT (never after a rollback); each must handle its own errors. */
  readonly afterCommit: Array<() => Promise<void>>;
}

const store = new AsyncLocalStorage<TxContext>();

/** The transaction the current call chain runs in, if any. */
export function currentTransaction(): TxContext | undefined {
  return store.getStore();
}

type TransactionFn = Database['transaction'];

/**
 * Makes `db.transaction` expose its transaction through {@link currentTransaction} and run after-commit hooks.
 * Nested transactions (savepoints, `tx.transaction`) share the outermost context.
 *
 * @param db - the root database object (mutated and returned)
 * @returns the same object
 */
export function instrumentTransactions(db: Database): Database {
  const original = db.transaction.bind(db) as TransactionFn;
  const instrumented: TransactionFn = async (fn, config) => {
    if (store.getStore()) return original(fn, config);
    const afterCommit: Array<() => Promise<void>> = [];
    const result = await original((tx) => store.run({ tx: tx as unknown as Database, afterCommit }, () => fn(tx)), config);
    for (const hook of afterCommit) await hook();
    return result;
  };
  (db as { transaction: TransactionFn }).transaction = instrumented;
  return db;
}
