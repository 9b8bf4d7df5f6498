/**
 * Synthetic employers across all 34 provinces: enterprises (10-digit enterprise code) and budget-funded
 * units (7-digit budget-relationship code), with a sector code (section letter + VSIC division, the
 * 3-character business type of QĐ 27/2018/QĐ-TTg) and the card group their employees get.
 */
import { communeCode, COMMUNES_PER_PROVINCE } from './reference-data.ts';
import { DEMO_PROVINCES } from './demo-geography.ts';
import { weighted, type Prng } from './prng.ts';
import type { EmployerRow } from './demo-rows.ts';

const SECTORS = weighted<readonly [string, string]>([
  [['C10', 'Chế biến Thực phẩm'], 8], [['C14', 'May mặc'], 10], [['C25', 'Cơ khí'], 6], [['C26', 'Điện tử'], 5],
  [['F41', 'Xây dựng'], 10], [['G46', 'Thương mại'], 12], [['G47', 'Bán lẻ'], 8], [['H49', 'Vận tải'], 6],
  [['I56', 'Dịch vụ Ăn uống'], 5], [['J62', 'Công nghệ Phần mềm'], 5], [['K64', 'Tài chính'], 2],
  [['L68', 'Bất động sản'], 3], [['M69', 'Tư vấn Kế toán'], 3], [['A01', 'Nông nghiệp'], 4], [['N82', 'Dịch vụ'], 5],
]);
const STEMS: readonly string[] = [
  'Hoàng Long', 'Minh Phát', 'Thành Công', 'An Phú', 'Đại Việt', 'Sao Mai', 'Phương Nam', 'Trường Sơn',
  'Hồng Hà', 'Bình Minh', 'Tân Tiến', 'Vạn Xuân', 'Hưng Thịnh', 'Thiên Ân', 'Kim Cương', 'Việt Hưng',
  'Đông Á', 'Nam Việt', 'Hải Âu', 'Phú Gia', 'Tâm Đức', 'Quang Minh', 'Sông Hồng', 'Cửu Long',
];

/**
 * How many employers a registry of `persons` gets: one per ~25 persons, at least two per province.
 *
 * @param persons - number of persons
 * @returns employer count
 */
export function employerCountFor(persons: number): number {
  return Math.max(DEMO_PROVINCES.length * 2, Math.ceil(persons / 25));
}

/**
 * Generates employers; every province gets an enterprise and a budget unit, the rest follow population.
 *
 * @param prng - random source
 * @param count - number of employers (at least 68)
 * @returns the employers, unique codes
 */
export function generateEmployers(prng: Prng, count: number): EmployerRow[] {
  const byPopulation = weighted(DEMO_PROVINCES.map((p) => [p, p.population] as const));
  const used = new Set<string>();
  const out: EmployerRow[] = [];
  for (let i = 0; i < count; i++) {
    const province = i < DEMO_PROVINCES.length * 2 ? DEMO_PROVINCES[i >> 1]! : byPopulation.sample(prng);
    const budget = i < DEMO_PROVINCES.length * 2 ? i % 2 === 1 : prng.chance(0.22);
    const commune = communeCode(province.code, prng.int(0, COMMUNES_PER_PROVINCE - 1));
    let code: string;
    do {
      code = budget ? `1${prng.digits(6)}` : `${province.oldCodes[0]!.slice(1)}${prng.digits(8)}`;
    } while (used.has(code));
    used.add(code);
    const stem = prng.pick(STEMS);
    if (budget) {
      const kind = prng.int(0, 2);
      const [businessType, name] =
        kind === 0 ? ['O84', `Ủy ban nhân dân xã ${stem} - ${province.name}`]
        : kind === 1 ? ['P85', `Trường Trung học phổ thông ${stem} - ${province.name}`]
        : ['Q86', `Trung tâm Y tế khu vực ${stem} - ${province.name}`];
      out.push({ id: prng.uuid(), code, codeKind: 'budget', name, provinceCode: province.code, communeCode: commune, businessType, cardGroup: prng.chance(0.7) ? 'HC' : 'CH' });
      continue;
    }
    const [businessType, sector] = SECTORS.sample(prng);
    const r = prng.next();
    const cardGroup = r < 0.88 ? 'DN' : r < 0.94 ? 'HX' : r < 0.97 ? 'NN' : 'TK';
    const name =
      cardGroup === 'HX' ? `Hợp tác xã ${sector} ${stem}`
      : cardGroup === 'NN' ? `Văn phòng đại diện Tổ chức ${stem} tại Việt Nam`
      : cardGroup === 'TK' ? `Hội ${sector} ${stem}`
      : `${prng.chance(0.6) ? 'Công ty TNHH' : 'Công ty Cổ phần'} ${sector} ${stem}`;
    out.push({ id: prng.uuid(), code, codeKind: 'enterprise', name, provinceCode: province.code, communeCode: commune, businessType, cardGroup });
  }
  return out;
}
