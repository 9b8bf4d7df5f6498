/**
 * Warning lists (directive 001 §1, action programme 000): addresses, domains, file hashes and accounts
 * issued by the central team or received from the national centres, each with a source, reason and
 * validity, for the units they apply to. Each unit confirms before a deadline that it has checked them and
 * what it found; the central team follows up on units that have not. Listed accounts are checked against
 * Khiên's own (leaked-password warnings among them), and the detector watches for listed addresses through
 * the in-memory index (indicator-index.ts).
 */
import { ActorErrors } from '../actors/actor-errors.ts';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { UnitTree } from '../org/unit-tree.ts';
import { newId } from '../platform/ids.ts';
import { normaliseIndicator, type IndicatorIndex } from './indicator-index.ts';
import { inTransaction, recordPostureAct, type Acting, type PostureDeps } from './posture-action.ts';
import { PostureErrors } from './posture.errors.ts';
import { indicators, warningConfirmations, warningLists, type IndicatorKind } from './posture.schema.ts';
import { requirePostureScope, type PostureScope } from './posture-scope.ts';

/** Looks up Khiên's own accounts by login name (a port connected in `http/`). */
export type AccountLookup = (names: readonly string[]) => Promise<ReadonlyArray<{ accountId: string; username: string; unitId: string | null; status: string }>>;

/** Input of a new list. */
export interface WarningListInput {
  readonly title: string;
  readonly source: string;
  readonly confirmBy: Date;
  readonly validUntil: Date;
  readonly unitIds: readonly string[];
  readonly indicators: ReadonlyArray<{ kind: IndicatorKind; value: string; reason: string; validUntil?: Date }>;
}

type ListRow = typeof warningLists.$inferSelect;

/**
 * Units that must confirm a list: each listed unit itself, except the agency root, which stands for every
 * unit directly below it (central departments and provincial offices).
 *
 * @param t - unit tree
 * @param unitIds - the list's units
 * @returns unit ids
 */
export function unitsToConfirm(t: UnitTree, unitIds: readonly string[]): string[] {
  const out = new Set<string>();
  for (const u of unitIds) {
    if (t.ancestors(u).length === 1) {
      for (const c of t.subtree(u)) if (t.ancestors(c).length === 2) out.add(c);
    } else out.add(u);
  }
  return [...out].sort();
}

/** The warning-list service. */
export type WarningListService = ReturnType<typeof createWarningListService>;

/**
 * Creates the service.
 *
 * @param deps - database, clock, recorder
 * @param tree - unit tree source
 * @param index - the indicator index (refreshed after each change)
 * @param accounts - lookup of Khiên's accounts
 * @returns the service
 */
