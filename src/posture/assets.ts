/**
 * Assets of each unit (directive 001 §1: review every server and workstation): listing within the caller's
 * unit subtree, manual creation and change, CSV/XLSX import with a dry run (every bad row reported, nothing
 * written unless every row is good, all rows in one transaction), and inventory feeds that create or refresh
 * assets by reference and set their last check-in. Every change is an AdminEvent in the change's transaction.
 */
import { findStaffByNumbers } from '../org/org.repo.ts';
import type { UnitTree } from '../org/unit-tree.ts';
import { newId, newToken, sha256Hex } from '../platform/ids.ts';
import * as repo from './asset.repo.ts';
import type { AssetRow, NewAssetRow } from './asset.repo.ts';
import { checkAssetCells, type AssetDraft, type FieldError } from './asset-input.ts';
import { inTransaction, recordPostureAct, type Acting, type PostureDeps } from './posture-action.ts';
import { PostureErrors } from './posture.errors.ts';
import { requirePostureScope, requireVisibleUnit, requireWorkUnit } from './posture-scope.ts';
import { readTable, type TableFormat } from '../platform/read-table.ts';
import type { AssetKind, AssetStatus, Exposure } from './posture.schema.ts';

/** Looks up devices registered in `auth` (a port connected in `http/`). */
export type DeviceLookup = (ids: readonly string[]) => Promise<ReadonlyMap<string, { readonly accountId: string; readonly status: string }>>;

