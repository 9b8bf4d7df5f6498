import { openDatabase } from '../src/db/client.ts';
import { createPrng } from '../src/seed/prng.ts';
import { employerCountFor, generateEmployers } from '../src/seed/generate-employers.ts';
import { createPersonGenerator } from '../src/seed/generate-persons.ts';
import { insertDemoBatch } from '../src/seed/bulk-insert.ts';
import type { DemoBatch } from '../src/seed/demo-rows.ts';
const n = 20000;
const h = await openDatabase({ dataDir: 'memory', databaseUrl: process.env.DATABASE_URL });
await h.migrate();
const root = createPrng(1);
const employers = generateEmployers(root.fork('employers'), employerCountFor(n));
const g = createPersonGenerator({ prng: root.fork('persons'), employers, referenceDate: '2026-11-01', totalPersons: n, decoys: 5 });
const batches: DemoBatch[] = [];
for (let d = 0; d < n; ) { const b = g.nextBatch(5000); d += b.persons.length; batches.push(b); }
const keys = ['households', 'persons', 'members', 'periods', 'cards', 'levels'] as const;
for (const k of keys) {
  const t = performance.now();
  for (const b of batches) {
    const only: DemoBatch = { households: [], persons: [], members: [], periods: [], cards: [], levels: [] };
    (only as unknown as Record<string, unknown[]>)[k] = b[k];
    await insertDemoBatch(h.db, only);
  }
  console.log(k, batches.reduce((s, b) => s + b[k].length, 0), ((performance.now() - t) / 1000).toFixed(2));
}
await h.close();
export {};
