/**
 * Loads the deterministic demo registry: reference data, employers, persons in batches (generation of the
 * next batch overlaps the insert of the previous ones), staff and decoys, with an optional progress bar and
 * a final rate line. Every value is synthetic.
 */
import cliProgress from 'cli-progress';
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import type { Database, DbHandle } from '../db/client.ts';
import { countPersons } from '../registry/registry.repo.ts';
import { RegistryErrors } from '../registry/registry.errors.ts';
import { seedReferenceData } from './reference-data.ts';
import { createPrng } from './prng.ts';
import { employerCountFor, generateEmployers } from './generate-employers.ts';
import { createPersonGenerator, type PersonGenerator } from './generate-persons.ts';
import { DEMO_STAFF_NO_PATTERN, generateStaff } from './generate-staff.ts';
import { dropRegistryIndexes, rebuildIndexes } from './defer-indexes.ts';
import { copyParts, encodeDemoBatch, insertDemoBatch, insertDemoDecoys, insertDemoEmployers, insertDemoStaff, type CopyPart } from './bulk-insert.ts';
import type { DemoBatch } from './demo-rows.ts';

/** The demo's default "today": ages, periods and cards are relative to it, so a seed always gives the same data. */
export const DEMO_REFERENCE_DATE = '2026-11-01';

/** What to generate. */
export interface DemoSize {
  readonly persons: number;
  readonly staff: number;
  readonly seed: number;
}

/** Loader tuning. */
export interface LoadOptions extends DemoSize {
  /** Persons per batch: per COPY round on PostgreSQL (default 10,000), per transaction on PGlite (2,500). */
  readonly batchSize?: number;
  /** PostgreSQL: encoded batches that may wait for the COPY connection while the next is generated (default 2). */
  readonly concurrency?: number;
  /**
   * PostgreSQL: build indexes, primary keys and unique constraints once at the end of the load's transaction
   * instead of row by row (default: from {@link DEFER_INDEXES_FROM} persons).
   */
  readonly deferIndexes?: boolean;
  /** Show a cli-progress bar on stderr. */
  readonly progress?: boolean;
  readonly referenceDate?: string;
}

/** What was loaded. */
export interface LoadSummary {
  readonly persons: number;
  readonly households: number;
  readonly employers: number;
  readonly periods: number;
  readonly cards: number;
  readonly staff: number;
  readonly decoys: number;
  readonly seconds: number;
  readonly personsPerSecond: number;
}

/** From this many persons, PostgreSQL loads defer secondary indexes (see `defer-indexes.ts`). */
export const DEFER_INDEXES_FROM = 100_000;

/** A line logger (console, pino adapter…); never given personal data. */
export type LogLine = (line: string) => void;

/** How many decoys a registry of `persons` gets: a handful. */
export function decoyCountFor(persons: number): number {
  return persons === 0 ? 0 : Math.min(20, Math.max(3, Math.floor(persons / 2000)));
}

/**
 * Generates and inserts the demo registry into an empty database.
 *
 * @param handle - open, migrated database
 * @param opts - sizes, seed and tuning
 * @param log - receives the summary line
 * @returns counts, duration and rate
 */
