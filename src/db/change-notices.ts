/**
 * Cross-process change notices over PostgreSQL `LISTEN`/`NOTIFY` (issue 21, defect 7): a change that other
 * processes hold in memory — an account suspended or reinstated, an HR event ending a person's assignments —
 * notifies inside its own transaction (PostgreSQL delivers it at COMMIT, never for a rollback), and every
 * running server reloads what it caches (the access grant index, the detector's account facts). So a change
 * made by the CLI, or by another node, holds on the server's next request instead of at its next periodic reload.
 * On PGlite one process owns the data directory (`data-dir-lock.ts`), so there is no one else to tell.
 */
import { sql } from 'drizzle-orm';
import type { Database, DbHandle } from './client.ts';

/** The channel every Khiên process listens on. */
export const CHANGE_CHANNEL = 'khien_changes';

/** What changed. */
export type ChangeKind = 'accounts' | 'grants';

/**
 * Notifies the other processes of a change, within the caller's transaction.
 *
 * @param tx - the open transaction (or database) that makes the change
 * @param kind - what changed
 */
export async function notifyChange(tx: Database, kind: ChangeKind): Promise<void> {
  await tx.execute(sql`select pg_notify(${CHANGE_CHANNEL}, ${kind})`);
}

/**
 * Listens for change notices on a dedicated connection (PostgreSQL only), reconnecting after a failure.
 *
 * @param database - the opened database
 * @param onChange - called for each notice (also once after a reconnect, for what may have been missed)
 * @param onError - connection failures
 * @returns the stopper, or null on PGlite
 */
export async function listenForChanges(
  database: DbHandle,
  onChange: (kind: ChangeKind) => void,
  onError: (err: unknown) => void,
): Promise<(() => Promise<void>) | null> {
  const pool = database.pool;
  if (!pool) return null;
  let stopped = false;
  // The listening connection, and its release (once only: an error can arrive after the stop released it).
  let current: { release: (destroy: boolean) => void } | null = null;
  let retry: NodeJS.Timeout | null = null;
  const connect = async (reconnect: boolean): Promise<void> => {
    try {
      const c = await pool.connect();
      let released = false;
      const own = {
        release: (destroy: boolean): void => {
          if (released) return;
          released = true;
          c.removeAllListeners('notification');
          c.release(destroy);
        },
      };
      current = own;
      c.on('notification', (msg) => {
        if (msg.channel === CHANGE_CHANNEL && (msg.payload === 'accounts' || msg.payload === 'grants')) onChange(msg.payload);
      });
      c.on('error', (err) => {
        own.release(true);
        if (current === own) current = null;
        if (stopped) return;
        onError(err);
        retry = setTimeout(() => void connect(true), 1000);
      });
      await c.query(`LISTEN ${CHANGE_CHANNEL}`);
      if (reconnect) {
        onChange('accounts');
        onChange('grants');
      }
    } catch (err) {
      onError(err);
      if (!stopped) retry = setTimeout(() => void connect(true), 1000);
    }
  };
  await connect(false);
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    const own = current;
    current = null;
    // Closed rather than returned to the pool: a pooled client would keep this listener's handlers.
    own?.release(true);
  };
}
