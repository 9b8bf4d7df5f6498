/**
 * Geography of the demo registry: for each 2025 province, the pre-2025 provinces it was formed from (their
 * codes are what personal identification numbers and card codes carry), a rough population weight, and a
 * wage region for salaries.
 *
 * SYNTHETIC simplifications, for demo data only: the wage region really depends on the commune (Decree
 * 293/2025/NĐ-CP with Decree 128/2025's area list); here one region is given per province. Population
 * weights are rounded 2024-2025 press figures in millions and only shape the distribution.
 */
import { PROVINCES } from '../registry/reference.ts';

/** Wage region I-IV (Decree 293/2025/NĐ-CP). */
export type WageRegion = 1 | 2 | 3 | 4;

/** Monthly regional minimum wage from 1/1/2026 in VND (Decree 293/2025/NĐ-CP, domain-vn.md §8.4). */
export const MIN_WAGE_2026: Readonly<Record<WageRegion, number>> = Object.freeze({
  1: 5_310_000,
  2: 4_730_000,
  3: 4_140_000,
  4: 3_700_000,
});

/** Base salary (lương cơ sở) used as the reference level for state salary coefficients, VND. */
export const BASE_SALARY = 2_340_000;

/** Upper bound of the contribution base: 20 × reference level (SI Law 2024 Art. 31.1(đ)). */
export const MAX_SALARY_BASIS = 20 * BASE_SALARY;

/** A 2025 province with what the generator needs. */
export interface DemoProvince {
  readonly code: string;
  readonly name: string;
  /** 3-digit pre-2025 province-of-birth codes of its components, the one whose code the 2025 unit kept first. */
  readonly oldCodes: readonly string[];
  readonly population: number;
  readonly region: WageRegion;
}

const TABLE: ReadonlyArray<readonly [string, readonly string[], number, WageRegion]> = [
  ['01', ['001'], 8.7, 1],
  ['04', ['004'], 0.55, 4],
  ['08', ['008', '002'], 1.9, 3],
  ['11', ['011'], 0.65, 4],
  ['12', ['012'], 0.49, 4],
  ['14', ['014'], 1.3, 3],
  ['15', ['010', '015'], 1.8, 3],
  ['19', ['019', '006'], 1.7, 3],
  ['20', ['020'], 0.8, 4],
  ['22', ['022'], 1.4, 2],
  ['24', ['027', '024'], 3.6, 2],
  ['25', ['025', '026', '017'], 4.0, 2],
  ['31', ['031', '030'], 4.7, 1],
  ['33', ['033', '034'], 3.6, 2],
  ['37', ['037', '035', '036'], 4.4, 3],
  ['38', ['038'], 3.8, 3],
  ['40', ['040'], 3.5, 3],
  ['42', ['042'], 1.3, 3],
  ['44', ['045', '044'], 1.9, 3],
  ['46', ['046'], 1.2, 2],
  ['48', ['048', '049'], 3.1, 2],
  ['51', ['051', '062'], 1.9, 3],
  ['52', ['064', '052'], 3.6, 3],
  ['56', ['056', '058'], 2.2, 2],
  ['66', ['066', '054'], 3.3, 3],
  ['68', ['068', '067', '060'], 3.9, 2],
  ['75', ['075', '070'], 4.5, 1],
  ['79', ['079', '074', '077'], 14.0, 1],
  ['80', ['072', '080'], 3.3, 2],
  ['82', ['087', '082'], 4.4, 3],
  ['86', ['086', '083', '084'], 4.3, 3],
  ['91', ['089', '091'], 4.9, 3],
  ['92', ['092', '094', '093'], 4.2, 2],
  ['96', ['096', '095'], 2.6, 3],
];

/** The 34 provinces with components, weights and wage regions. */
export const DEMO_PROVINCES: readonly DemoProvince[] = Object.freeze(
  TABLE.map(([code, oldCodes, population, region]) => {
    const p = PROVINCES.find((x) => x.code === code);
    if (!p) throw new Error(`demo geography: unknown 2025 province ${code}`);
    // The old province whose code the 2025 unit kept comes first (e.g. Lào Cai 15 = old Yên Bái 015).
    const own = `0${code}`;
    return { code, name: p.name, oldCodes: [own, ...oldCodes.filter((c) => c !== own)], population, region };
  }),
);

/** Code → demo province. */
export const DEMO_PROVINCE_BY_CODE: ReadonlyMap<string, DemoProvince> = new Map(DEMO_PROVINCES.map((p) => [p.code, p]));

/** Street names for addresses (national heroes and events, as in every Vietnamese town). */
export const STREETS: readonly string[] = [
  'Lê Lợi', 'Trần Hưng Đạo', 'Nguyễn Trãi', 'Hai Bà Trưng', 'Lý Thường Kiệt', 'Hùng Vương', 'Quang Trung',
  'Nguyễn Huệ', 'Lê Duẩn', 'Điện Biên Phủ', 'Phan Đình Phùng', 'Trần Phú', 'Nguyễn Du', 'Bà Triệu',
  'Lạc Long Quân', 'Võ Thị Sáu', 'Nguyễn Thị Minh Khai', 'Cách Mạng Tháng Tám', 'Ngô Quyền', 'Phạm Văn Đồng',
  'Lê Thánh Tông', 'Trần Quốc Toản', 'Nguyễn Văn Cừ', 'Hoàng Hoa Thám', 'Phan Chu Trinh', 'Lý Tự Trọng',
];

/**
 * A street address: a house number on a named street in towns, a hamlet or residential group elsewhere.
 *
 * @param urban - whether the commune is a ward (phường)
 * @param n1 - house or hamlet number source
 * @param n2 - alley number source
 * @param street - street name
 * @returns the street line
 */
export function streetLine(urban: boolean, n1: number, n2: number, street: string): string {
  if (urban) return n2 % 3 === 0 ? `Số ${(n1 % 180) + 1} ngõ ${(n2 % 90) + 2}, ${street}` : `Số ${(n1 % 420) + 1} ${street}`;
  return n2 % 2 === 0 ? `Thôn ${(n1 % 14) + 1}` : `Tổ dân phố ${(n1 % 22) + 1}`;
}

/** Registered clinics (nơi đăng ký KCB ban đầu) per province: code = province code + 3 digits. */
export function clinicsOf(p: DemoProvince): ReadonlyArray<{ code: string; name: string }> {
  return [
    { code: `${p.code}001`, name: `Bệnh viện Đa khoa ${p.name}` },
    { code: `${p.code}002`, name: `Trung tâm Y tế khu vực số 1 - ${p.name}` },
    { code: `${p.code}003`, name: `Trung tâm Y tế khu vực số 2 - ${p.name}` },
    { code: `${p.code}004`, name: `Bệnh viện Y học cổ truyền ${p.name}` },
    { code: `${p.code}005`, name: `Phòng khám Đa khoa khu vực - ${p.name}` },
    { code: `${p.code}006`, name: `Trạm Y tế xã - ${p.name}` },
  ];
}
