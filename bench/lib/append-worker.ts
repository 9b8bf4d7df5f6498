/**
 * One audit-writing process of the nodes benchmark: opens the database, builds the production appender (the
 * group-commit appender behind the sequencer lease: the first process chains, the others hand off), and keeps `concurrency` appends in flight for `seconds`. Prints one JSON line: appends that
 * committed and appends that were refused (fail closed). Run: `tsx bench/lib/append-worker.ts <url> <s> <c>`.
 */
import crypto from 'node:crypto';
import { openDatabase } from '../../src/db/client.ts';
import { createAuditAppender } from '../../src/audit/appender.ts';
import { startSequencer } from '../../src/audit/sequencer.ts';
import type { AccessEvent } from '../../src/events/types.ts';

const [url, secondsArg, concurrencyArg] = process.argv.slice(2);
const seconds = Number(secondsArg ?? 2);
const concurrency = Number(concurrencyArg ?? 64);
const database = await openDatabase({ databaseUrl: url, poolSize: 4 });
const local = createAuditAppender({ db: database.db });
await local.recover();
const appender = await startSequencer({ database, local, node: `bench-${process.pid}` });
const event = (i: number): AccessEvent => ({
  id: crypto.randomUUID(),
  kind: 'access',
  time: new Date().toISOString(),
  requestId: null,
  source: { ip: '10.1.0.10', system: 'bench' },
  actor: { type: 'staff', accountId: `bench-${process.pid}`, unitId: 'P01', provinceCode: '01', roles: ['staff'] },
  action: 'view',
  resource: 'person',
  subjects: [`00000000-0000-4000-8000-${String(i % 1_000_000).padStart(12, '0')}`],
  categories: ['identity'],
  fields: ['fullName'],
  purpose: 'benefit_settlement',
  grant: { type: 'assignment', id: 'bench' },
  outcome: 'allow',
  reason: 'ALLOW_ASSIGNMENT',
});
let ok = 0;
let failed = 0;
let n = 0;
const end = Date.now() + seconds * 1000;
const cpu0 = process.cpuUsage();
await Promise.all(Array.from({ length: concurrency }, async () => {
  while (Date.now() < end) {
    try {
      await appender.append(event(n++));
      ok++;
    } catch {
      failed++;
    }
  }
}));
const cpu = process.cpuUsage(cpu0);
await appender.stop();
await database.close();
process.stdout.write(`${JSON.stringify({ ok, failed, seconds, cpuMs: Math.round((cpu.user + cpu.system) / 1000) })}\n`);
