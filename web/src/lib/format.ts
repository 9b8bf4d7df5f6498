/**
 * Vietnamese formats whatever the language: dates dd/MM/yyyy, times in Asia/Ho_Chi_Minh, numbers and money
 * (VND) with Vietnamese grouping.
 */
const TZ = 'Asia/Ho_Chi_Minh';
const dateParts = new Intl.DateTimeFormat('en-GB', { timeZone: TZ, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const numberFmt = new Intl.NumberFormat('vi-VN');
const vndFmt = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });

function parts(value: string | Date): Record<string, string> | null {
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return null;
  return Object.fromEntries(dateParts.formatToParts(d).map((p) => [p.type, p.value]));
}

/**
 * A calendar date as dd/MM/yyyy. Plain dates (`yyyy-MM-dd`) are shown as they are, without a time zone shift.
 *
 * @param value - ISO date or timestamp
 * @returns the formatted date, or an empty string
 */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return `${d}/${m}/${y}`;
  }
  const p = parts(value);
  return p ? `${p.day}/${p.month}/${p.year}` : '';
}

/**
 * A moment as dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh.
 *
 * @param value - ISO timestamp
 * @returns the formatted time, or an empty string
 */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '';
  const p = parts(value);
  return p ? `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}` : '';
}

/**
 * A number with Vietnamese grouping (1.234.567).
 *
 * @param n - the number
 * @returns the text
 */
export function formatNumber(n: number): string {
  return numberFmt.format(n);
}

/**
 * An amount in đồng (1.234.567 ₫).
 *
 * @param n - the amount
 * @returns the text
 */
export function formatVnd(n: number): string {
  return vndFmt.format(n);
}
