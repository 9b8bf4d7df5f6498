/**
 * How the registry is spread over a Citus cluster (docs/SCALING.md "The registry on Citus"): every registry
 * table is distributed by a column, a reference table (a full copy on every node), or local to the coordinator.
 * `citus-rules.test.ts` checks the live schema against this plan (and, with `CITUS_URL`, applies it to a real
 * cluster); a registry table missing from it fails that test.
 */

/** Where one table lives. */
export type Placement =
  | {
      readonly kind: 'distributed';
      /** Distribution column: in every primary key and unique index of the table. */
      readonly column: string;
      /** `none`: starts a colocation group; otherwise the table whose shards this one shares. */
      readonly colocateWith: 'none' | string;
    }
  | { readonly kind: 'reference' }
  | { readonly kind: 'local' };

/** A distribution plan: table name → placement. */
export type DistributionPlan = Readonly<Record<string, Placement>>;

/**
 * Shards per colocation group for 92 million persons: 128 shards of ~720,000 persons each (with their periods,
 * cards and benefit levels about 0.85 GB a shard at the demo data's measured row sizes; docs/SCALING.md), room
 * to grow from 4 workers of 32 shards to 16 of 8 by moving shards, without splitting any.
 */
export const REGISTRY_SHARD_COUNT = 128;

const byPerson = { kind: 'distributed', column: 'person_id', colocateWith: 'registry_persons' } as const;

/** The registry's plan. */
export const REGISTRY_DISTRIBUTION_PLAN: DistributionPlan = {
  // The person and everything owned by one person: one colocation group, hashed on the person's id.
  registry_persons: { kind: 'distributed', column: 'id', colocateWith: 'none' },
  registry_participation_periods: byPerson,
  registry_health_cards: byPerson,
  registry_card_benefit_levels: byPerson,
  // A household and its member links: their own group, hashed on the household's id.
  registry_households: { kind: 'distributed', column: 'id', colocateWith: 'none' },
  registry_household_members: { kind: 'distributed', column: 'household_id', colocateWith: 'registry_households' },
  // Identifier lookups, hashed on the looked-up value: a lookup by value reads one shard.
  registry_identifiers: { kind: 'distributed', column: 'value', colocateWith: 'none' },
  registry_household_codes: { kind: 'distributed', column: 'code', colocateWith: 'registry_identifiers' },
  // Small, read everywhere, joined to person rows: copies on every node.
  registry_employers: { kind: 'reference' },
  registry_communes: { kind: 'reference' },
  registry_decoys: { kind: 'reference' },
};

/**
 * The tables of a plan in an order Citus can create them in: reference tables, then each colocation group's
 * first table before the tables colocated with it.
 *
 * @param plan - the plan
 * @returns table names in creation order (local tables omitted)
 */
export function creationOrder(plan: DistributionPlan): string[] {
  const out: string[] = [];
  for (const [table, p] of Object.entries(plan)) if (p.kind === 'reference') out.push(table);
  const pending = Object.entries(plan).filter(([, p]) => p.kind === 'distributed');
  while (pending.length > 0) {
    const next = pending.findIndex(([, p]) => p.kind === 'distributed' && (p.colocateWith === 'none' || out.includes(p.colocateWith)));
    if (next < 0) throw new Error(`colocation cycle or unknown table among ${pending.map(([t]) => t).join(', ')}`);
    out.push(pending.splice(next, 1)[0]![0]);
  }
  return out;
}
