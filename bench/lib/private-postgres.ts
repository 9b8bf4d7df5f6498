/**
 * A private PostgreSQL instance for one benchmark: `initdb` in a temporary directory, started with `pg_ctl` on
 * its own port with the settings the benchmark needs (e.g. `shared_preload_libraries=pgaudit`), stopped and
 * deleted afterwards. The shared server is never touched. When the process runs as root, the server's programs
 * run as the `postgres` user (initdb refuses root).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** Where Debian installs PostgreSQL 15's server programs and libraries. */
export const PG_BIN = process.env.BENCH_PG_BIN ?? '/usr/lib/postgresql/15/bin';
export const PG_LIB = process.env.BENCH_PG_LIB ?? '/usr/lib/postgresql/15/lib';

/** A running private instance. */
export interface PrivatePostgres {
  readonly port: number;
  /** `postgres://postgres@127.0.0.1:<port>/<database>`. */
  url(database: string): string;
  /** The server log (what pgaudit writes to). */
  readonly logFile: string;
  /**
   * CPU microseconds the server has spent so far: the postmaster, its live children, and the children it has
   * reaped (backends that ended; /proc's cutime and cstime), or null when /proc cannot be read.
   */
  cpuMicros(): number | null;
  stop(): Promise<void>;
}

/** Clock ticks per second of /proc's times (USER_HZ). */
const TICKS_PER_SECOND = 100;

/** utime, stime, cutime, cstime and ppid of a process from /proc, or null. */
function procTimes(pid: number): { self: number; children: number; ppid: number } | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const n = (i: number): number => Number(f[i]);
    return { ppid: n(1), self: n(11) + n(12), children: n(13) + n(14) };
  } catch {
    return null;
  }
}

interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a program, as the `postgres` user when this process is root.
 *
 * @param file - the program
 * @param args - its arguments
 * @param opts - working directory
 * @returns exit code and output (code 127 when the program is missing)
 */
export function runAsPostgres(file: string, args: readonly string[], opts: { cwd?: string } = {}): Promise<Ran> {
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, [...args]];
  return new Promise((resolve) => {
    execFile(cmd, argv, { cwd: opts.cwd ?? os.tmpdir(), maxBuffer: 32 * 2 ** 20 }, (err, stdout, stderr) => {
      const e = err as (NodeJS.ErrnoException & { code?: number | string }) | null;
      resolve({ code: e ? (e.code === 'ENOENT' ? 127 : typeof e.code === 'number' ? e.code : 1) : 0, stdout, stderr });
    });
  });
}

/** A free TCP port on 127.0.0.1 (or `preferred` when it is free). */
async function freePort(preferred?: number): Promise<number> {
  const tryPort = (port: number): Promise<number | null> =>
    new Promise((resolve) => {
      const srv = net.createServer();
      srv.once('error', () => resolve(null));
      srv.listen(port, '127.0.0.1', () => {
        const addr = srv.address();
        const p = typeof addr === 'object' && addr ? addr.port : null;
        srv.close(() => resolve(p));
      });
    });
  if (preferred !== undefined) {
    const p = await tryPort(preferred);
    if (p !== null) return p;
  }
  const p = await tryPort(0);
  if (p === null) throw new Error('no free port');
  return p;
}

/**
 * Why a private instance cannot be started here, or null when it can.
 *
 * @param needLibraries - shared libraries (file names under {@link PG_LIB}) the instance must preload
 * @returns the reason, or null
 */
export function privatePostgresUnavailable(needLibraries: readonly string[] = []): string | null {
  if (!fs.existsSync(path.join(PG_BIN, 'initdb'))) return `PostgreSQL server programs not found under ${PG_BIN} (BENCH_PG_BIN)`;
  for (const lib of needLibraries) {
    if (!fs.existsSync(path.join(PG_LIB, `${lib}.so`))) return `${lib} is not installed (${path.join(PG_LIB, `${lib}.so`)} missing; Debian: apt-get install postgresql-15-${lib})`;
  }
  return null;
}

/**
 * Creates and starts a private instance.
 *
 * @param settings - server settings (`-c name=value`), e.g. `{ shared_preload_libraries: 'pgaudit' }`
 * @param preferredPort - a port to use when free (`BENCH_PRIVATE_PG_PORT`), else any free port
 * @returns the running instance
 */
export async function startPrivatePostgres(settings: Record<string, string>, preferredPort?: number): Promise<PrivatePostgres> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khien-private-pg-'));
  const data = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (asRoot) {
    const ran = await new Promise<Ran>((resolve) => execFile('chown', ['-R', 'postgres:postgres', dir], (err, stdout, stderr) => resolve({ code: err ? 1 : 0, stdout, stderr })));
    if (ran.code !== 0) throw new Error(`chown of ${dir} to postgres failed: ${ran.stderr}`);
  }
  const cleanup = (): void => fs.rmSync(dir, { recursive: true, force: true });
  const init = await runAsPostgres(path.join(PG_BIN, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C']);
  if (init.code !== 0) {
    cleanup();
    throw new Error(`initdb failed: ${(init.stderr || init.stdout).trim().split('\n').slice(-3).join(' ')}`);
  }
  const port = await freePort(preferredPort);
  const all: Record<string, string> = { listen_addresses: '127.0.0.1', port: String(port), unix_socket_directories: dir, ...settings };
  const opts = Object.entries(all).map(([k, v]) => `-c ${k}=${v}`).join(' ');
  const start = await runAsPostgres(path.join(PG_BIN, 'pg_ctl'), ['-D', data, '-l', logFile, '-o', opts, '-w', '-t', '60', 'start']);
  if (start.code !== 0) {
    const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').trim().split('\n').slice(-3).join(' ') : '';
    cleanup();
    throw new Error(`pg_ctl start failed: ${(start.stderr || start.stdout).trim()} ${log}`);
  }
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await runAsPostgres(path.join(PG_BIN, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
    cleanup();
  };
  const postmaster = Number(fs.readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const cpuMicros = (): number | null => {
    const pm = procTimes(postmaster);
    if (!pm) return null;
    let ticks = pm.self + pm.children;
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const t = procTimes(Number(entry));
      if (t && t.ppid === postmaster) ticks += t.self;
    }
    return (ticks * 1e6) / TICKS_PER_SECOND;
  };
  return {
    port,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    logFile,
    cpuMicros,
    stop,
  };
}
