/**
 * The working calendar: working days and hours in Vietnam time (UTC+7, no daylight saving) and the public
 * holidays (Labour Code 2019 Art. 112), with per-unit overrides. Shipped with 2026 and 2027
 * (`calendar/vn-2026-2027.json`); a deployment may load its own file with the same shape.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A span of working time in local `HH:MM`. */
export interface WorkSpan {
  readonly start: string;
  readonly end: string;
}

/** Per-unit differences from the default calendar. */
export interface UnitCalendar {
  readonly workingDays?: readonly number[];
  readonly workingHours?: readonly WorkSpan[];
  /** Saturday opening hours (local offices open on Saturday mornings for citizen service). */
  readonly saturdayHours?: readonly WorkSpan[];
}

/** Month-end overtime: the last working days of a month run later (collection and settlement deadlines). */
export interface MonthEndSpec {
  /** How many of the month's last working days (default 3). */
  readonly lastWorkingDays: number;
  /** Local time working may run until on those days (default `21:00`). */
  readonly until: string;
}

/** Month end when the calendar file says nothing: the last three working days, until 21:00. */
export const DEFAULT_MONTH_END: MonthEndSpec = { lastWorkingDays: 3, until: '21:00' };

/** The calendar file's shape. */
export interface CalendarSpec {
  readonly timeZone: string;
  /** Offset of local time from UTC in minutes (Vietnam: 420). */
  readonly utcOffsetMinutes: number;
  /** ISO weekday numbers (1 = Monday … 7 = Sunday). */
  readonly workingDays: readonly number[];
  readonly workingHours: readonly WorkSpan[];
  readonly holidays: ReadonlyArray<{ readonly date: string; readonly name: string; readonly provisional?: boolean }>;
  /** Weekend dates worked in exchange for a bridged day off (`YYYY-MM-DD`). */
  readonly workingWeekends: readonly string[];
  /** unitId → override (a unit inherits from its ancestors when the caller passes them). */
  readonly units: Readonly<Record<string, UnitCalendar>>;
  /** Month-end overtime (default {@link DEFAULT_MONTH_END}). */
  readonly monthEnd?: MonthEndSpec;
}

/** Why a moment is outside working time, or null when inside. */
export type OffHoursReason = 'holiday' | 'weekend' | 'outside_hours' | null;

/** A compiled calendar. */
export interface WorkCalendar {
  /**
   * Classifies a moment for a unit.
   *
   * @param t - ms since epoch
   * @param unitId - the unit, for overrides
   * @param graceMinutes - tolerance before the start and after the end of each span
   */
  classify(t: number, unitId: string | null, graceMinutes: number): OffHoursReason;
  /** Local date `YYYY-MM-DD` and hour (0–23) of a moment. */
  local(t: number): { date: string; hour: number; minute: number; weekday: number };
  /** Holiday name on a local date, if any. */
  holiday(date: string): string | null;
  /** Whether the moment's local day is one of the month's last working days (overtime runs later then). */
  isMonthEnd(t: number): boolean;
  /**
   * Minutes from the moment to the unit's working time that day (0 inside, with the grace; on a weekend or
   * holiday: the minutes to the usual span of a working day, so that 10:00 on a Sunday counts 0).
   */
  minutesOutside(t: number, unitId: string | null, graceMinutes: number): number;
}

const DEFAULT_FILE = fileURLToPath(new URL('./calendar/vn-2026-2027.json', import.meta.url));

/**
 * Reads a calendar file.
 *
 * @param file - path (defaults to the shipped 2026–2027 calendar)
 * @returns the spec
 */
export function readCalendarSpec(file: string = DEFAULT_FILE): CalendarSpec {
  return JSON.parse(readFileSync(file, 'utf8')) as CalendarSpec;
}

