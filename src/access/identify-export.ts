/**
 * Identifies a leaked export: reads a CSV or XLSX file (or a fragment of one) and finds the export whose
 * canary it carries, either the code in the workbook's hidden properties or any of its decoy rows.
 */
import ExcelJS from 'exceljs';
import type { Database } from '../db/client.ts';
import { listExportCanaries } from './access.repo.ts';
import { decoyRows } from './export-file.ts';

/** An export identified from a file. */
export interface IdentifiedExport {
  readonly id: string;
  readonly requestNo: string;
  readonly recipientName: string;
  readonly requesterAccountId: string;
  readonly createdAt: string;
  /** How it was recognised. */
  readonly evidence: 'workbook_property' | 'decoy_row';
}

/**
 * Extracts the text and hidden canary property of a file.
 *
 * @param data - file bytes
 * @returns the text of every cell/line and the canary property if any
 */
export async function readExportText(data: Buffer): Promise<{ text: string; property: string | null }> {
  if (data.subarray(0, 2).toString('latin1') === 'PK') {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as unknown as ArrayBuffer);
    const parts: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => parts.push(String(cell.value ?? '')))));
    const m = /khien-export:([0-9a-f]{32})/.exec(wb.keywords ?? '');
    return { text: parts.join('\n'), property: m?.[1] ?? null };
  }
  return { text: data.toString('utf8'), property: null };
}

/**
 * Finds the exports a file comes from.
 *
 * @param db - database
 * @param data - file bytes
 * @returns matching exports (usually one)
 */
export async function identifyExport(db: Database, data: Buffer): Promise<IdentifiedExport[]> {
  const { text, property } = await readExportText(data);
  const numbers = new Set(text.match(/\d{12}/g) ?? []);
  const out: IdentifiedExport[] = [];
  for (const e of await listExportCanaries(db)) {
    let evidence: IdentifiedExport['evidence'] | null = null;
    if (property === e.canary) evidence = 'workbook_property';
    else if (decoyRows(e.canary).some((d) => numbers.has(String(d.personalId)))) evidence = 'decoy_row';
    if (evidence) out.push({ id: e.id, requestNo: e.requestNo, recipientName: e.recipientName, requesterAccountId: e.requesterAccountId, createdAt: e.createdAt.toISOString(), evidence });
  }
  return out;
}
