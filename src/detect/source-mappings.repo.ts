/**
 * Queries of the declared log mappings.
 */
import { asc } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { sourceMappings } from './source-mappings.schema.ts';
import type { SourceMapping } from './ingest/source-mapping.ts';

/** A stored mapping. */
export type SourceMappingRow = typeof sourceMappings.$inferSelect;

/**
 * Lists every mapping.
 *
 * @param db - database
 * @returns the rows by system
 */
export async function listSourceMappings(db: Database): Promise<SourceMappingRow[]> {
  return db.select().from(sourceMappings).orderBy(asc(sourceMappings.system));
}

/**
 * Inserts or replaces the mapping of a system.
 *
 * @param db - database or transaction
 * @param row - the row
 */
export async function upsertSourceMapping(db: Database, row: typeof sourceMappings.$inferInsert): Promise<void> {
  await db.insert(sourceMappings).values(row).onConflictDoUpdate({
    target: sourceMappings.system,
    set: { displayName: row.displayName, mapping: row.mapping, updatedAt: row.updatedAt, updatedBy: row.updatedBy },
  });
}

/** The mappings as ingestion reads them: cached, reloaded after `ttlMs` or when told. */
export interface SourceMappingCache {
  get(): Promise<ReadonlyMap<string, SourceMapping>>;
  invalidate(): void;
}

/**
 * Creates the cache.
 *
 * @param db - database
 * @param ttlMs - how long a loaded set is used (another node's change is seen after this)
 * @returns the cache
 */
export function createSourceMappingCache(db: Database, ttlMs = 5_000): SourceMappingCache {
  let loaded: { at: number; map: Promise<ReadonlyMap<string, SourceMapping>> } | null = null;
  return {
    get() {
      if (!loaded || Date.now() - loaded.at > ttlMs) {
        const map = listSourceMappings(db).then((rows) => new Map(rows.map((r) => [r.system, r.mapping as SourceMapping])));
        loaded = { at: Date.now(), map };
        map.catch(() => {
          loaded = null;
        });
      }
      return loaded.map;
    },
    invalidate() {
      loaded = null;
    },
  };
}
