/**
 * Reading HR event files (CSV or XLSX) into raw rows. Columns, in English or Vietnamese without diacritics:
 * `staff_no`/`ma_can_bo`, `event`/`su_kien`, `effective_on`/`ngay_hieu_luc`, `new_unit_id`/`don_vi_moi`,
 * `reason`/`ly_do`; for new hires also `full_name`/`ho_ten`, `position`/`chuc_vu`, `unit_id`/`don_vi`, `role`/`vai_tro`. Dates as YYYY-MM-DD or DD/MM/YYYY; events in English or Vietnamese.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AuthErrors } from '../auth.errors.ts';
import { foldVietnamese } from '../passwords/vn-weak-passwords.ts';
import { HR_EVENT_KINDS, type HrEventKind } from '../../org/hr.schema.ts';

/** Largest file accepted, bytes. */
export const MAX_HR_FILE_BYTES = 10 * 1024 * 1024;
/** Most rows per file. */
export const MAX_HR_ROWS = 50_000;

/** One row as read, before validation (1-based data row numbers, header excluded). */
export interface RawHrRow {
  readonly row: number;
  readonly staffNo: string;
  readonly event: string;
  readonly effectiveOn: string;
  readonly newUnitId: string;
  readonly reason: string;
  /** New hires only: name, position, unit and first role (see `hr-hires.ts`). */
  readonly fullName: string;
  readonly position: string;
  readonly unitId: string;
  readonly role: string;
}

const COLUMNS: Record<string, keyof Omit<RawHrRow, 'row'>> = {
  staff_no: 'staffNo',
  ma_can_bo: 'staffNo',
  event: 'event',
  su_kien: 'event',
  effective_on: 'effectiveOn',
  ngay_hieu_luc: 'effectiveOn',
  new_unit_id: 'newUnitId',
  don_vi_moi: 'newUnitId',
  reason: 'reason',
  ly_do: 'reason',
  full_name: 'fullName',
  ho_ten: 'fullName',
  ho_va_ten: 'fullName',
  position: 'position',
  chuc_vu: 'position',
  unit_id: 'unitId',
  don_vi: 'unitId',
  ma_don_vi: 'unitId',
  role: 'role',
  vai_tro: 'role',
};

const KIND_ALIASES: Record<string, HrEventKind> = {
  dieu_chuyen: 'transfer',
  chuyen_cong_tac: 'transfer',
  nghi_huu: 'retirement',
  nghi_viec: 'resignation',
  thoi_viec: 'resignation',
  dinh_chi: 'suspension',
  tam_dinh_chi: 'suspension',
  tro_lai: 'return',
  tro_lai_cong_tac: 'return',
};

/**
 * Maps an event name (English or Vietnamese) to a kind.
 *
 * @param value - as written in the file
 * @returns the kind or null
 */
export function parseHrKind(value: string): HrEventKind | null {
  const v = foldVietnamese(value.trim()).replace(/[\s-]+/g, '_');
  if ((HR_EVENT_KINDS as readonly string[]).includes(v)) return v as HrEventKind;
  return KIND_ALIASES[v] ?? null;
}

/**
 * Normalises a date to YYYY-MM-DD (accepts DD/MM/YYYY).
 *
 * @param value - as written
 * @returns the ISO date, or the input unchanged when unrecognised (validation reports it)
 */
export function parseHrDate(value: string): string {
  const v = value.trim();
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  if (m) return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return v;
}

function headerKey(h: string): keyof Omit<RawHrRow, 'row'> | undefined {
  return COLUMNS[foldVietnamese(h.trim()).replace(/[\s-]+/g, '_')];
}

function toRows(header: readonly string[], records: ReadonlyArray<readonly string[]>): RawHrRow[] {
  const keys = header.map(headerKey);
  for (const needed of ['staffNo', 'event', 'effectiveOn'] as const) {
    if (!keys.includes(needed)) throw new AuthErrors.FILE_UNREADABLE(`missing column ${needed}`);
  }
  if (records.length > MAX_HR_ROWS) throw new AuthErrors.FILE_UNREADABLE(`more than ${MAX_HR_ROWS} rows`);
  const out: RawHrRow[] = [];
  records.forEach((rec, i) => {
    if (rec.every((c) => c.trim() === '')) return;
    const row: Record<string, string> = { staffNo: '', event: '', effectiveOn: '', newUnitId: '', reason: '', fullName: '', position: '', unitId: '', role: '' };
    keys.forEach((k, j) => {
      if (k) row[k] = (rec[j] ?? '').trim().slice(0, 500);
    });
    out.push({
      row: i + 1,
      staffNo: row.staffNo!,
      event: row.event!,
      effectiveOn: row.effectiveOn!,
      newUnitId: row.newUnitId!,
      reason: row.reason!,
      fullName: row.fullName!,
      position: row.position!,
      unitId: row.unitId!,
      role: row.role!,
    });
  });
  return out;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result);
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
    return '';
  }
  return String(value);
}

/**
 * Reads an HR file.
 *
 * @param data - file contents
 * @param format - `csv` or `xlsx`
 * @returns rows
 * @throws AuthErrors.FILE_UNREADABLE when the file cannot be parsed or lacks columns
 */
export async function readHrFile(data: Buffer, format: 'csv' | 'xlsx'): Promise<RawHrRow[]> {
  if (data.length > MAX_HR_FILE_BYTES) throw new AuthErrors.FILE_UNREADABLE('too large');
  if (format === 'csv') {
    let records: string[][];
    try {
      const text = data.toString('utf8').replace(/^\uFEFF/, '');
      records = parse(text, { relax_column_count: true, skip_empty_lines: true, delimiter: text.split('\n', 1)[0]!.includes(';') ? ';' : ',' });
    } catch {
      throw new AuthErrors.FILE_UNREADABLE('csv');
    }
    if (records.length === 0) throw new AuthErrors.FILE_UNREADABLE('empty');
    return toRows(records[0]!, records.slice(1));
  }
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch {
    throw new AuthErrors.FILE_UNREADABLE('xlsx');
  }
  const sheet = book.worksheets[0];
  if (!sheet || sheet.rowCount === 0) throw new AuthErrors.FILE_UNREADABLE('empty');
  const all: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (r) => {
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(sheet.columnCount, 1); c++) cells.push(cellText(r.getCell(c).value));
    all.push(cells);
  });
  return toRows(all[0] ?? [], all.slice(1));
}
