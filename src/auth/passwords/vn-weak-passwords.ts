/**
 * The Vietnamese weak-password list shipped with Khiên: passwords and stems that Vietnamese users pick and
 * that English-language lists miss ("matkhau…", "123456a@", "anhyeuem", office and agency words), and the
 * commonest family and given names (name + birth year is the classic pattern). Compared after
 * {@link foldVietnamese}: lower case, without diacritics, đ → d.
 */

/**
 * Folds Vietnamese text for comparison: NFD, drop combining marks, đ → d, lower case.
 *
 * @param text - any text
 * @returns the folded text
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** Whole passwords (folded) refused outright. */
export const VN_WEAK_PASSWORDS: ReadonlySet<string> = new Set([
  '123456a@', '123456aa@', '123456a@a', '12345678a@', '123456789a@', '1234567890a@', '123456@a', 'a123456@',
  '123456aa', '12345678a', '123456789a', '1234567890a', 'a123456789', 'a1234567890', '123@123a', '123123123a',
  'abc@123', 'abc@12345', 'abc@123456', 'abc123456789', 'abcd@1234', 'abcd1234@', 'admin@123', 'admin@123456',
  'admin123456', 'qwerty@123', 'qwerty123456', 'password@123', 'p@ssw0rd123', 'p@ssword123', 'pass@123456',
  '1234567890', '0123456789', '01234567890', '11111111111', '123456789123', '987654321', '147258369', '159753',
  'motdenmuoi', 'mothaibabon', 'motmotmot', 'khongbiet', 'khongcomatkhau', 'quenmatkhau',
  'anhyeuem', 'emyeuanh', 'yeuem', 'yeuanh', 'anhyeuemnhieu', 'emyeuanhnhieu', 'yeuemmaimai', 'yeuanhmaimai',
  'anhnhoem', 'emnhoanh', 'tinhyeu', 'tinhyeucuatoi', 'traitim', 'thienthan', 'conmeo', 'concho', 'conheo',
  'vietnamvodich', 'vietnamoi', 'toiyeuvietnam', 'hanoi123456', 'saigon123456', 'vietnam123456',
  'baohiemxahoi', 'baohiemyte', 'bhxhvietnam', 'bhxhvn123456', 'bhxh@123456', 'bhxh@2024', 'bhxh@2025', 'bhxh@2026',
  'chucmungnammoi', 'hoilamgi', 'dangnhap', 'dangnhap123', 'taikhoan', 'taikhoan123', 'nguoidung',
]);

/**
 * Stems (folded) that make a password weak when everything else in it is digits or symbols
 * ("Matkhau@2026", "bhxh#123456", "Vietnam!1990").
 */
export const VN_WEAK_STEMS: readonly string[] = [
  'matkhau', 'matkhaumoi', 'matkhaucuatoi', 'mk', 'pass', 'password', 'passwd', 'admin', 'administrator', 'quantri',
  'abc', 'abcd', 'abcde', 'abcdef', 'qwerty', 'qwe', 'asd', 'zxc', 'aaa', 'a', 'aa',
  'anhyeuem', 'emyeuanh', 'yeuem', 'yeuanh', 'iloveyou', 'tinhyeu', 'hanhphuc', 'giadinh', 'muaxuan',
  'vietnam', 'hanoi', 'saigon', 'hochiminh', 'haiphong', 'danang', 'cantho', 'hue',
  'baohiem', 'baohiemxahoi', 'baohiemyte', 'bhxh', 'bhyt', 'vss', 'khien', 'cntt', 'ketoan', 'thuchi', 'vanthu',
  'welcome', 'xinchao', 'chaoban', 'user', 'test', 'demo', 'guest', 'congty', 'coquan', 'donvi',
];

/** Commonest Vietnamese family and middle names (folded). */
export const VN_FAMILY_NAMES: readonly string[] = [
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo', 'duong',
  'ly', 'dinh', 'trinh', 'truong', 'lam', 'mai', 'cao', 'ta', 'luong', 'doan', 'van', 'thi', 'huu', 'duc', 'cong',
];

/** Commonest Vietnamese given names (folded). */
export const VN_GIVEN_NAMES: readonly string[] = [
  'anh', 'minh', 'hung', 'dung', 'linh', 'huong', 'trang', 'lan', 'mai', 'hoa', 'tuan', 'nam', 'long', 'hai', 'thu',
  'ha', 'thanh', 'huy', 'duc', 'quang', 'son', 'phuong', 'ngoc', 'hang', 'thao', 'hanh', 'nhung', 'yen', 'tam',
  'khanh', 'trung', 'hieu', 'dat', 'thang', 'cuong', 'vinh', 'thuy', 'hoai', 'quynh', 'nga', 'loan', 'van', 'tu',
  'binh', 'an', 'phuc', 'tai', 'loc', 'bao', 'khoa', 'kien', 'viet', 'hoang', 'tien', 'toan', 'nhan', 'tri',
  'giang', 'chi', 'my', 'vy', 'nhi', 'tien', 'uyen', 'diep', 'oanh', 'hien', 'tuyet', 'xuan', 'thuong', 'dieu',
];
