/**
 * Reads an uploaded table (CSV through csv-parse, XLSX through exceljs) into rows keyed by lower-cased header,
 * every cell as trimmed NFC text. Row numbers are those a person sees in the file (header = row 1).
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** Formats of an imported table. */
export type TableFormat = 'csv' | 'xlsx';

/** One data row. */
export interface TableRow {
  /** Row number in the file (the header is row 1). */
  readonly row: number;
  readonly cells: Readonly<Record<string, string>>;
}

/** Most data rows one import takes. */
export const MAX_ROWS = 20_000;

const key = (h: string): string => h.normalize('NFC').trim().toLowerCase().replace(/\s+/g, '_');

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('result' in v) return v.result === undefined || v.result === null ? '' : String(v.result);
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    return '';
  }
  return String(v);
}

/**
 * Parses a table.
 *
 * @param format - `csv` or `xlsx`
 * @param data - the file bytes
 * @param unreadable - the caller's catalogued error for a file that cannot be parsed or is too long (given the reason)
 * @returns the rows (empty rows skipped)
 * @throws what `unreadable` returns
 */
export async function readTable(format: TableFormat, data: Buffer, unreadable: (reason: string) => Error): Promise<TableRow[]> {
  let matrix: string[][];
  try {
    if (format === 'csv') {
      matrix = parse(data.toString('utf8').replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true });
    } else {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(data as unknown as ArrayBuffer);
      const ws = wb.worksheets[0];
      matrix = [];
      ws?.eachRow({ includeEmpty: false }, (r) => {
        const values = r.values as ExcelJS.CellValue[];
        matrix.push(values.slice(1).map(cellText));
      });
    }
  } catch {
    throw unreadable(format.toUpperCase());
  }
  if (matrix.length === 0) return [];
  if (matrix.length - 1 > MAX_ROWS) throw unreadable(`> ${MAX_ROWS} rows`);
  const headers = matrix[0]!.map(key);
  const out: TableRow[] = [];
  for (let i = 1; i < matrix.length; i++) {
    const cells: Record<string, string> = {};
    let any = false;
    headers.forEach((h, j) => {
      const v = (matrix[i]![j] ?? '').normalize('NFC').trim();
      if (v) any = true;
      if (h) cells[h] = v;
    });
    if (any) out.push({ row: i + 1, cells });
  }
  return out;
}
