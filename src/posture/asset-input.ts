/**
 * One asset as described by a person or a feed (manual form, CSV/XLSX row, inventory feed item), checked
 * field by field so that an import can report every bad row with the column and the reason.
 *
 * Table columns (header names, any case): `ref`, `name`, `kind`, `address`, `os`, `os_version`, `software`
 * (`product:version; product:version`), `exposure`, `info_system`, `security_level` (1–5), `status`,
 * `responsible_staff` (staff number), `device_id` (a device registered in Khiên).
 */
import { isIP } from 'node:net';
import { ASSET_KINDS, ASSET_STATUSES, EXPOSURES, type AssetKind, type AssetStatus, type Exposure, type SoftwareItem } from './posture.schema.ts';

/** A checked asset description. */
export interface AssetDraft {
  readonly ref: string | null;
  readonly name: string;
  readonly kind: AssetKind;
  readonly address: string | null;
  readonly os: string | null;
  readonly osVersion: string | null;
  readonly software: readonly SoftwareItem[];
  readonly exposure: Exposure;
  readonly infoSystem: string | null;
  readonly securityLevel: number | null;
  readonly status: AssetStatus;
  readonly responsibleStaffNo: string | null;
  readonly deviceId: string | null;
}

/** A problem with one field. */
export interface FieldError {
  readonly field: string;
  readonly reason: string;
}

/** Result of checking one description. */
export type DraftResult = { readonly ok: true; readonly draft: AssetDraft } | { readonly ok: false; readonly errors: readonly FieldError[] };

const HOST = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*$/;
const TEXT = /^[^\u0000-\u001f]*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REF = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/;
const STAFF_NO = /^[A-Z0-9]{4,16}$/;

/** Vietnamese and alternative spellings accepted in files. */
const KIND_ALIASES: Readonly<Record<string, AssetKind>> = {
  'máy chủ': 'server', 'may chu': 'server', 'máy trạm': 'workstation', 'may tram': 'workstation',
  'thiết bị mạng': 'network_device', 'network': 'network_device', 'thiết bị bảo mật': 'security_device', 'security': 'security_device',
  'ứng dụng': 'application', 'app': 'application',
};
const EXPOSURE_ALIASES: Readonly<Record<string, Exposure>> = {
  internet: 'internet', 'agency': 'agency_network', 'mạng nội bộ': 'agency_network', 'noi bo': 'agency_network', 'cô lập': 'isolated',
};

function text(v: string | undefined, max: number, field: string, errors: FieldError[]): string | null {
  const s = (v ?? '').normalize('NFC').trim();
  if (!s) return null;
  if (s.length > max || !TEXT.test(s)) {
    errors.push({ field, reason: 'TOO_LONG_OR_CONTROL_CHARS' });
    return null;
  }
  return s;
}

/**
 * Parses the `software` column.
 *
 * @param v - `product:version; product:version`
 * @returns items, or null when malformed
 */
export function parseSoftware(v: string): SoftwareItem[] | null {
  const out: SoftwareItem[] = [];
  for (const part of v.split(/[;\n]/).map((p) => p.trim()).filter(Boolean)) {
    const i = part.lastIndexOf(':');
    if (i <= 0 || i === part.length - 1) return null;
    const product = part.slice(0, i).trim().toLowerCase();
    const version = part.slice(i + 1).trim();
    if (!product || !version || product.length > 100 || version.length > 50) return null;
    out.push({ product, version });
  }
  return out.length > 50 ? null : out;
}

/**
 * Checks an asset description given as text cells (file row, form, feed item).
 *
 * @param cells - column → text
 * @returns the draft or the field errors
 */
export function checkAssetCells(cells: Readonly<Record<string, string | undefined>>): DraftResult {
  const errors: FieldError[] = [];
  const ref = text(cells.ref, 128, 'ref', errors);
  if (ref !== null && !REF.test(ref)) errors.push({ field: 'ref', reason: 'BAD_FORMAT' });
  const name = text(cells.name, 200, 'name', errors);
  if (!name) errors.push({ field: 'name', reason: 'REQUIRED' });
  const kindRaw = (cells.kind ?? '').trim().toLowerCase();
  const kind = (ASSET_KINDS as readonly string[]).includes(kindRaw) ? (kindRaw as AssetKind) : KIND_ALIASES[kindRaw];
  if (!kind) errors.push({ field: 'kind', reason: kindRaw ? 'UNKNOWN_VALUE' : 'REQUIRED' });
  const address = text(cells.address, 253, 'address', errors);
  if (address !== null && isIP(address) === 0 && (!HOST.test(address) || /^[0-9.]+$/.test(address))) errors.push({ field: 'address', reason: 'NOT_AN_ADDRESS' });
  const os = text(cells.os, 100, 'os', errors);
  const osVersion = text(cells.os_version, 50, 'os_version', errors);
  let software: SoftwareItem[] = [];
  if (cells.software?.trim()) {
    const parsed = parseSoftware(cells.software);
    if (!parsed) errors.push({ field: 'software', reason: 'BAD_FORMAT' });
    else software = parsed;
  }
  const expRaw = (cells.exposure ?? '').trim().toLowerCase();
  const exposure = (EXPOSURES as readonly string[]).includes(expRaw) ? (expRaw as Exposure) : EXPOSURE_ALIASES[expRaw];
  if (!exposure) errors.push({ field: 'exposure', reason: expRaw ? 'UNKNOWN_VALUE' : 'REQUIRED' });
  const infoSystem = text(cells.info_system, 200, 'info_system', errors);
  let securityLevel: number | null = null;
  const lvl = (cells.security_level ?? '').trim();
  if (lvl) {
    if (!/^[1-5]$/.test(lvl)) errors.push({ field: 'security_level', reason: 'NOT_1_TO_5' });
    else securityLevel = Number(lvl);
  }
  const stRaw = (cells.status ?? '').trim().toLowerCase() || 'active';
  const status = (ASSET_STATUSES as readonly string[]).includes(stRaw) ? (stRaw as AssetStatus) : null;
  if (!status) errors.push({ field: 'status', reason: 'UNKNOWN_VALUE' });
  const staffNo = (cells.responsible_staff ?? '').trim().toUpperCase() || null;
  if (staffNo !== null && !STAFF_NO.test(staffNo)) errors.push({ field: 'responsible_staff', reason: 'BAD_FORMAT' });
  const deviceId = (cells.device_id ?? '').trim().toLowerCase() || null;
  if (deviceId !== null && !UUID.test(deviceId)) errors.push({ field: 'device_id', reason: 'BAD_FORMAT' });
  if (errors.length > 0 || !name || !kind || !exposure || !status) return { ok: false, errors };
  return {
    ok: true,
    draft: { ref, name, kind, address, os, osVersion, software, exposure, infoSystem, securityLevel, status, responsibleStaffNo: staffNo, deviceId },
  };
}
