/**
 * Transactions that the write path passes explicitly (STYLE.md rule 12): {@link runInTransaction} opens one and
 * hands the callback a {@link Tx}, which callees take as a parameter; the audit recorder, given that `tx`,
 * writes the event to the transactional outbox through it and registers, with {@link afterCommit}, the work
 * that chains it into the audit log right after COMMIT (before `runInTransaction` returns to its caller). So a
 * change and its audit record commit or roll back together.
 *
 * Without it, a recorder that commits on its own connection deadlocks on PGlite (one connection: the open
 * transaction holds it) and, on PostgreSQL, could record a change that then rolls back.
 */
import type { Database } from './client.ts';

declare const TX_BRAND: unique symbol;

/**
 * An open transaction, opened by {@link runInTransaction}: a database handle (repos take it as `Database`)
 * that also carries after-commit work. The brand keeps the root database from being passed where a transaction
 * is required.
 */
export type Tx = Database & { readonly [TX_BRAND]: true };

/** Work to run after COMMIT (never after a rollback); each must handle its own errors. */
type Hook = () => Promise<void>;

/** The after-commit hooks of each open transaction (savepoints share their outermost transaction's). */
const hooksOf = new WeakMap<object, Hook[]>();

/**
 * Runs `fn` in a transaction, then the after-commit hooks registered on it. Called with a {@link Tx}, opens a
 * savepoint that shares the outer transaction's hooks.
 *
 * @param db - the root database, or an open transaction (savepoint)
 * @param fn - the work, given the transaction
 * @returns what `fn` returned, after COMMIT and the after-commit hooks
 */
export async function runInTransaction<T>(db: Database, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const outer = hooksOf.get(db);
  const hooks = outer ?? [];
  const result = await db.transaction(async (raw) => {
    hooksOf.set(raw, hooks);
    return fn(raw as unknown as Tx);
  });
  if (!outer) for (const hook of hooks) await hook();
  return result;
}

/**
 * Registers work to run after the transaction commits (never after a rollback).
 *
 * @param tx - a transaction opened by {@link runInTransaction}
 * @param hook - the work; must handle its own errors
 * @throws Error when `tx` was not opened by {@link runInTransaction} (its hooks would never run)
 */
export function afterCommit(tx: Tx, hook: Hook): void {
  const hooks = hooksOf.get(tx);
  if (!hooks) throw new Error('afterCommit: not a transaction opened by runInTransaction');
  hooks.push(hook);
}