/** An asset as the API shows it. */
export interface AssetView {
  id: string;
  unitId: string;
  kind: AssetKind;
  name: string;
  ref: string | null;
  address: string | null;
  os: string | null;
  osVersion: string | null;
  software: Array<{ product: string; version: string }>;
  exposure: Exposure;
  infoSystem: string | null;
  securityLevel: number | null;
  status: AssetStatus;
  responsibleStaffId: string | null;
  deviceId: string | null;
  lastCheckInAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A bad row of an import. */
export interface RowError {
  readonly row: number;
  readonly field: string;
  readonly reason: string;
}

/** Outcome of an import (or its dry run). */
export interface ImportReport {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  errors: RowError[];
}

/**
 * Presents an asset.
 *
 * @param r - the row
 * @returns the view
 */
export function presentAsset(r: AssetRow): AssetView {
  return {
    id: r.id,
    unitId: r.unitId,
    kind: r.kind,
    name: r.name,
    ref: r.externalRef,
    address: r.address,
    os: r.os,
    osVersion: r.osVersion,
    software: r.software.map((s) => ({ product: s.product, version: s.version })),
    exposure: r.exposure,
    infoSystem: r.infoSystem,
    securityLevel: r.securityLevel,
    status: r.status,
    responsibleStaffId: r.responsibleStaffId,
    deviceId: r.deviceId,
    lastCheckInAt: r.lastCheckInAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** Asset cells of an existing row (for a change that names only some fields). */
function cellsOf(r: AssetRow, staffNo: string | null): Record<string, string> {
  return {
    ref: r.externalRef ?? '',
    name: r.name,
    kind: r.kind,
    address: r.address ?? '',
    os: r.os ?? '',
    os_version: r.osVersion ?? '',
    software: r.software.map((s) => `${s.product}:${s.version}`).join('; '),
    exposure: r.exposure,
    info_system: r.infoSystem ?? '',
    security_level: r.securityLevel === null ? '' : String(r.securityLevel),
    status: r.status,
    responsible_staff: staffNo ?? '',
    device_id: r.deviceId ?? '',
  };
}

/** The asset service. */
export type AssetService = ReturnType<typeof createAssetService>;

/** Feed token prefix (recognisable in secret scanners). */
export const FEED_TOKEN_PREFIX = 'khien_inv_';

/**
 * Creates the asset service.
 *
 * @param deps - database, clock, recorder
 * @param tree - the unit tree source
 * @param devices - lookup of registered devices
 * @returns the service
 */
export function createAssetService(deps: PostureDeps, tree: () => Promise<UnitTree>, devices: () => DeviceLookup | null) {
  const { db, clock } = deps;

  /** Resolves staff numbers and device ids of drafts; returns per-draft errors. */
  async function resolveRefs(drafts: ReadonlyArray<AssetDraft | null>): Promise<{ staff: Map<string, string>; errors: Map<number, FieldError[]> }> {
    const staffNos = [...new Set(drafts.map((d) => d?.responsibleStaffNo).filter((s): s is string => !!s))];
    const deviceIds = [...new Set(drafts.map((d) => d?.deviceId).filter((s): s is string => !!s))];
    const staff = new Map<string, string>();
    for (let i = 0; i < staffNos.length; i += 1000) for (const s of await findStaffByNumbers(db, staffNos.slice(i, i + 1000))) staff.set(s.staffNo, s.id);
    const lookup = devices();
    const found = deviceIds.length && lookup ? await lookup(deviceIds) : new Map<string, { accountId: string; status: string }>();
    const errors = new Map<number, FieldError[]>();
    drafts.forEach((d, i) => {
      if (!d) return;
      const e: FieldError[] = [];
      if (d.responsibleStaffNo && !staff.has(d.responsibleStaffNo)) e.push({ field: 'responsible_staff', reason: 'UNKNOWN_STAFF' });
      if (d.deviceId && !found.has(d.deviceId)) e.push({ field: 'device_id', reason: 'UNKNOWN_DEVICE' });
      if (e.length) errors.set(i, e);
    });
    return { staff, errors };
  }

  function rowOf(d: AssetDraft, unitId: string, staffId: string | null, now: Date, checkIn: Date | null): Omit<NewAssetRow, 'id' | 'createdAt'> {
    return {
      unitId,
      kind: d.kind,
      name: d.name,
      address: d.address,
      os: d.os,
      osVersion: d.osVersion,
      software: [...d.software],
      exposure: d.exposure,
      infoSystem: d.infoSystem,
      securityLevel: d.securityLevel,
      status: d.status,
      responsibleStaffId: staffId,
      deviceId: d.deviceId,
      externalRef: d.ref,
      ...(checkIn ? { lastCheckInAt: checkIn } : {}),
      updatedAt: now,
    };
  }

  /**
   * Applies drafts to a unit in one transaction: rows whose reference exists are updated, others created.
   */
  async function applyDrafts(acting: Acting, unitId: string, drafts: readonly AssetDraft[], staff: Map<string, string>, how: string, checkIn: boolean): Promise<{ created: number; updated: number; ids: string[] }> {
    const now = clock.now();
    return inTransaction(db, async (tx) => {
      const refs = drafts.map((d) => d.ref).filter((r): r is string => !!r);
      const existing = new Map((await repo.findAssetsByRefs(tx, unitId, refs)).map((a) => [a.externalRef!, a]));
      const inserts: NewAssetRow[] = [];
      const ids: string[] = [];
      let updated = 0;
      const events: Array<Parameters<typeof recordPostureAct>[3]> = [];
      for (const d of drafts) {
        const staffId = d.responsibleStaffNo ? staff.get(d.responsibleStaffNo) ?? null : null;
        const prev = d.ref ? existing.get(d.ref) : undefined;
        const values = rowOf(d, unitId, staffId, now, checkIn ? now : null);
        if (prev) {
          const row = (await repo.updateAsset(tx, prev.id, values))!;
          ids.push(row.id);
          updated++;
          events.push({ action: 'asset.update', target: { type: 'asset', id: prev.id }, before: presentAsset(prev), after: { ...presentAsset(row), via: how } });
        } else {
          const row = { id: newId(), createdAt: now, ...values };
          inserts.push(row);
          ids.push(row.id);
          if (d.ref) existing.set(d.ref, row as AssetRow);
          events.push({ action: 'asset.create', target: { type: 'asset', id: row.id }, after: { unitId, kind: d.kind, ref: d.ref, via: how } });
        }
      }
      await repo.insertAssets(tx, inserts);
      for (const e of events) await recordPostureAct(deps, acting, now, e, tx);
      return { created: inserts.length, updated, ids };
    });
  }

  return {
    /**
     * Lists assets in the caller's scope.
     *
     * @param acting - the caller
     * @param f - filters
     * @returns assets
     */
    async list(acting: Acting, f: { unitId?: string; kind?: string; status?: string; q?: string; limit: number; offset: number }): Promise<AssetView[]> {
      const t = await tree();
      const scope = requirePostureScope(acting.actor, t, clock.now());
      let unitIds: string[] | undefined;
      if (f.unitId) {
        requireVisibleUnit(scope, t, f.unitId);
        unitIds = [...t.subtree(f.unitId)];
      }
      const rows = await repo.listAssets(db, { units: scope.units ? [...scope.units] : null, unitIds, kind: f.kind, status: f.status, q: f.q, limit: f.limit, offset: f.offset });
      return rows.map(presentAsset);
    },

    /**
     * Reads one asset.
     *
     * @param acting - the caller
     * @param id - asset id
     * @returns the asset
     * @throws KHIEN_POSTURE_ASSET_NOT_FOUND (also outside the scope: a denial looks like not-found)
     */
    async get(acting: Acting, id: string): Promise<AssetView> {
      const scope = requirePostureScope(acting.actor, await tree(), clock.now());
      const row = await repo.findAsset(db, id);
      if (!row || !scope.canSee(row.unitId)) throw new PostureErrors.ASSET_NOT_FOUND();
      return presentAsset(row);
    },

    /**
     * Creates an asset by hand.
     *
     * @param acting - a security officer over the unit
     * @param unitId - owner unit
     * @param cells - the description (table column names)
     * @returns the asset
     * @throws KHIEN_POSTURE_IMPORT_INVALID with the field errors, KHIEN_POSTURE_DUPLICATE_ASSET
     */
    async create(acting: Acting, unitId: string, cells: Record<string, string | undefined>): Promise<AssetView> {
      const t = await tree();
      requireWorkUnit(requirePostureScope(acting.actor, t, clock.now()), t, unitId);
      const r = checkAssetCells(cells);
      if (!r.ok) throw Object.assign(new PostureErrors.IMPORT_INVALID(1), { details: r.errors.map((e) => ({ row: 1, ...e })) });
      const refs = await resolveRefs([r.draft]);
      const errs = refs.errors.get(0);
      if (errs) throw Object.assign(new PostureErrors.IMPORT_INVALID(1), { details: errs.map((e) => ({ row: 1, ...e })) });
      if (r.draft.ref && (await repo.findAssetsByRefs(db, unitId, [r.draft.ref])).length) throw new PostureErrors.DUPLICATE_ASSET(r.draft.ref);
      const done = await applyDrafts(acting, unitId, [r.draft], refs.staff, 'manual', false);
      return presentAsset((await repo.findAsset(db, done.ids[0]!))!);
    },

    /**
     * Changes an asset.
     *
     * @param acting - a security officer over the asset's unit
     * @param id - asset id
     * @param changes - changed columns (table column names)
     * @returns the asset
     */
    async update(acting: Acting, id: string, changes: Record<string, string | undefined>): Promise<AssetView> {
      const t = await tree();
      const scope = requirePostureScope(acting.actor, t, clock.now());
      const prev = await repo.findAsset(db, id);
      if (!prev || !scope.canSee(prev.unitId)) throw new PostureErrors.ASSET_NOT_FOUND();
      requireWorkUnit(scope, t, prev.unitId);
      const base = cellsOf(prev, null);
      const merged: Record<string, string | undefined> = { ...base };
      for (const [k, v] of Object.entries(changes)) if (v !== undefined) merged[k] = v;
      const r = checkAssetCells(merged);
      if (!r.ok) throw Object.assign(new PostureErrors.IMPORT_INVALID(1), { details: r.errors.map((e) => ({ row: 1, ...e })) });
      const refs = await resolveRefs([r.draft]);
      const errs = refs.errors.get(0);
      if (errs) throw Object.assign(new PostureErrors.IMPORT_INVALID(1), { details: errs.map((e) => ({ row: 1, ...e })) });
      const now = clock.now();
      const staffId = changes.responsible_staff === undefined ? prev.responsibleStaffId : r.draft.responsibleStaffNo ? refs.staff.get(r.draft.responsibleStaffNo) ?? null : null;
      const row = await inTransaction(db, async (tx) => {
        const values = rowOf(r.draft, prev.unitId, staffId, now, null);
        const out = (await repo.updateAsset(tx, id, values))!;
        await recordPostureAct(deps, acting, now, { action: 'asset.update', target: { type: 'asset', id }, before: presentAsset(prev), after: presentAsset(out) }, tx);
        return out;
      });
      return presentAsset(row);
    },

    /**
     * Imports assets of a unit from a CSV or XLSX file.
     *
     * @param acting - a security officer over the unit
     * @param unitId - owner unit of every row
     * @param format - `csv` or `xlsx`
     * @param data - the file
     * @param dryRun - check only
     * @param onProgress - called with rows checked so far (CLI progress bar)
     * @returns the report (errors listed by row)
     * @throws KHIEN_POSTURE_IMPORT_INVALID (with the row errors) when not a dry run and any row is bad
     */
    async importFile(acting: Acting, unitId: string, format: TableFormat, data: Buffer, dryRun: boolean, onProgress?: (done: number, total: number) => void): Promise<ImportReport> {
      const t = await tree();
      requireWorkUnit(requirePostureScope(acting.actor, t, clock.now()), t, unitId);
      const table = await readTable(format, data, (reason) => new PostureErrors.IMPORT_UNREADABLE(reason));
      const errors: RowError[] = [];
      const drafts: Array<AssetDraft | null> = [];
      const seenRefs = new Map<string, number>();
      table.forEach((r, i) => {
        const c = checkAssetCells(r.cells);
        if (!c.ok) {
          for (const e of c.errors) errors.push({ row: r.row, ...e });
          drafts.push(null);
        } else {
          if (c.draft.ref) {
            const first = seenRefs.get(c.draft.ref);
            if (first !== undefined) errors.push({ row: r.row, field: 'ref', reason: `DUPLICATE_OF_ROW_${first}` });
            else seenRefs.set(c.draft.ref, r.row);
          }
          drafts.push(c.draft);
        }
        if (onProgress && (i % 500 === 0 || i === table.length - 1)) onProgress(i + 1, table.length);
      });
      const refs = await resolveRefs(drafts);
      for (const [i, errs] of refs.errors) for (const e of errs) errors.push({ row: table[i]!.row, ...e });
      errors.sort((a, b) => a.row - b.row);
      const good = drafts.filter((d): d is AssetDraft => d !== null);
      const existing = new Set((await repo.findAssetsByRefs(db, unitId, [...seenRefs.keys()])).map((a) => a.externalRef));
      const updated = good.filter((d) => d.ref && existing.has(d.ref)).length;
      const report: ImportReport = { dryRun, rows: table.length, created: good.length - updated, updated, errors };
      if (dryRun) return report;
      if (errors.length > 0) {
        const rowsBad = new Set(errors.map((e) => e.row)).size;
        throw Object.assign(new PostureErrors.IMPORT_INVALID(rowsBad), { details: errors });
      }
      const done = await applyDrafts(acting, unitId, good, refs.staff, `import:${format}`, false);
      return { ...report, created: done.created, updated: done.updated };
    },

    /**
     * Creates an inventory-feed token for a unit (shown once; only its SHA-256 is kept).
     *
     * @param acting - a security officer over the unit
     * @param unitId - the unit the feed reports for
     * @param system - the feeding system's name
     * @returns token id and secret
     */
    async createFeedToken(acting: Acting, unitId: string, system: string): Promise<{ id: string; token: string }> {
      const t = await tree();
      requireWorkUnit(requirePostureScope(acting.actor, t, clock.now()), t, unitId);
      const token = `${FEED_TOKEN_PREFIX}${newToken(32)}`;
      const id = newId();
      const now = clock.now();
      await inTransaction(db, async (tx) => {
        await repo.insertFeedToken(tx, { id, unitId, system, tokenHash: sha256Hex(token), createdBy: acting.actor?.accountId ?? null, createdAt: now });
        await recordPostureAct(deps, acting, now, { action: 'feed_token.create', target: { type: 'feed_token', id }, after: { unitId, system } }, tx);
      });
      return { id, token };
    },

    /**
     * Resolves a presented feed token.
     *
     * @param presented - the bearer value
     * @returns the token's unit and system, or null
     */
    async verifyFeedToken(presented: string): Promise<{ unitId: string; system: string } | null> {
      if (!presented.startsWith(FEED_TOKEN_PREFIX) || presented.length > 200) return null;
      const found = await repo.useFeedToken(db, sha256Hex(presented), clock.now());
      return found ? { unitId: found.unitId, system: found.system } : null;
    },

    /**
     * Takes an inventory feed: each item (with a `ref`) creates or refreshes an asset and sets its check-in.
     * Items are checked one by one; good items are written together in one transaction.
     *
     * @param feed - the token's unit and system
     * @param items - items with table column names
     * @returns counts and the rejected items
     */
    async ingestFeed(feed: { unitId: string; system: string }, items: ReadonlyArray<Record<string, string | undefined>>): Promise<{ created: number; updated: number; rejected: RowError[] }> {
      const rejected: RowError[] = [];
      const drafts: Array<AssetDraft | null> = items.map((it, i) => {
        const c = checkAssetCells(it);
        if (!c.ok) {
          for (const e of c.errors) rejected.push({ row: i, ...e });
          return null;
        }
        if (!c.draft.ref) {
          rejected.push({ row: i, field: 'ref', reason: 'REQUIRED' });
          return null;
        }
        return c.draft;
      });
      const refs = await resolveRefs(drafts);
      for (const [i, errs] of refs.errors) {
        for (const e of errs) rejected.push({ row: i, ...e });
        drafts[i] = null;
      }
      // The last item for a reference wins.
      const byRef = new Map<string, AssetDraft>();
      for (const d of drafts) if (d) byRef.set(d.ref!, d);
      const good = [...byRef.values()];
      if (good.length === 0) return { created: 0, updated: 0, rejected };
      const done = await applyDrafts({ actor: null, system: `posture/feed:${feed.system}` }, feed.unitId, good, refs.staff, `feed:${feed.system}`, true);
      return { created: done.created, updated: done.updated, rejected };
    },
  };
}
