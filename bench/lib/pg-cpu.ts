/**
 * CPU time spent by the PostgreSQL backends serving one database, read from /proc (PostgreSQL on this host,
 * /proc readable: the same user or root). With it a benchmark can report what a request costs in CPU on both
 * sides of the connection, a figure that holds on a machine whose load changes while throughput does not.
 */
import fs from 'node:fs';
import pg from 'pg';

/** Clock ticks per second of /proc's utime and stime (USER_HZ; 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** A reader of the backends' CPU. */
export interface BackendCpu {
  /** CPU microseconds of the database's backends (user + system) per backend pid, or null when unreadable. */
  sample(): Promise<Map<number, number> | null>;
  close(): Promise<void>;
}

/** CPU microseconds (user + system) of a process, or null when /proc cannot be read. */
function processCpuMicros(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    if (!Number.isFinite(utime) || !Number.isFinite(stime)) return null;
    return ((utime + stime) * 1e6) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/**
 * Opens a reader for the backends of one database (its own connection is left out).
 *
 * @param url - a URL of the database
 * @returns the reader
 */
export async function openBackendCpu(url: string): Promise<BackendCpu> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const host = new URL(url).hostname;
  const local = host === '127.0.0.1' || host === 'localhost' || host === '::1' || host === '';
  return {
    async sample() {
      if (!local) return null;
      const { rows } = await client.query<{ pid: number }>('select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()');
      const out = new Map<number, number>();
      for (const { pid } of rows) {
        const us = processCpuMicros(pid);
        if (us === null) return null;
        out.set(pid, us);
      }
      return out;
    },
    close: () => client.end(),
  };
}

/**
 * CPU spent between two samples: for each backend alive at the end, its CPU minus what it had at the start
 * (all of it when it started in between). Backends that ended in between are not counted.
 *
 * @param before - the first sample
 * @param after - the second sample
 * @returns microseconds, or null when either sample is missing
 */
export function cpuBetween(before: Map<number, number> | null, after: Map<number, number> | null): number | null {
  if (!before || !after) return null;
  let total = 0;
  for (const [pid, us] of after) total += us - (before.get(pid) ?? 0);
  return total;
}
