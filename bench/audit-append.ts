/**
 * Quick measure of durable audit appends per second through the group-commit appender at 1, 16 and 64
 * concurrent writers (the fuller benchmark is bench/audit.ts), with the CPU each append cost: the Node process's
 * and, on PostgreSQL (same machine), that of the scratch database's backends read from `/proc` — on a busy
 * shared machine the CPU per append compares two versions better than the rate does. Uses a scratch database:
 * a fresh PostgreSQL database under DATABASE_URL when set, else an in-memory PGlite.
 *
 * Run: `npx tsx bench/audit-append.ts [seconds per level, default 3]`; `AUDIT_WRITERS=1,16,64,1024` changes the levels.
 */
import fs from 'node:fs';
import { createTestDatabase } from '../src/db/test-db.ts';
import { createAuditAppender } from '../src/audit/appender.ts';
import { makeAccessEvent } from '../src/audit/audit-test-helpers.ts';
import { verifyChain } from '../src/audit/verify-chain.ts';

const seconds = Number(process.argv[2] ?? 3);
const database = await createTestDatabase();

/** CPU milliseconds a process has used (Linux), 0 when it cannot be read. */
function cpuMsOf(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** CPU milliseconds of the scratch database's backends so far, by pid. */
async function backendCpu(): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  if (!database.pool || !database.url) return out;
  const name = new URL(database.url).pathname.slice(1);
  const rows = await database.pool.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [name]);
  for (const r of rows.rows) out.set(r.pid, cpuMsOf(r.pid));
  return out;
}

try {
  const appender = createAuditAppender({ db: database.db });
  await appender.recover();
  process.stdout.write(`audit appends on ${database.kind}, ${seconds} s per level\n`);
  for (const writers of (process.env.AUDIT_WRITERS ?? '1,16,64').split(',').map(Number)) {
    let ops = 0;
    const lat: number[] = [];
    const pg0 = await backendCpu();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const end = t0 + seconds * 1000;
    await Promise.all(
      Array.from({ length: writers }, async () => {
        while (performance.now() < end) {
          const t = performance.now();
          await appender.append(makeAccessEvent());
          lat.push(performance.now() - t);
          ops++;
        }
      }),
    );
    const elapsed = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    let pgMs = 0;
    for (const [pid, ms] of await backendCpu()) pgMs += ms - (pg0.get(pid) ?? 0);
    lat.sort((a, b) => a - b);
    const p = (q: number): string => (lat[Math.min(lat.length - 1, Math.floor(q * lat.length))] ?? 0).toFixed(2);
    const nodeUs = (cpu.user + cpu.system) / Math.max(ops, 1);
    const pgUs = database.pool ? ` + PostgreSQL ${((pgMs * 1000) / Math.max(ops, 1)).toFixed(0)} µs` : '';
    process.stdout.write(`${String(writers).padStart(4)} writers: ${Math.round(ops / elapsed).toLocaleString('en')} appends/s (p50 ${p(0.5)} ms, p99 ${p(0.99)} ms; CPU per append: Node ${nodeUs.toFixed(0)} µs${pgUs})\n`);
  }
  await appender.stop();
  const t0 = performance.now();
  const report = await verifyChain(database.db);
  const dt = (performance.now() - t0) / 1000;
  process.stdout.write(`verify: ${report.ok ? 'valid' : 'INVALID'}, ${report.size.toLocaleString('en')} entries in ${dt.toFixed(1)} s (${Math.round(report.size / dt).toLocaleString('en')}/s)\n`);
} finally {
  await database.close();
}
