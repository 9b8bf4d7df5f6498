/**
 * Benchmark 5 — bulk load: persons per second from the deterministic demo generator into PostgreSQL through
 * the generator's own bulk loader (`loadDemoData` of src/seed/: reference data, employers, persons with their
 * households, participation periods, cards and benefit levels, staff, decoys), up to 1,000,000 persons
 * (quick: 20,000). When the bench database's registry is empty (first run), it loads there and keeps it, so
 * the read-path benchmark finds its registry seeded; otherwise it loads into a scratch database that it drops.
 * The generator alone (no database) is timed too, and the generator plus the COPY text encoding the loader
 * does on the Node side, to tell Node's cost per person from PostgreSQL's.
 *
 * Target (foundation issue): ≥ 20,000 persons/s.
 *
 * Run: `npx tsx bench/bulk-load.ts [--quick]`; `BENCH_BULK_PERSONS` overrides the size.
 */
import { runBenchmark, QUICK, withScratchDatabase, benchDatabaseUrl, round, type BenchOutcome } from './lib/env.ts';
import type { TargetCheck } from './lib/results.ts';
import { openDatabase } from '../src/db/client.ts';
import { countPersons } from '../src/registry/registry.repo.ts';
import { DEMO_REFERENCE_DATE, decoyCountFor, loadDemoData } from '../src/seed/load-demo-data.ts';
import { createPrng } from '../src/seed/prng.ts';
import { employerCountFor, generateEmployers } from '../src/seed/generate-employers.ts';
import { createPersonGenerator } from '../src/seed/generate-persons.ts';
import { encodeDemoBatch } from '../src/seed/bulk-insert.ts';

const PERSONS = Number(process.env.BENCH_BULK_PERSONS ?? (QUICK ? 20_000 : 1_000_000));
const STAFF = QUICK ? 100 : 500;
const SEED = 1;

/** Times the generator alone over `persons` (slices of 1,000, as the loader draws them), optionally with the COPY encoding. */
function generatorOnly(persons: number, encode = false): { seconds: number; perSec: number; cpuPerSec: number } {
  const root = createPrng(SEED);
  const employers = generateEmployers(root.fork('employers'), employerCountFor(persons));
  const gen = createPersonGenerator({ prng: root.fork('persons'), employers, referenceDate: DEMO_REFERENCE_DATE, totalPersons: persons, decoys: decoyCountFor(persons) });
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let bytes = 0;
  for (let done = 0; done < persons; ) {
    const batch = gen.nextBatch(Math.min(1000, persons - done));
    done += batch.persons.length;
    if (encode) for (const part of encodeDemoBatch(batch)) bytes += part.data.length;
  }
  if (encode && bytes === 0) throw new Error('nothing encoded');
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  return { seconds, perSec: persons / seconds, cpuPerSec: persons / ((cpu.user + cpu.system) / 1e6) };
}

async function run(): Promise<BenchOutcome> {
  // Generation alone is timed on a tenth of the size (it is linear), so a full run does not generate twice.
  const genSize = Math.max(10_000, Math.round(PERSONS / 10));
  process.stdout.write(`  generator alone: ${genSize.toLocaleString('en-US')} persons…\n`);
  const gen = generatorOnly(genSize);
  const enc = generatorOnly(genSize, true);
  const benchUrl = await benchDatabaseUrl();
  const probe = await openDatabase({ databaseUrl: benchUrl, poolSize: 2 });
  let benchEmpty: boolean;
  try {
    await probe.migrate();
    benchEmpty = (await countPersons(probe.db)) === 0;
  } finally {
    await probe.close();
  }
  return benchEmpty ? loadInto(benchUrl, gen, enc, genSize, 'the bench database (kept: the read-path benchmark reads it)') : withScratchDatabase('bulk', (url) => loadInto(url, gen, enc, genSize, 'a scratch database (dropped)'));
}

type Rate = { seconds: number; perSec: number; cpuPerSec: number };

async function loadInto(url: string, gen: Rate, enc: Rate, genSize: number, where: string): Promise<BenchOutcome> {
  {
    const handle = await openDatabase({ databaseUrl: url, poolSize: 10 });
    try {
      await handle.migrate();
      process.stdout.write(`  loading ${PERSONS.toLocaleString('en-US')} persons…\n`);
      const summary = await loadDemoData(handle, { persons: PERSONS, staff: STAFF, seed: SEED, progress: process.stderr.isTTY }, (line) => process.stdout.write(`  ${line}\n`));
      const size = (await handle.pool!.query<{ s: string }>('select pg_database_size(current_database())::text as s')).rows[0]?.s ?? '0';
      const targets: TargetCheck[] = [
        { name: 'bulk load', target: '>= 20,000 persons/s', measured: `${summary.personsPerSecond.toLocaleString('en-US')} persons/s over ${summary.persons.toLocaleString('en-US')}`, met: summary.personsPerSecond >= 20_000 },
      ];
      return {
        tables: [
          {
            title: 'Bulk load (generator + bulk loader into PostgreSQL)',
            columns: ['persons', 'households', 'periods', 'cards', 'seconds', 'persons/s', 'DB MiB'],
            rows: [[summary.persons, summary.households, summary.periods, summary.cards, round(summary.seconds, 1), summary.personsPerSecond, Math.round(Number(size) / 2 ** 20)]],
          },
          {
            title: 'Node side alone (no database)',
            columns: ['work', 'persons', 'seconds', 'persons/s', 'persons/CPU-s'],
            rows: [
              ['generator', genSize, round(gen.seconds, 2), round(gen.perSec, 0), round(gen.cpuPerSec, 0)],
              ['generator + COPY encoding', genSize, round(enc.seconds, 2), round(enc.perSec, 0), round(enc.cpuPerSec, 0)],
            ],
          },
        ],
        targets,
        data: {
          persons: summary.persons,
          households: summary.households,
          employers: summary.employers,
          periods: summary.periods,
          cards: summary.cards,
          staff: summary.staff,
          seconds: round(summary.seconds, 2),
          personsPerSec: summary.personsPerSecond,
          databaseBytes: Number(size),
          generatorOnly: { persons: genSize, seconds: round(gen.seconds, 3), personsPerSec: round(gen.perSec, 0), personsPerCpuSec: round(gen.cpuPerSec, 0) },
          generatorAndEncoding: { persons: genSize, seconds: round(enc.seconds, 3), personsPerSec: round(enc.perSec, 0), personsPerCpuSec: round(enc.cpuPerSec, 0) },
        },
        notes: [`loaded into ${where}`],
      };
    } finally {
      await handle.close();
    }
  }
}

await runBenchmark({
  name: 'bulk-load',
  title: 'Bulk load: persons per second',
  reproduce: 'npx tsx bench/bulk-load.ts   # --quick for 20,000 persons',
  usesDatabase: true,
  run,
});
