/**
 * Calendar days as Việt Nam counts them (Asia/Ho_Chi_Minh, UTC+7, no daylight saving), whatever zone the
 * browser is set to. The server decides "today" and day boundaries in Hà Nội time; a laptop left on another
 * zone would otherwise get another day between 00:00 and 07:00 (form defaults, "not in the future" limits,
 * the start and end of a validity period).
 *
 * Day.js values returned here are at local midnight of the Vietnamese calendar date, so that date pickers show
 * that date and `format('YYYY-MM-DD')` gives it; turn a picked day into an instant with {@link vnDayStart} or
 * {@link vnDayEnd}, never with `startOf('day')` (the browser's midnight).
 */
import dayjs, { type Dayjs } from 'dayjs';

const VN_OFFSET_MS = 7 * 3_600_000;
const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Today's date in Việt Nam as `yyyy-MM-dd`.
 *
 * @param now - the instant (default: now)
 * @returns the date
 */
export function vnTodayIso(now: Date = new Date()): string {
  return ymd.format(now);
}

/**
 * Today in Việt Nam, as a Day.js day (local midnight of that calendar date) for date pickers and comparisons.
 *
 * @param now - the instant (default: now)
 * @returns the day
 */
export function vnToday(now: Date = new Date()): Dayjs {
  return vnDayOf(now);
}

/**
 * The Vietnamese calendar day an instant falls on, as a Day.js day (for a date picker showing a stored instant,
 * e.g. the start of a validity period, which is 17:00 UTC of the day before).
 *
 * @param instant - an instant or ISO timestamp
 * @returns the day
 */
export function vnDayOf(instant: Date | string): Dayjs {
  return dayjs(vnTodayIso(typeof instant === 'string' ? new Date(instant) : instant)); // a plain date is read as local midnight
}

/**
 * The current year in Việt Nam.
 *
 * @param now - the instant (default: now)
 * @returns the year
 */
export function vnYear(now: Date = new Date()): number {
  return Number(vnTodayIso(now).slice(0, 4));
}

/**
 * The instant a calendar day begins in Việt Nam (00:00 in Hà Nội).
 *
 * @param day - the picked day (its calendar date is used, not its zone)
 * @returns the instant
 */
export function vnDayStart(day: Dayjs): Date {
  return new Date(Date.UTC(day.year(), day.month(), day.date()) - VN_OFFSET_MS);
}

/**
 * The last millisecond of a calendar day in Việt Nam (23:59:59.999 in Hà Nội).
 *
 * @param day - the picked day
 * @returns the instant
 */
export function vnDayEnd(day: Dayjs): Date {
  return new Date(Date.UTC(day.year(), day.month(), day.date() + 1) - VN_OFFSET_MS - 1);
}
