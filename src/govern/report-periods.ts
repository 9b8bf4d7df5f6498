/**
 * Periods and due dates of the programme's reports: units report to the IT Centre every six months (before
 * 1 June and before 15 November, directive 000 §IV) and yearly (data period 15/12–14/12, units to the system
 * owner before 20/12: Decree 331/2026, Form 08).
 */
import type { REPORT_KINDS } from './govern.schema.ts';

/** A report kind. */
export type ReportKind = (typeof REPORT_KINDS)[number];

/**
 * The period and due date of a report.
 *
 * @param kind - six-monthly (first, second) or yearly
 * @param year - the year
 * @returns period (inclusive dates) and the last day it may be sent
 */
export function reportPeriod(kind: ReportKind, year: number): { from: string; to: string; dueOn: string } {
  switch (kind) {
    case 'six_monthly_h1':
      return { from: `${year - 1}-11-15`, to: `${year}-05-31`, dueOn: `${year}-05-31` };
    case 'six_monthly_h2':
      return { from: `${year}-06-01`, to: `${year}-11-14`, dueOn: `${year}-11-14` };
    case 'yearly':
      return { from: `${year - 1}-12-15`, to: `${year}-12-14`, dueOn: `${year}-12-19` };
    default: {
      const never: never = kind;
      throw new Error(`unknown report kind ${String(never)}`);
    }
  }
}

/** Vietnamese title of a report kind. */
export const REPORT_TITLES: Readonly<Record<ReportKind, { vi: string; en: string }>> = {
  six_monthly_h1: { vi: 'Báo cáo 6 tháng đầu năm về công tác bảo đảm an toàn thông tin', en: 'First six-monthly security report' },
  six_monthly_h2: { vi: 'Báo cáo 6 tháng cuối năm về công tác bảo đảm an toàn thông tin', en: 'Second six-monthly security report' },
  yearly: { vi: 'Báo cáo năm về công tác bảo đảm an toàn thông tin', en: 'Yearly security report' },
};
