/**
 * Findings from files: the central team's warning tables (CSV/XLSX: `title`, `kind`, `cve`, `product`,
 * `version`, `cvss`, `severity`, `asset_ref`, `address`) and scanner reports (OpenVAS/Greenbone XML, results
 * matched to assets by address). Each row is checked; a dry run lists every bad row, and a real import is
 * refused whole when any row is bad, so nothing is half-written. Findings already open for the same asset
 * and CVE (or title) are not opened twice, so a weekly scan can be imported again.
 */
import type { UnitTree } from '../org/unit-tree.ts';
import { listActiveAssetsOf, type AssetRow } from './asset.repo.ts';
import type { RowError } from './assets.ts';
import { listFindings } from './finding.repo.ts';
import type { FindingDraft, FindingService } from './findings.ts';
import type { Acting, PostureDeps } from './posture-action.ts';
import { PostureErrors } from './posture.errors.ts';
import { FINDING_KINDS, FINDING_SEVERITIES, type FindingSeverity } from './posture.schema.ts';
import { requirePostureScope, requireWorkUnit } from './posture-scope.ts';
import { readTable, type TableFormat } from '../platform/read-table.ts';
import { parseOpenVasReport } from './scanner-report.ts';

/** Outcome of a findings import. */
export interface FindingImportReport {
  dryRun: boolean;
  rows: number;
  /** Findings opened (or that would be). */
  created: number;
  /** Of those, how many are tied to an asset. */
  matched: number;
  errors: RowError[];
}

const CVE = /^CVE-\d{4}-\d{4,7}$/;
const TEXT = /^[^\u0000-\u001f]*$/;

/** The findings-import service. */
export type FindingImportService = ReturnType<typeof createFindingImportService>;

/**
 * Creates the import service.
 *
 * @param deps - database, clock, recorder
 * @param tree - unit tree source
 * @param findings - the findings service (opens the findings)
 * @returns the service
 */
