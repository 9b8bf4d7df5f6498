/**
 * Reference data every installation needs: the agency's unit tree (central departments, 34 provincial
 * offices keyed by 2025 province code, local offices "BHXH cơ sở") and a commune catalogue.
 *
 * The commune catalogue here is SYNTHETIC (codes `PPNNN`, generic names, flagged `synthetic`): the official
 * QĐ 19/2025/QĐ-TTg list of 3,321 communes is not shipped yet; see docs/ARCHITECTURE.md, open items.
 */
import type { Database } from '../db/client.ts';
import { communes } from '../registry/registry.schema.ts';
import { PROVINCES } from '../registry/reference.ts';
import { insertUnits } from '../org/org.repo.ts';
import type { units } from '../org/org.schema.ts';

/** Number of synthetic communes per province and local offices per province. */
export const COMMUNES_PER_PROVINCE = 24;
export const LOCAL_OFFICES_PER_PROVINCE = 4;

/** Root unit id (the agency). */
export const AGENCY_UNIT_ID = 'VSS';
/** The IT Centre (central security team). */
export const IT_CENTRE_UNIT_ID = 'VSS-CNTT';

const CENTRAL = [
  { id: IT_CENTRE_UNIT_ID, name: 'Trung tâm Công nghệ thông tin' },
  { id: 'VSS-THU', name: 'Ban Quản lý Thu - Sổ, Thẻ' },
  { id: 'VSS-CSBHXH', name: 'Ban Thực hiện chính sách BHXH' },
  { id: 'VSS-CSBHYT', name: 'Ban Thực hiện chính sách BHYT' },
  { id: 'VSS-TTKT', name: 'Vụ Thanh tra - Kiểm tra' },
];

const COMMUNE_STEMS = [
  'An Bình', 'Tân Phú', 'Hòa Lạc', 'Phú Mỹ', 'Thanh Xuân', 'Đông Hòa', 'Tây Sơn', 'Nam Thành',
  'Bắc Sơn', 'Vĩnh Phúc', 'Long Hưng', 'Quang Trung', 'Hưng Đạo', 'Minh Khai', 'Yên Hòa', 'Thịnh Quang',
  'Kim Liên', 'Đức Thắng', 'Xuân Phương', 'Trung Hòa', 'Phước Long', 'Cát Lái', 'Hiệp Hòa', 'Sơn Trà',
];

/** Code of the n-th (0-based) synthetic commune of a province. */
export function communeCode(provinceCode: string, n: number): string {
  return `${provinceCode}${String(n + 1).padStart(3, '0')}`;
}

/** Builds the synthetic commune catalogue. */
export function buildDemoCommunes(): Array<typeof communes.$inferInsert> {
  const out: Array<typeof communes.$inferInsert> = [];
  for (const p of PROVINCES) {
    for (let i = 0; i < COMMUNES_PER_PROVINCE; i++) {
      const kind = i % 3 === 0 ? 'Phường' : 'Xã';
      out.push({ code: communeCode(p.code, i), provinceCode: p.code, name: `${kind} ${COMMUNE_STEMS[i % COMMUNE_STEMS.length]}`, synthetic: true });
    }
  }
  return out;
}

/** Unit id of a provincial office. */
export function provinceUnitId(provinceCode: string): string {
  return `P${provinceCode}`;
}

/** Unit id of the n-th (1-based) local office of a province. */
export function localUnitId(provinceCode: string, n: number): string {
  return `P${provinceCode}-L${n}`;
}

/** Builds the unit tree. */
export function buildReferenceUnits(): Array<typeof units.$inferInsert> {
  const out: Array<typeof units.$inferInsert> = [
    { id: AGENCY_UNIT_ID, parentId: null, kind: 'agency', name: 'Bảo hiểm xã hội Việt Nam', provinceCode: null },
  ];
  for (const c of CENTRAL) out.push({ id: c.id, parentId: AGENCY_UNIT_ID, kind: 'central', name: c.name, provinceCode: null });
  const perOffice = COMMUNES_PER_PROVINCE / LOCAL_OFFICES_PER_PROVINCE;
  for (const p of PROVINCES) {
    const pid = provinceUnitId(p.code);
    out.push({ id: pid, parentId: AGENCY_UNIT_ID, kind: 'province', name: `BHXH ${p.name}`, provinceCode: p.code });
    for (let n = 1; n <= LOCAL_OFFICES_PER_PROVINCE; n++) {
      const served = Array.from({ length: perOffice }, (_, k) => communeCode(p.code, (n - 1) * perOffice + k));
      out.push({ id: localUnitId(p.code, n), parentId: pid, kind: 'local', name: `BHXH cơ sở số ${n} - ${p.name}`, provinceCode: p.code, communes: served });
    }
  }
  return out;
}

/**
 * Inserts the unit tree and the commune catalogue (idempotent).
 *
 * @param db - database or transaction
 */
export async function seedReferenceData(db: Database): Promise<void> {
  await insertUnits(db, buildReferenceUnits());
  const rows = buildDemoCommunes();
  for (let i = 0; i < rows.length; i += 500) {
    await db.insert(communes).values(rows.slice(i, i + 500)).onConflictDoNothing();
  }
}