export function createWarningListService(deps: PostureDeps, tree: () => Promise<UnitTree>, index: IndicatorIndex, accounts: () => AccountLookup | null) {
  const { db, clock } = deps;

  async function summaries(scope: PostureScope, t: UnitTree, rows: ListRow[]) {
    const now = clock.now();
    const ids = rows.map((r) => r.id);
    const conf = ids.length ? await db.select().from(warningConfirmations).where(inArray(warningConfirmations.listId, ids)) : [];
    const counts = new Map<string, number>();
    if (ids.length) for (const i of await db.select({ listId: indicators.listId }).from(indicators).where(inArray(indicators.listId, ids))) counts.set(i.listId, (counts.get(i.listId) ?? 0) + 1);
    return rows.map((r) => {
      const done = new Set(conf.filter((c) => c.listId === r.id).map((c) => c.unitId));
      const pending = unitsToConfirm(t, r.unitIds).filter((u) => scope.canSee(u) && !done.has(u));
      return {
        id: r.id,
        title: r.title,
        source: r.source,
        issuedAt: r.issuedAt.toISOString(),
        confirmBy: r.confirmBy.toISOString(),
        unitIds: r.unitIds,
        indicatorCount: counts.get(r.id) ?? 0,
        pendingUnits: pending,
        overdue: pending.length > 0 && r.confirmBy.getTime() < now.getTime(),
      };
    });
  }

  /** Whether a list concerns a unit the caller sees. */
  const concerns = (scope: PostureScope, t: UnitTree, r: ListRow): boolean =>
    scope.units === null || r.unitIds.some((u) => scope.canSee(u) || [...(scope.units ?? [])].some((v) => t.isWithin(v, u)));

  async function load(scope: PostureScope, t: UnitTree, id: string): Promise<ListRow> {
    const row = (await db.select().from(warningLists).where(eq(warningLists.id, id)).limit(1))[0];
    if (!row || !concerns(scope, t, row)) throw new PostureErrors.LIST_NOT_FOUND();
    return row;
  }

  return {
    /**
     * Issues a list (the central team).
     *
     * @param acting - a central security administrator
     * @param input - the list
     * @returns the list
     * @throws KHIEN_POSTURE_CENTRAL_ONLY, KHIEN_POSTURE_UNKNOWN_UNIT, KHIEN_POSTURE_BAD_INDICATOR (details: the bad entries)
     */
    async issue(acting: Acting, input: WarningListInput) {
      const t = await tree();
      const now = clock.now();
      const scope = requirePostureScope(acting.actor, t, now);
      if (!scope.central) throw new PostureErrors.CENTRAL_ONLY();
      for (const u of input.unitIds) if (!t.has(u)) throw new PostureErrors.UNKNOWN_UNIT(u);
      const bad: Array<{ index: number; kind: string }> = [];
      const id = newId();
      const rows = input.indicators.map((i, index) => {
        const value = normaliseIndicator(i.kind, i.value);
        if (value === null) bad.push({ index, kind: i.kind });
        return { id: newId(), listId: id, kind: i.kind, value: value ?? '', reason: i.reason, validFrom: now, validUntil: i.validUntil ?? input.validUntil };
      });
      if (bad.length) throw Object.assign(new PostureErrors.BAD_INDICATOR(`${bad.length}`), { details: bad });
      const row = { id, title: input.title, source: input.source, issuedAt: now, confirmBy: input.confirmBy, unitIds: [...new Set(input.unitIds)], issuedBy: acting.actor!.accountId };
      await inTransaction(db, async (tx) => {
        await tx.insert(warningLists).values(row);
        for (let i = 0; i < rows.length; i += 1000) await tx.insert(indicators).values(rows.slice(i, i + 1000));
        await recordPostureAct(deps, acting, now, {
          action: 'warning_list.issue',
          target: { type: 'warning_list', id },
          after: { source: input.source, unitIds: row.unitIds, confirmBy: input.confirmBy.toISOString(), indicators: rows.length },
        }, tx);
      });
      await index.refresh();
      return (await summaries(scope, t, [row]))[0]!;
    },

    /**
     * Lists the warning lists that concern the caller's units, newest first.
     *
     * @param acting - the caller
     * @returns summaries with the units still to confirm
     */
    async list(acting: Acting) {
      const t = await tree();
      const scope = requirePostureScope(acting.actor, t, clock.now());
      const rows = (await db.select().from(warningLists).orderBy(asc(warningLists.confirmBy)).limit(500)).filter((r) => concerns(scope, t, r));
      return summaries(scope, t, rows.reverse());
    },

    /**
     * One list with its indicators and the confirmations the caller can see.
     *
     * @param acting - the caller
     * @param id - list id
     * @returns the list
     */
    async get(acting: Acting, id: string) {
      const t = await tree();
      const scope = requirePostureScope(acting.actor, t, clock.now());
      const row = await load(scope, t, id);
      const [summary] = await summaries(scope, t, [row]);
      const inds = await db.select().from(indicators).where(eq(indicators.listId, id)).orderBy(asc(indicators.kind), asc(indicators.value));
      const conf = await db.select().from(warningConfirmations).where(eq(warningConfirmations.listId, id));
      return {
        ...summary!,
        indicators: inds.map((i) => ({ id: i.id, kind: i.kind, value: i.value, reason: i.reason, validFrom: i.validFrom.toISOString(), validUntil: i.validUntil.toISOString() })),
        confirmations: conf.filter((c) => scope.canSee(c.unitId)).map((c) => ({ unitId: c.unitId, confirmedAt: c.confirmedAt.toISOString(), confirmedBy: c.confirmedBy, found: c.found, note: c.note })),
      };
    },

    /**
     * Records a unit's confirmation that it checked the list (again: replaces the earlier one).
     *
     * @param acting - a security officer or the head of the unit
     * @param id - list id
     * @param c - unit, whether anything was found, note
     * @returns the list
     * @throws KHIEN_POSTURE_LIST_NOT_FOR_UNIT when the unit is not one that must confirm
     */
    async confirm(acting: Acting, id: string, c: { unitId: string; found: boolean; note?: string }) {
      const t = await tree();
      const now = clock.now();
      const scope = requirePostureScope(acting.actor, t, now);
      const row = await load(scope, t, id);
      if (!t.has(c.unitId)) throw new PostureErrors.UNKNOWN_UNIT(c.unitId);
      if (!scope.canSee(c.unitId)) throw new PostureErrors.FORBIDDEN_UNIT();
      if (!scope.canWork(c.unitId) && !scope.isHeadOf(c.unitId)) throw new ActorErrors.FORBIDDEN();
      if (!unitsToConfirm(t, row.unitIds).includes(c.unitId)) throw new PostureErrors.LIST_NOT_FOR_UNIT();
      const values = { listId: id, unitId: c.unitId, confirmedAt: now, confirmedBy: acting.actor!.accountId, found: c.found, note: c.note ?? null };
      await inTransaction(db, async (tx) => {
        await tx.insert(warningConfirmations).values(values).onConflictDoUpdate({ target: [warningConfirmations.listId, warningConfirmations.unitId], set: values });
        await recordPostureAct(deps, acting, now, {
          action: 'warning_list.confirm',
          target: { type: 'warning_list', id },
          after: { unitId: c.unitId, found: c.found, late: now.getTime() > row.confirmBy.getTime() },
        }, tx);
      });
      return this.get(acting, id);
    },

    /**
     * Listed accounts that are Khiên accounts of units the caller sees.
     *
     * @param acting - the caller
     * @param id - list id
     * @returns matches
     */
    async accountMatches(acting: Acting, id: string) {
      const t = await tree();
      const scope = requirePostureScope(acting.actor, t, clock.now());
      await load(scope, t, id);
      const lookup = accounts();
      const inds = await db.select().from(indicators).where(and(eq(indicators.listId, id), eq(indicators.kind, 'account')));
      if (!lookup || inds.length === 0) return [];
      const found = await lookup(inds.map((i) => i.value));
      const byName = new Map(found.map((a) => [a.username.toLowerCase(), a]));
      return inds
        .map((i) => ({ i, a: byName.get(i.value) }))
        .filter((x): x is { i: typeof x.i; a: NonNullable<typeof x.a> } => !!x.a && (x.a.unitId === null ? scope.units === null : scope.canSee(x.a.unitId)))
        .map(({ i, a }) => ({ indicatorId: i.id, value: i.value, accountId: a.accountId, unitId: a.unitId, status: a.status }));
    },
  };
}
