/**
 * Progress of HR file imports, for the console to show while a long file is applied: the console names the
 * import with an id of its own (`progressId`), the import reports its phase and rows done under that id, and
 * the console polls it. Held in this process's memory only — it is a view of work in flight, not a record (the
 * import's result is the response and the audit log): entries end ten minutes after their last change, at most
 * 200 are held, and only the account that started an import may read its progress. On several nodes the poll
 * may reach a node that does not run the import: the answer is then "unknown" and the console shows an
 * indeterminate bar.
 */
import type { Clock } from '../../platform/clock.ts';
import type { HrProgress } from './hr-import.ts';

/** What the console sees of an import in flight. */
export interface HrImportProgressView {
  readonly phase: 'validate' | 'prepare' | 'apply' | 'done';
  readonly done: number;
  readonly total: number;
}

interface Entry {
  readonly accountId: string;
  view: HrImportProgressView;
  touched: number;
}

/** The registry of imports in flight. */
export interface HrImportProgressBoard {
  /**
   * Starts following an import.
   *
   * @param id - the console's id for it
   * @param accountId - the importing account (the only reader)
   * @returns the callback the import reports through
   */
  follow(id: string, accountId: string): HrProgress;
  /** Marks an import as ended (kept for a last poll). */
  finish(id: string): void;
  /** The progress of an import, or null when unknown here or started by another account. */
  read(id: string, accountId: string): HrImportProgressView | null;
}

const TTL_MS = 10 * 60_000;
const MAX_ENTRIES = 200;

/**
 * Creates the board.
 *
 * @param clock - time source (expiry)
 * @returns the board
 */
export function createHrImportProgressBoard(clock: Clock): HrImportProgressBoard {
  const entries = new Map<string, Entry>();
  const sweep = (now: number): void => {
    for (const [id, e] of entries) if (now - e.touched > TTL_MS) entries.delete(id);
    // Oldest first (insertion order): a flood of ids cannot grow the map past its bound.
    while (entries.size > MAX_ENTRIES) {
      const oldest = entries.keys().next();
      if (oldest.done === true) break;
      entries.delete(oldest.value);
    }
  };
  return {
    follow(id, accountId) {
      const now = clock.now().getTime();
      entries.delete(id);
      entries.set(id, { accountId, view: { phase: 'validate', done: 0, total: 0 }, touched: now });
      sweep(now);
      return (phase, done, total) => {
        const e = entries.get(id);
        if (!e) return;
        e.view = { phase, done, total };
        e.touched = clock.now().getTime();
      };
    },
    finish(id) {
      const e = entries.get(id);
      if (!e) return;
      e.view = { phase: 'done', done: e.view.total, total: e.view.total };
      e.touched = clock.now().getTime();
    },
    read(id, accountId) {
      sweep(clock.now().getTime());
      const e = entries.get(id);
      return e && e.accountId === accountId ? e.view : null;
    },
  };
}
