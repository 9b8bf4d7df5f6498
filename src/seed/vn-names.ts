/**
 * Plausible Vietnamese full names for synthetic persons and staff: family name, middle name(s) by sex,
 * given name. Family-name weights follow the commonly cited distribution (Nguyễn ~38%, Trần ~11%,
 * Lê ~9.5%, Phạm ~7%…); Hoàng/Huỳnh and Vũ/Võ are the northern/southern forms of the same names, so the
 * south-central and southern provinces get mostly Huỳnh and Võ. Older generations carry "Văn"/"Thị" more
 * often than those born after 2000. All synthetic.
 */
import { weighted, type Prng, type WeightedTable } from './prng.ts';

/** Sex as stored in the registry. */
export type Sex = 'M' | 'F';

const FAMILY: WeightedTable<string> = weighted([
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 6], ['Phan', 4.5], ['Vũ', 5],
  ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1], ['Lý', 0.5],
  ['Đinh', 0.7], ['Trương', 0.7], ['Lương', 0.4], ['Mai', 0.4], ['Lưu', 0.3], ['Tạ', 0.2], ['Cao', 0.4],
  ['Đoàn', 0.5], ['Trịnh', 0.5], ['Hà', 0.4], ['Tô', 0.2], ['Châu', 0.2], ['Lâm', 0.3], ['Thái', 0.2],
  ['Quách', 0.1], ['Kiều', 0.1], ['Đàm', 0.1], ['Lại', 0.1], ['Văn', 0.1],
]);

const MIDDLE_M_OLD: WeightedTable<string> = weighted([
  ['Văn', 45], ['Đức', 8], ['Minh', 7], ['Quốc', 5], ['Hữu', 6], ['Công', 5], ['Thanh', 5], ['Xuân', 3],
  ['Ngọc', 3], ['Đình', 5], ['Quang', 4], ['Trọng', 3], ['Tiến', 2],
]);
const MIDDLE_M_YOUNG: WeightedTable<string> = weighted([
  ['Văn', 10], ['Đức', 9], ['Minh', 14], ['Quốc', 7], ['Hữu', 4], ['Công', 4], ['Thanh', 5], ['Gia', 9],
  ['Hoàng', 7], ['Tuấn', 5], ['Anh', 5], ['Bảo', 6], ['Nhật', 5], ['Trung', 4],
]);
const MIDDLE_F_OLD: WeightedTable<string> = weighted([
  ['Thị', 60], ['Ngọc', 7], ['Thu', 6], ['Thanh', 6], ['Minh', 3], ['Hồng', 5], ['Kim', 5], ['Mai', 3],
  ['Bích', 3], ['Xuân', 2],
]);
const MIDDLE_F_YOUNG: WeightedTable<string> = weighted([
  ['Thị', 18], ['Ngọc', 12], ['Thu', 7], ['Thanh', 6], ['Minh', 7], ['Hồng', 4], ['Thùy', 7], ['Phương', 7],
  ['Khánh', 7], ['Bảo', 7], ['Diệu', 4], ['Mai', 5], ['Hà', 5], ['Gia', 4],
]);
const SECOND_MIDDLE: readonly string[] = ['Ngọc', 'Thanh', 'Minh', 'Bảo', 'Hoài', 'Phương', 'Khánh', 'Gia', 'Hồng', 'Thiên'];

const GIVEN_M: readonly string[] = [
  'An', 'Anh', 'Bảo', 'Bình', 'Cường', 'Dũng', 'Duy', 'Đạt', 'Đức', 'Hải', 'Hiếu', 'Hòa', 'Hoàng', 'Hùng',
  'Huy', 'Khang', 'Khoa', 'Khôi', 'Kiên', 'Lâm', 'Long', 'Lộc', 'Minh', 'Nam', 'Nghĩa', 'Nhân', 'Phong',
  'Phúc', 'Quân', 'Quang', 'Sơn', 'Tài', 'Tâm', 'Thắng', 'Thành', 'Thịnh', 'Toàn', 'Trí', 'Trung', 'Tuấn',
  'Tùng', 'Việt', 'Vinh', 'Vũ', 'Hưng', 'Khải', 'Lực', 'Mạnh', 'Nguyên', 'Phát', 'Quý', 'Thiện', 'Tú', 'Ước',
];
const GIVEN_F: readonly string[] = [
  'An', 'Anh', 'Bích', 'Châu', 'Chi', 'Dung', 'Duyên', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hồng',
  'Huyền', 'Hương', 'Lan', 'Liên', 'Linh', 'Loan', 'Ly', 'Mai', 'My', 'Nga', 'Ngân', 'Ngọc', 'Nhung', 'Oanh',
  'Phương', 'Quyên', 'Quỳnh', 'Tâm', 'Thảo', 'Thơ', 'Thu', 'Thủy', 'Trang', 'Trâm', 'Tuyết', 'Uyên', 'Vân',
  'Vy', 'Yến', 'Ánh', 'Diệp', 'Hậu', 'Khuê', 'Nhi', 'Thư', 'Xuân',
];

/**
 * Draws a family name, with the regional form of Hoàng/Huỳnh and Vũ/Võ.
 *
 * @param prng - random source
 * @param southern - whether the family comes from a south-central or southern province
 * @returns the family name
 */
export function drawFamilyName(prng: Prng, southern: boolean): string {
  const f = FAMILY.sample(prng);
  if (southern && f === 'Hoàng' && prng.chance(0.75)) return 'Huỳnh';
  if (southern && f === 'Vũ' && prng.chance(0.75)) return 'Võ';
  return f;
}

/**
 * Draws middle and given names for a person with a known family name.
 *
 * @param prng - random source
 * @param familyName - the family name (a child's is the father's)
 * @param sex - M or F
 * @param birthYear - shapes the middle-name fashion
 * @returns the full name, NFC
 */
export function drawFullName(prng: Prng, familyName: string, sex: Sex, birthYear: number): string {
  const young = birthYear >= 1995;
  const middleTable = sex === 'M' ? (young ? MIDDLE_M_YOUNG : MIDDLE_M_OLD) : young ? MIDDLE_F_YOUNG : MIDDLE_F_OLD;
  let middle = middleTable.sample(prng);
  if (prng.chance(young ? 0.22 : 0.08)) {
    const second = prng.pick(SECOND_MIDDLE);
    if (second !== middle) middle = `${middle} ${second}`;
  }
  let given = prng.pick(sex === 'M' ? GIVEN_M : GIVEN_F);
  if (middle.endsWith(given)) given = prng.pick(sex === 'M' ? GIVEN_M : GIVEN_F);
  return `${familyName} ${middle} ${given}`.normalize('NFC');
}
