import { createPrng } from '../src/seed/prng.ts';
import { employerCountFor, generateEmployers } from '../src/seed/generate-employers.ts';
import { createPersonGenerator } from '../src/seed/generate-persons.ts';
const n = Number(process.argv[2] ?? 20000);
const t = performance.now();
const root = createPrng(42);
const employers = generateEmployers(root.fork('employers'), employerCountFor(n));
const g = createPersonGenerator({ prng: root.fork('persons'), employers, referenceDate: '2026-11-01', totalPersons: n, decoys: 10 });
let done = 0; let rows = 0;
while (done < n) { const b = g.nextBatch(Math.min(5000, n - done)); done += b.persons.length; rows += b.persons.length + b.households.length + b.members.length + b.periods.length + b.cards.length + b.levels.length; }
console.log('gen', n, 'persons', rows, 'rows', ((performance.now() - t) / 1000).toFixed(2), 's');
console.log("cpu s", (process.cpuUsage().user + process.cpuUsage().system) / 1e6);
globalThis.gc?.(); console.log("heapMB", Math.round(process.memoryUsage().heapUsed/1e6));
export {};