export function createFindingImportService(deps: PostureDeps, tree: () => Promise<UnitTree>, findings: FindingService) {
  const { db, clock } = deps;

  async function prepare(acting: Acting, unitId: string): Promise<{ t: UnitTree; assets: AssetRow[] }> {
    const t = await tree();
    requireWorkUnit(requirePostureScope(acting.actor, t, clock.now()), t, unitId);
    return { t, assets: await listActiveAssetsOf(db, t.subtree(unitId)) };
  }

  /** Drops drafts for which the same asset already has an open finding with the same CVE or title. */
  async function withoutDuplicates(unitIds: readonly string[], drafts: FindingDraft[]): Promise<FindingDraft[]> {
    const open = new Set<string>();
    for (const state of ['open', 'in_progress'] as const) {
      for (const f of await listFindings(db, { units: unitIds, state, limit: 100_000, offset: 0 })) open.add(`${f.assetId}|${f.cve ?? f.title}`);
    }
    const seen = new Set<string>();
    return drafts.filter((d) => {
      if (!d.assetId) return true;
      const k = `${d.assetId}|${d.cve ?? d.title}`;
      if (open.has(k) || seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  }

  async function finish(acting: Acting, unitId: string, t: UnitTree, drafts: FindingDraft[], errors: RowError[], rows: number, dryRun: boolean, source: 'import' | 'scanner', how: string): Promise<FindingImportReport> {
    errors.sort((a, b) => a.row - b.row);
    const fresh = await withoutDuplicates(t.subtree(unitId), drafts);
    if (dryRun) return { dryRun, rows, created: fresh.length, matched: fresh.filter((d) => d.assetId).length, errors };
    if (errors.length) throw Object.assign(new PostureErrors.IMPORT_INVALID(new Set(errors.map((e) => e.row)).size), { details: errors });
    const out = fresh.length ? await findings.open(acting, fresh, source, how) : { rows: [], matched: 0 };
    return { dryRun, rows, created: out.rows.length, matched: out.rows.filter((r) => r.assetId).length, errors };
  }

  return {
    /**
     * Imports a warning table.
     *
     * @param acting - a security officer over the unit
     * @param unitId - the unit (its subtree's assets are matched)
     * @param format - `csv` or `xlsx`
     * @param data - the file
     * @param dryRun - check only
     * @returns the report
     * @throws KHIEN_POSTURE_IMPORT_INVALID (with row errors) when not a dry run and any row is bad
     */
    async importFile(acting: Acting, unitId: string, format: TableFormat, data: Buffer, dryRun: boolean): Promise<FindingImportReport> {
      const { t, assets } = await prepare(acting, unitId);
      const byRef = new Map(assets.filter((a) => a.externalRef).map((a) => [a.externalRef!, a]));
      const byAddress = new Map(assets.filter((a) => a.address).map((a) => [a.address!.toLowerCase(), a]));
      const table = await readTable(format, data, (reason) => new PostureErrors.IMPORT_UNREADABLE(reason));
      const errors: RowError[] = [];
      const drafts: FindingDraft[] = [];
      for (const r of table) {
        const c = r.cells;
        const bad = (field: string, reason: string): void => {
          errors.push({ row: r.row, field, reason });
        };
        const n = errors.length;
        const title = c.title ?? '';
        if (!title) bad('title', 'REQUIRED');
        else if (title.length > 300 || !TEXT.test(title)) bad('title', 'TOO_LONG_OR_CONTROL_CHARS');
        const kind = (c.kind || 'vulnerability').toLowerCase();
        if (!(FINDING_KINDS as readonly string[]).includes(kind)) bad('kind', 'UNKNOWN_VALUE');
        const cve = c.cve ? c.cve.toUpperCase() : null;
        if (cve && !CVE.test(cve)) bad('cve', 'BAD_FORMAT');
        let cvss: number | null = null;
        if (c.cvss) {
          const v = Number(c.cvss.replace(',', '.'));
          if (!Number.isFinite(v) || v < 0 || v > 10) bad('cvss', 'NOT_0_TO_10');
          else cvss = v;
        }
        const sev = c.severity ? c.severity.toLowerCase() : null;
        if (sev && !(FINDING_SEVERITIES as readonly string[]).includes(sev)) bad('severity', 'UNKNOWN_VALUE');
        if (!sev && !c.cvss) bad('cvss', 'CVSS_OR_SEVERITY_REQUIRED');
        let asset: AssetRow | undefined;
        if (c.asset_ref) {
          asset = byRef.get(c.asset_ref);
          if (!asset) bad('asset_ref', 'UNKNOWN_ASSET');
        } else if (c.address) {
          asset = byAddress.get(c.address.toLowerCase());
          if (!asset) bad('address', 'UNKNOWN_ASSET');
        } else if (!c.product) bad('product', 'ASSET_OR_PRODUCT_REQUIRED');
        if (errors.length > n) continue;
        drafts.push({
          unitId: asset?.unitId ?? unitId,
          assetId: asset?.id ?? null,
          kind: kind as FindingDraft['kind'],
          title,
          cve,
          product: c.product || null,
          productVersion: c.version || null,
          cvss,
          severity: (sev as FindingSeverity | null) ?? null,
        });
      }
      return finish(acting, unitId, t, drafts, errors, table.length, dryRun, 'import', `import:${format}`);
    },

    /**
     * Imports an OpenVAS/Greenbone XML report; results are matched to assets of the unit's subtree by address.
     *
     * @param acting - a security officer over the unit
     * @param unitId - the scanned unit
     * @param xml - the report
     * @param dryRun - check only
     * @returns the report (a result whose host is not in the inventory is a bad row)
     */
    async importScanner(acting: Acting, unitId: string, xml: string, dryRun: boolean): Promise<FindingImportReport> {
      const { t, assets } = await prepare(acting, unitId);
      const byAddress = new Map(assets.filter((a) => a.address).map((a) => [a.address!.toLowerCase(), a]));
      const results = parseOpenVasReport(xml);
      const errors: RowError[] = [];
      const drafts: FindingDraft[] = [];
      for (const r of results) {
        const n = errors.length;
        if (!r.host) errors.push({ row: r.row, field: 'host', reason: 'REQUIRED' });
        const asset = r.host ? byAddress.get(r.host.toLowerCase()) : undefined;
        if (r.host && !asset) errors.push({ row: r.row, field: 'host', reason: 'UNKNOWN_ASSET' });
        if (r.cvss === null) errors.push({ row: r.row, field: 'severity', reason: 'NOT_0_TO_10' });
        if (!r.name) errors.push({ row: r.row, field: 'name', reason: 'REQUIRED' });
        if (errors.length > n) continue;
        drafts.push({
          unitId: asset!.unitId,
          assetId: asset!.id,
          kind: 'vulnerability',
          title: `${r.name!.slice(0, 280)}${r.port ? ` (${r.port})` : ''}`,
          cve: r.cves[0] ?? null,
          cvss: r.cvss,
        });
      }
      return finish(acting, unitId, t, drafts, errors, results.length, dryRun, 'scanner', 'scanner:openvas');
    },
  };
}
