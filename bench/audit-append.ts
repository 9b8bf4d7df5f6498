/**
 * Quick measure of durable audit appends per second through the group-commit appender at 1, 16 and 64
 * concurrent writers (the fuller benchmark is bench/audit.ts). Uses a scratch database: a fresh PostgreSQL
 * database under DATABASE_URL when set, else an in-memory PGlite.
 *
 * Run: `npx tsx bench/audit-append.ts [seconds per level, default 3]`; `AUDIT_WRITERS=1,16,64,1024` changes the levels.
 */
import { createTestDatabase } from '../src/db/test-db.ts';
import { createAuditAppender } from '../src/audit/appender.ts';
import { makeAccessEvent } from '../src/audit/audit-test-helpers.ts';
import { verifyChain } from '../src/audit/verify-chain.ts';

const seconds = Number(process.argv[2] ?? 3);
const database = await createTestDatabase();
try {
  const appender = createAuditAppender({ db: database.db });
  await appender.recover();
  process.stdout.write(`audit appends on ${database.kind}, ${seconds} s per level\n`);
  for (const writers of (process.env.AUDIT_WRITERS ?? '1,16,64').split(',').map(Number)) {
    let ops = 0;
    const lat: number[] = [];
    const end = performance.now() + seconds * 1000;
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
    lat.sort((a, b) => a - b);
    const p = (q: number): string => (lat[Math.min(lat.length - 1, Math.floor(q * lat.length))] ?? 0).toFixed(2);
    process.stdout.write(`${String(writers).padStart(3)} writers: ${Math.round(ops / seconds).toLocaleString('en')} appends/s (p50 ${p(0.5)} ms, p99 ${p(0.99)} ms)\n`);
  }
  await appender.stop();
  const t0 = performance.now();
  const report = await verifyChain(database.db);
  const dt = (performance.now() - t0) / 1000;
  process.stdout.write(`verify: ${report.ok ? 'valid' : 'INVALID'}, ${report.size.toLocaleString('en')} entries in ${dt.toFixed(1)} s (${Math.round(report.size / dt).toLocaleString('en')}/s)\n`);
} finally {
  await database.close();
}
