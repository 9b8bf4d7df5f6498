import { openDatabase } from '../src/db/client.ts';
import { createPrng } from '../src/seed/prng.ts';
import { employerCountFor, generateEmployers } from '../src/seed/generate-employers.ts';
import { createPersonGenerator } from '../src/seed/generate-persons.ts';
import { insertDemoBatch, insertDemoEmployers } from '../src/seed/bulk-insert.ts';
import { sql } from 'drizzle-orm';
const n = Number(process.argv[2] ?? 50000);
const h = await openDatabase({ dataDir: 'memory', databaseUrl: process.env.DATABASE_URL });
await h.migrate();
await h.db.execute(sql.raw('truncate registry_card_benefit_levels, registry_health_cards, registry_participation_periods, registry_household_members, registry_households, registry_decoys, registry_persons, registry_employers'));
const root = createPrng(1);
const employers = generateEmployers(root.fork('employers'), employerCountFor(n));
await insertDemoEmployers(h.db, employers);
const g = createPersonGenerator({ prng: root.fork('persons'), employers, referenceDate: '2026-11-01', totalPersons: n, decoys: 5 });
let gen = 0, ins = 0, done = 0;
const tables: Record<string, number> = {};
while (done < n) {
  let t = performance.now();
  const b = g.nextBatch(5000);
  gen += performance.now() - t;
  t = performance.now();
  await insertDemoBatch(h.db, b, h.kind === 'postgres');
  ins += performance.now() - t;
  done += b.persons.length;
}
console.log({ kind: h.kind, n, genS: (gen / 1000).toFixed(2), insS: (ins / 1000).toFixed(2), cpu: process.cpuUsage().user / 1e6 });
await h.close();
export {};