function toMinutes(hhmm: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!m) throw new Error(`bad time ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * Compiles a calendar.
 *
 * @param spec - the calendar (default: the shipped one)
 * @param unitAncestors - optional: unit → ancestors (nearest first), so a unit inherits its parent's override
 * @returns the calendar
 */
export function createWorkCalendar(
  spec: CalendarSpec = readCalendarSpec(),
  unitAncestors?: (unitId: string) => readonly string[],
): WorkCalendar {
  const offset = spec.utcOffsetMinutes * 60_000;
  const holidays = new Map(spec.holidays.map((h) => [h.date, h.name]));
  const DAY = 86_400_000;
  const dayNo = (date: string): number => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY);
  const holidayDays = new Set(spec.holidays.map((h) => dayNo(h.date)));
  const workingDays = new Set(spec.workingWeekends.map(dayNo));
  type Compiled = { days: ReadonlySet<number>; first: number; last: number; satFirst: number; satLast: number };
  const span = (hours: readonly WorkSpan[]): [number, number] => [Math.min(...hours.map((h) => toMinutes(h.start))), Math.max(...hours.map((h) => toMinutes(h.end)))];
  const compile = (days: readonly number[], hours: readonly WorkSpan[], saturday?: readonly WorkSpan[]): Compiled => {
    const [first, last] = span(hours);
    const [satFirst, satLast] = saturday && saturday.length ? span(saturday) : [first, last];
    return { days: new Set(saturday && saturday.length ? [...days, 6] : days), first, last, satFirst, satLast };
  };
  const base = compile(spec.workingDays, spec.workingHours);
  const units = new Map<string, Compiled>();
  for (const [id, u] of Object.entries(spec.units)) {
    units.set(id, compile(u.workingDays ?? spec.workingDays, u.workingHours ?? spec.workingHours, u.saturdayHours));
  }
  const monthEndSpec = spec.monthEnd ?? DEFAULT_MONTH_END;
  const monthEndUntil = toMinutes(monthEndSpec.until);
  const isWorkingDay = (day: number): boolean => !holidayDays.has(day) && (base.days.has(((day + 3) % 7) + 1) || workingDays.has(day));
  const monthEnds = new Map<number, boolean>();
  const monthEndDay = (day: number): boolean => {
    let hit = monthEnds.get(day);
    if (hit !== undefined) return hit;
    hit = false;
    if (isWorkingDay(day)) {
      const month = new Date(day * DAY).getUTCMonth();
      let later = 0;
      for (let k = day + 1; new Date(k * DAY).getUTCMonth() === month; k++) if (isWorkingDay(k)) later++;
      hit = later < monthEndSpec.lastWorkingDays;
    }
    if (monthEnds.size > 4096) monthEnds.clear();
    monthEnds.set(day, hit);
    return hit;
  };
  const resolved = new Map<string, Compiled>();
  const forUnit = (unitId: string | null): Compiled => {
    if (!unitId || units.size === 0) return base;
    const hit = resolved.get(unitId);
    if (hit) return hit;
    let out = base;
    for (const id of unitAncestors ? unitAncestors(unitId) : [unitId]) {
      const c = units.get(id);
      if (c) {
        out = c;
        break;
      }
    }
    resolved.set(unitId, out);
    return out;
  };
  const local = (t: number): { date: string; hour: number; minute: number; weekday: number } => {
    const d = new Date(t + offset);
    const wd = d.getUTCDay();
    return { date: d.toISOString().slice(0, 10), hour: d.getUTCHours(), minute: d.getUTCMinutes(), weekday: wd === 0 ? 7 : wd };
  };
  return {
    local,
    holiday: (date) => holidays.get(date) ?? null,
    classify(t, unitId, graceMinutes) {
      // Integer arithmetic only: this runs for every read (no Date objects on the hot path).
      const lt = t + offset;
      const day = Math.floor(lt / DAY);
      if (holidayDays.has(day)) return 'holiday';
      const cal = forUnit(unitId);
      const wd = ((day + 3) % 7) + 1; // 1970-01-01 was a Thursday (ISO 4)
      if (!cal.days.has(wd) && !workingDays.has(day)) return 'weekend';
      const m = Math.floor((lt - day * DAY) / 60_000);
      const saturday = wd === 6 && !workingDays.has(day);
      const first = saturday ? cal.satFirst : cal.first;
      const last = saturday ? cal.satLast : monthEndDay(day) ? Math.max(cal.last, monthEndUntil) : cal.last;
      // Grace applies to the day's first start and last end only: the lunch break is not off-hours.
      return m >= first - graceMinutes && m < last + graceMinutes ? null : 'outside_hours';
    },
    isMonthEnd: (t) => monthEndDay(Math.floor((t + offset) / DAY)),
    minutesOutside(t, unitId, graceMinutes) {
      const lt = t + offset;
      const day = Math.floor(lt / DAY);
      const cal = forUnit(unitId);
      const wd = ((day + 3) % 7) + 1;
      const m = Math.floor((lt - day * DAY) / 60_000);
      const saturday = wd === 6 && cal.days.has(6) && !holidayDays.has(day) && !workingDays.has(day);
      const first = (saturday ? cal.satFirst : cal.first) - graceMinutes;
      const last = (saturday ? cal.satLast : monthEndDay(day) ? Math.max(cal.last, monthEndUntil) : cal.last) + graceMinutes;
      return m < first ? first - m : m >= last ? m - last + 1 : 0;
    },
  };
}
