/**
 * Facts about the machine a run came from, recorded with every result so figures are never read without
 * their context (2 shared cores make absolute numbers noisy; the ratios are what each benchmark compares).
 */
import os from 'node:os';
import pg from 'pg';

/** The machine and software versions of a run. */
export interface MachineFacts {
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly os: string;
  readonly node: string;
  readonly postgres: string | null;
  readonly date: string;
  /** 1-minute load average when the benchmark started (other work on the machine). */
  readonly loadAverage1m: number;
}

/**
 * Collects the machine facts.
 *
 * @param databaseUrl - PostgreSQL to ask for its version (null: not used)
 * @returns the facts
 */
export async function machineFacts(databaseUrl: string | null): Promise<MachineFacts> {
  let postgres: string | null = null;
  if (databaseUrl) {
    const client = new pg.Client({ connectionString: databaseUrl });
    try {
      await client.connect();
      const r = await client.query<{ v: string }>('select version() as v');
      postgres = (r.rows[0]?.v ?? '').split(' on ')[0] ?? null;
    } catch {
      postgres = null;
    } finally {
      await client.end().catch(() => {});
    }
  }
  return {
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    postgres,
    date: new Date().toISOString(),
    loadAverage1m: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
  };
}
