/**
 * The bench database's registry: seeded once with the demo generator (1,000,000 persons; quick: 20,000, or
 * `BENCH_REGISTRY_PERSONS`) and kept, so that the benchmarks reading it (read path, console) share one seed.
 */
import crypto from 'node:crypto';
import type { Database, DbHandle } from '../../src/db/client.ts';
import { assignments } from '../../src/access/access.schema.ts';
import { loadDemoData } from '../../src/seed/load-demo-data.ts';
import { countPersons } from '../../src/registry/registry.repo.ts';
import { QUICK, round } from './env.ts';

/** Persons the bench registry should hold. */
export const BENCH_PERSONS = Number(process.env.BENCH_REGISTRY_PERSONS ?? (QUICK ? 20_000 : 1_000_000));

/**
 * Seeds the bench registry when it is empty; measures on a smaller one that is already there and says so.
 *
 * @param handle - the bench database (migrated)
 * @param notes - where a note about a smaller registry goes
 * @returns the persons held and the seconds seeding took (null when nothing was seeded)
 */
export async function ensureBenchRegistry(handle: DbHandle, notes: string[]): Promise<{ persons: number; seededSeconds: number | null }> {
  const existing = await countPersons(handle.db);
  if (existing >= BENCH_PERSONS) return { persons: existing, seededSeconds: null };
  if (existing > 0) {
    // The generator cannot top up a registry it did not start; measure on what is there and say so.
    notes.push(`the bench database holds ${existing.toLocaleString('en-US')} persons, fewer than the ${BENCH_PERSONS.toLocaleString('en-US')} wanted; measured on those (drop the database to have it re-seeded)`);
    return { persons: existing, seededSeconds: null };
  }
  process.stdout.write(`  seeding the bench registry with ${BENCH_PERSONS.toLocaleString('en-US')} persons (once)…\n`);
  const s = await loadDemoData(handle, { persons: BENCH_PERSONS, staff: QUICK ? 100 : 500, seed: 1, progress: process.stderr.isTTY }, (l) => process.stdout.write(`  ${l}\n`));
  return { persons: s.persons, seededSeconds: round(s.seconds, 1) };
}

/**
 * Gives a staff member a written assignment over province 01 for the run (a bench document: every category,
 * search and view, valid from an hour ago), self-signed — the benchmarks measure reads, not signing.
 *
 * @param db - the bench database
 * @param accountId - the assignee (and signer)
 * @param purpose - the purpose code
 * @param validForMs - how long it stays valid from now
 * @param label - part of the document number
 */
export async function insertBenchAssignment(db: Database, accountId: string, purpose: string, validForMs: number, label: string): Promise<void> {
  const now = Date.now();
  const id = crypto.randomUUID();
  await db.insert(assignments).values({
    id,
    assignmentId: id,
    version: 1,
    documentNo: `${label}-${now}`,
    documentDate: new Date(now).toISOString().slice(0, 10),
    signerAccountId: accountId,
    assigneeAccountId: accountId,
    purpose,
    categories: ['identity', 'contact', 'address', 'employment', 'health_insurance', 'benefits'],
    scopeProvinces: ['01'],
    actions: ['search', 'view'],
    validFrom: new Date(now - 3_600_000),
    validUntil: new Date(now + validForMs),
    createdBy: accountId,
  });
}
