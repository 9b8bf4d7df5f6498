/**
 * Building export files (CSV, XLSX) with a visible header naming the recipient and the request number, and an
 * invisible per-export canary: a few decoy rows derived from the export's secret canary code (HMAC), placed at
 * positions derived from it, plus the code in the workbook's hidden properties. A leaked copy, or any part of
 * it that keeps one decoy row, identifies the export (`identify-export.ts`).
 */
import crypto from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { DataCategory } from '../events/types.ts';

/** One exported record, already limited to the approved categories. */
export type ExportRow = Readonly<Record<string, string | number | null>>;

/** Columns per category, in file order, with bilingual headers. */
export const EXPORT_COLUMNS: ReadonlyArray<{ key: string; category: DataCategory; header: string }> = [
  { key: 'personalId', category: 'identity', header: 'Số định danh / Personal ID' },
  { key: 'socialInsuranceNo', category: 'identity', header: 'Mã số BHXH / SI number' },
  { key: 'fullName', category: 'identity', header: 'Họ tên / Full name' },
  { key: 'sex', category: 'identity', header: 'Giới tính / Sex' },
  { key: 'dateOfBirth', category: 'identity', header: 'Ngày sinh / Date of birth' },
  { key: 'phone', category: 'contact', header: 'Điện thoại / Phone' },
  { key: 'provinceCode', category: 'address', header: 'Tỉnh / Province' },
  { key: 'communeCode', category: 'address', header: 'Xã / Commune' },
  { key: 'street', category: 'address', header: 'Địa chỉ / Street' },
  { key: 'employerCode', category: 'employment', header: 'Mã đơn vị / Employer code' },
  { key: 'salaryBasis', category: 'employment', header: 'Mức lương đóng / Salary basis' },
  { key: 'cardCode', category: 'health_insurance', header: 'Mã thẻ BHYT / Card code' },
];

/** Number of decoy rows in every export. */
export const DECOY_ROWS = 3;

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Minh', 'Ngọc', 'Thanh', 'Đức', 'Quang', 'Thu', 'Hoài'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam', 'Phương', 'Quân', 'Trang', 'Tuấn', 'Yến'];

function digest(canary: string, label: string): Buffer {
  return crypto.createHmac('sha256', canary).update(label).digest();
}

function digitsFrom(buf: Buffer, n: number, offset = 0): string {
  let out = '';
  for (let i = 0; out.length < n; i++) out += String(buf[(offset + i) % buf.length]! % 10);
  return out;
}

/**
 * The decoy records of an export, deterministic from its canary code.
 *
 * @param canary - the export's secret canary code
 * @returns the decoy rows (all columns filled)
 */
export function decoyRows(canary: string): ExportRow[] {
  return Array.from({ length: DECOY_ROWS }, (_, i) => {
    const h = digest(canary, `decoy:${i}`);
    const year = 1960 + (h[0]! % 45);
    const month = 1 + (h[1]! % 12);
    const day = 1 + (h[2]! % 28);
    return {
      personalId: `0${digitsFrom(h, 2, 3)}${h[5]! % 2 ? 2 : 3}${String(year).slice(2)}${digitsFrom(h, 6, 7)}`,
      socialInsuranceNo: digitsFrom(h, 10, 13),
      fullName: `${SURNAMES[h[20]! % SURNAMES.length]} ${MIDDLE[h[21]! % MIDDLE.length]} ${GIVEN[h[22]! % GIVEN.length]}`,
      sex: h[5]! % 2 ? 'F' : 'M',
      dateOfBirth: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      phone: `09${digitsFrom(h, 8, 23)}`,
      provinceCode: null,
      communeCode: null,
      street: `${1 + (h[24]! % 300)} Đường số ${1 + (h[25]! % 40)}`,
      employerCode: digitsFrom(h, 10, 26),
      salaryBasis: 5_000_000 + (h.readUInt16BE(28) % 200) * 50_000,
      cardCode: `GD4${digitsFrom(h, 2, 30)}${digitsFrom(h, 10, 13)}`,
    };
  });
}

/**
 * Weaves the decoy rows into the real ones at canary-derived positions.
 *
 * @param rows - the real rows
 * @param canary - the canary code
 * @param provinceCode - province shown on decoys (that of the first real row), so they blend in
 * @returns all rows
 */
export function weaveDecoys(rows: readonly ExportRow[], canary: string, provinceCode: string | null): ExportRow[] {
  const out = [...rows];
  decoyRows(canary).forEach((d, i) => {
    const pos = digest(canary, `pos:${i}`).readUInt32BE(0) % (out.length + 1);
    out.splice(pos, 0, { ...d, provinceCode, communeCode: provinceCode ? `${provinceCode}0${String(10 + i)}` : null });
  });
  return out;
}

/** What the file header says. */
export interface ExportHeader {
  readonly requestNo: string;
  readonly recipientName: string;
  readonly purpose: string;
  readonly exportedAt: string;
}

function headerLines(h: ExportHeader): string[][] {
  return [
    ['MẬT - DỮ LIỆU CÁ NHÂN / CONFIDENTIAL - PERSONAL DATA'],
    [`Người nhận / Recipient: ${h.recipientName}`],
    [`Số yêu cầu / Request no.: ${h.requestNo}`],
    [`Mục đích / Purpose: ${h.purpose}`],
    [`Thời điểm xuất / Exported at: ${h.exportedAt}`],
    [],
  ];
}

/**
 * Builds the file.
 *
 * @param format - csv or xlsx
 * @param header - recipient, request number, purpose, time
 * @param categories - approved categories (select the columns)
 * @param rows - rows with decoys already woven in
 * @param canary - the canary code (hidden in XLSX properties)
 * @returns the file bytes
 */
export async function buildExportFile(
  format: 'csv' | 'xlsx',
  header: ExportHeader,
  categories: readonly DataCategory[],
  rows: readonly ExportRow[],
  canary: string,
): Promise<Buffer> {
  const cols = EXPORT_COLUMNS.filter((c) => categories.includes(c.category));
  const table = [cols.map((c) => c.header), ...rows.map((r) => cols.map((c) => r[c.key] ?? ''))];
  if (format === 'csv') {
    // A BOM so that spreadsheet programs read the Vietnamese text as UTF-8.
    return Buffer.from(`\ufeff${stringify([...headerLines(header), ...table])}`, 'utf8');
  }
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Khiên';
  wb.keywords = `khien-export:${canary}`;
  wb.subject = header.requestNo;
  const ws = wb.addWorksheet('Export');
  for (const line of headerLines(header)) ws.addRow(line);
  ws.getRow(1).font = { bold: true };
  for (const row of table) ws.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