export async function loadDemoData(handle: DbHandle, opts: LoadOptions, log: LogLine): Promise<LoadSummary> {
  const started = performance.now();
  const db = handle.db;
  const referenceDate = opts.referenceDate ?? DEMO_REFERENCE_DATE;
  await seedReferenceData(db);
  const root = createPrng(opts.seed);
  const employers = generateEmployers(root.fork('employers'), employerCountFor(opts.persons));
  await insertDemoEmployers(db, employers);
  const decoys = decoyCountFor(opts.persons);
  const generator = createPersonGenerator({ prng: root.fork('persons'), employers, referenceDate, totalPersons: opts.persons, decoys });
  const pool = handle.kind === 'postgres' ? handle.pool : null;
  const bar = opts.progress
    ? new cliProgress.SingleBar(
        { format: 'persons {bar} {percentage}% | {value}/{total} | {rate}/s | ETA {eta_formatted}', hideCursor: true, stream: process.stderr },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(opts.persons, 0, { rate: 0 });
  const progress = (done: number): void => {
    bar?.update(done, { rate: Math.round(done / ((performance.now() - started) / 1000)) });
  };
  let counts: BatchCounts;
  try {
    counts = pool ? await copyPersons(pool, generator, opts, progress, log) : await insertPersons(db, generator, opts, progress);
  } finally {
    bar?.stop();
  }
  const { persons: done, households, periods, cards } = counts;
  await insertDemoDecoys(db, generator.decoyIds);
  const staffRows = generateStaff(root.fork('staff'), opts.staff, generator.linkCandidates, referenceDate);
  await insertDemoStaff(db, staffRows);
  const seconds = (performance.now() - started) / 1000;
  const summary: LoadSummary = {
    persons: done,
    households,
    employers: employers.length,
    periods,
    cards,
    staff: staffRows.length,
    decoys: generator.decoyIds.length,
    seconds,
    personsPerSecond: Math.round(done / Math.max(seconds, 1e-3)),
  };
  log(
    `Dữ liệu mẫu / demo data: ${summary.persons} persons, ${summary.households} households, ${summary.employers} employers, ` +
      `${summary.periods} periods, ${summary.cards} cards, ${summary.staff} staff, ${summary.decoys} decoys ` +
      `in ${seconds.toFixed(1)} s — ${summary.personsPerSecond} persons/s`,
  );
  return summary;
}

/** Rows loaded by a person loop. */
interface BatchCounts {
  persons: number;
  households: number;
  periods: number;
  cards: number;
}

function count(into: BatchCounts, batch: DemoBatch): void {
  into.persons += batch.persons.length;
  into.households += batch.households.length;
  into.periods += batch.periods.length;
  into.cards += batch.cards.length;
}

/** Persons generated between two yields to the event loop (the COPY stream progresses at each yield). */
const SLICE = 1000;

/**
 * PostgreSQL: the whole person load is one transaction on one connection, fed by `COPY … FROM STDIN`. The
 * generator runs in slices of {@link SLICE} persons, each encoded to COPY text at once; between slices the
 * event loop lets the connection send the previous batch, so PostgreSQL ingests one batch while Node
 * generates the next (at most two encoded batches wait). Large loads defer the indexes and primary-key and
 * unique constraints to the end of the same transaction (see `defer-indexes.ts`). The commit waits for the
 * WAL flush: once this returns, the registry is durable and complete, or (on any failure) unchanged.
 */
async function copyPersons(pool: pg.Pool, generator: PersonGenerator, opts: LoadOptions, progress: (done: number) => void, log: LogLine): Promise<BatchCounts> {
  const batchSize = opts.batchSize ?? 10_000;
  const maxQueued = Math.max(1, opts.concurrency ?? 2);
  const counts: BatchCounts = { persons: 0, households: 0, periods: 0, cards: 0 };
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('begin');
    const deferred = (opts.deferIndexes ?? opts.persons >= DEFER_INDEXES_FROM) ? await dropRegistryIndexes(client) : [];
    let copied = 0;
    let chain: Promise<void> = Promise.resolve();
    let queued = 0;
    let parts: CopyPart[] = [];
    let partPersons = 0;
    const flush = (): void => {
      const batch = parts;
      const persons = partPersons;
      parts = [];
      partPersons = 0;
      queued++;
      chain = chain.then(async () => {
        await copyParts(client, batch);
        queued--;
        copied += persons;
        progress(copied);
      });
      // A failure is awaited below; until then keep it from being reported as unhandled.
      chain.catch(() => {});
    };
    while (counts.persons < opts.persons) {
      const slice = generator.nextBatch(Math.min(SLICE, opts.persons - counts.persons));
      count(counts, slice);
      parts.push(...encodeDemoBatch(slice));
      partPersons += slice.persons.length;
      if (partPersons >= batchSize || counts.persons >= opts.persons) flush();
      while (queued > maxQueued) await Promise.race([chain, yieldToLoop(5)]);
      await yieldToLoop(0);
    }
    await chain;
    if (deferred.length > 0) {
      const t = performance.now();
      await rebuildIndexes(client, deferred);
      log(`Đã tạo lại ${deferred.length} chỉ mục / rebuilt ${deferred.length} indexes and keys in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    await client.query('commit');
    return counts;
  } catch (err) {
    try {
      await client.query('rollback');
    } catch (rollbackErr) {
      broken = rollbackErr instanceof Error ? rollbackErr : new Error(String(rollbackErr));
    }
    throw err;
  } finally {
    // A connection whose rollback failed is discarded rather than returned to the pool.
    client.release(broken);
  }
}

/** Lets I/O callbacks run (`ms` = 0: one turn of the event loop). */
function yieldToLoop(ms: number): Promise<void> {
  return ms === 0 ? new Promise((resolve) => setImmediate(resolve)) : new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * PGlite (one connection, no `pg` pool): batches of `unnest` inserts, each its own transaction.
 */
async function insertPersons(db: Database, generator: PersonGenerator, opts: LoadOptions, progress: (done: number) => void): Promise<BatchCounts> {
  const batchSize = opts.batchSize ?? 2500;
  const counts: BatchCounts = { persons: 0, households: 0, periods: 0, cards: 0 };
  while (counts.persons < opts.persons) {
    const batch = generator.nextBatch(Math.min(batchSize, opts.persons - counts.persons));
    count(counts, batch);
    await insertDemoBatch(db, batch);
    progress(counts.persons);
  }
  return counts;
}

/**
 * Seeds the reference data, then the demo registry only when the registry is empty (idempotent: a second
 * call, or a call on a registry loaded by other means, changes nothing).
 *
 * @param handle - open, migrated database
 * @param size - persons, staff, seed
 * @param log - receives progress lines
 * @returns the load summary, or null when the registry already had data
 */
export async function ensureDemoData(handle: DbHandle, size: DemoSize, log: LogLine): Promise<LoadSummary | null> {
  await seedReferenceData(handle.db);
  const existing = await countPersons(handle.db);
  if (existing > 0 || size.persons === 0) return null;
  log(`Đang tạo dữ liệu mẫu / generating demo data: ${size.persons} persons, ${size.staff} staff (seed ${size.seed})`);
  return loadDemoData(handle, size, log);
}

/**
 * Refuses to load into a non-empty registry (the CLI's guard without `--reset`).
 *
 * @param handle - the database
 * @throws KhienError `KHIEN_REGISTRY_NOT_EMPTY`
 */
export async function assertRegistryEmpty(handle: DbHandle): Promise<void> {
  const n = await countPersons(handle.db);
  if (n > 0) throw new RegistryErrors.NOT_EMPTY(n);
}

/**
 * Deletes the registry's contents and the generated staff records (staff numbers `CB000001`…), in one
 * transaction. Staff referenced by accounts or other records block the reset; the error says so.
 *
 * @param handle - the database
 */
export async function resetDemoData(handle: DbHandle): Promise<void> {
  await handle.db.transaction(async (tx) => {
    await tx.execute(
      sql.raw(
        'truncate registry_card_benefit_levels, registry_health_cards, registry_participation_periods, ' +
          'registry_household_members, registry_households, registry_decoys, registry_persons, registry_employers, ' +
          'registry_identifiers, registry_household_codes',
      ),
    );
    await tx.execute(sql`delete from org_staff where staff_no ~ ${DEMO_STAFF_NO_PATTERN}`);
  });
}
