/**
 * One process at a time on an embedded (PGlite) data directory (issue 21, defect 7): PGlite is a single-process
 * database, and a second process writing the same directory corrupts it, or — as the CLI did — changes a copy
 * the running server never sees. `openDatabase` takes `<dataDir>/khien.lock` (created exclusively, holding the
 * process id) before opening PGlite and removes it on close; a lock left by a process that no longer exists is
 * taken over. Another live process's lock is refused with `KHIEN_DB_DATA_DIR_LOCKED` naming its process id.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineErrors } from '../platform/errors.ts';

/** Errors of the database layer. */
export const DbErrors = defineErrors('DB', {
  DATA_DIR_LOCKED: {
    status: 503,
    vi: 'Thư mục dữ liệu %s đang được tiến trình %s (máy chủ Khiên đang chạy) sử dụng: dừng máy chủ trước khi chạy lệnh này, hoặc dùng PostgreSQL (DATABASE_URL) để nhiều tiến trình cùng làm việc',
    en: 'The data directory %s is held by process %s (a running Khiên server): stop the server before running this command, or use PostgreSQL (DATABASE_URL) for several processes at once',
  },
});

/** File name of the lock inside the data directory. */
export const LOCK_FILE = 'khien.lock';

/** A held lock. */
export interface DataDirLock {
  readonly file: string;
  release(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the data directory's lock for this process.
 *
 * @param dataDir - the data directory (holds `pglite/`)
 * @param role - what this process is, for the file's reader (`server`, `cli`)
 * @returns the lock
 * @throws KHIEN_DB_DATA_DIR_LOCKED when another live process holds it
 */
export function lockDataDir(dataDir: string, role: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const content = `${JSON.stringify({ pid: process.pid, role, host: os.hostname(), since: new Date().toISOString() })}\n`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, content, { flag: 'wx', mode: 0o600 });
      let released = false;
      return {
        file,
        release() {
          if (released) return;
          released = true;
          try {
            if (holderOf(file) === process.pid) fs.unlinkSync(file);
          } catch {
            // Already gone: nothing to release.
          }
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = holderOf(file);
    if (holder !== null && holder !== process.pid && alive(holder)) throw new DbErrors.DATA_DIR_LOCKED(dataDir, holder);
    if (holder === process.pid) throw new DbErrors.DATA_DIR_LOCKED(dataDir, holder);
    // Left behind by a process that stopped without closing (or unreadable): take it over.
    fs.rmSync(file, { force: true });
  }
  throw new DbErrors.DATA_DIR_LOCKED(dataDir, holderOf(file) ?? '?');
}

function holderOf(file: string): number | null {
  try {
    const pid = (JSON.parse(fs.readFileSync(file, 'utf8')) as { pid?: unknown }).pid;
    return typeof pid === 'number' && Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}
