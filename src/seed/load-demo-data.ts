/**
 * Loads the deterministic demo registry: reference data, employers, persons in batches (generation of the
 * next batch overlaps the insert of the previous ones), staff and decoys, with an optional progress bar and
 * a final rate line. Every value is synthetic.
 */
import cliProgress from 'cli-progress';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '../db/client.ts';
import { countPersons } from '../registry/registry.repo.ts';
import { RegistryErrors } from '../registry/registry.errors.ts';
import { seedReferenceData } from './reference-data.ts';
import { createPrng } from './prng.ts';
import { employerCountFor, generateEmployers } from './generate-employers.ts';
import { createPersonGenerator } from './generate-persons.ts';
import { DEMO_STAFF_NO_PATTERN, generateStaff } from './generate-staff.ts';
import { dropSecondaryIndexes, rebuildIndexes } from './defer-indexes.ts';
import { insertDemoBatch, insertDemoDecoys, insertDemoEmployers, insertDemoStaff } from './bulk-insert.ts';

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
  /** Persons per batch (default 5,000 on PostgreSQL, 2,500 on PGlite). */
  readonly batchSize?: number;
  /** Batches in flight (default 3 on PostgreSQL; PGlite has one connection). */
  readonly concurrency?: number;
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
  const pg = handle.kind === 'postgres';
  const batchSize = opts.batchSize ?? (pg ? 5000 : 2500);
  const concurrency = Math.max(1, opts.concurrency ?? (pg ? 3 : 1));
  const bar = opts.progress
    ? new cliProgress.SingleBar(
        { format: 'persons {bar} {percentage}% | {value}/{total} | {rate}/s | ETA {eta_formatted}', hideCursor: true, stream: process.stderr },
        cliProgress.Presets.shades_classic,
      )
    : null;
  // Large loads on PostgreSQL build secondary indexes once at the end (the registry is empty here).
  const deferred = pg && opts.persons >= DEFER_INDEXES_FROM ? await dropSecondaryIndexes(db) : [];
  bar?.start(opts.persons, 0, { rate: 0 });
  let done = 0;
  let households = 0;
  let periods = 0;
  let cards = 0;
  const inFlight = new Set<Promise<void>>();
  let failure: unknown = null;
  for (let generated = 0; generated < opts.persons && failure === null; ) {
    const batch = generator.nextBatch(batchSize);
    generated += batch.persons.length;
    households += batch.households.length;
    periods += batch.periods.length;
    cards += batch.cards.length;
    const p: Promise<void> = insertDemoBatch(db, batch, pg).then(
      () => {
        done += batch.persons.length;
        bar?.update(done, { rate: Math.round(done / ((performance.now() - started) / 1000)) });
      },
      (err: unknown) => {
        failure ??= err;
      },
    );
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
    if (inFlight.size >= concurrency) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  bar?.stop();
  if (deferred.length > 0) {
    const t = performance.now();
    await rebuildIndexes(db, deferred);
    log(`Đã tạo lại ${deferred.length} chỉ mục / rebuilt ${deferred.length} indexes in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  if (failure !== null) throw failure;
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
          'registry_household_members, registry_households, registry_decoys, registry_persons, registry_employers',
      ),
    );
    await tx.execute(sql`delete from org_staff where staff_no ~ ${DEMO_STAFF_NO_PATTERN}`);
  });
}
