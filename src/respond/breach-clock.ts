/**
 * The 72-hour personal-data breach clock (PDPL, Law 91/2025/QH15 Art. 23.1: notify the specialised
 * personal-data-protection agency of the Ministry of Public Security within 72 hours of detection; late
 * notification is fined under Decree 330/2026 Art. 54). Pure functions over times; the sweep applies them.
 */

/** Hours from detection to the notification deadline. */
export const BREACH_DEADLINE_HOURS = 72;
/** Hours after detection at which an unsubmitted breach escalates; 72 marks the deadline passed. */
export const ESCALATION_HOURS: readonly number[] = [24, 48, 66, 72];
/** Years breach records are kept after remediation (Decree 356/2025 Art. 29). */
export const BREACH_RETENTION_YEARS = 5;

const HOUR = 3_600_000;

/** The state of a breach clock at a moment. */
export interface BreachClockState {
  readonly detectedAt: string;
  readonly deadlineAt: string;
  /** Whole milliseconds left (negative when overdue; frozen at submission). */
  readonly remainingMs: number;
  /** Hours and minutes left, for display, e.g. `23:59` or `-01:30`. */
  readonly remaining: string;
  readonly overdue: boolean;
  /** Whether the clock stopped (submission recorded). */
  readonly stopped: boolean;
  /** Escalation thresholds already passed (hours since detection). */
  readonly thresholdsPassed: number[];
  /** The next escalation threshold, if the clock runs. */
  readonly nextEscalationAt: string | null;
}

/**
 * The deadline for a detection time.
 *
 * @param detectedAt - detection time
 * @returns detection + 72 hours
 */
export function breachDeadline(detectedAt: Date): Date {
  return new Date(detectedAt.getTime() + BREACH_DEADLINE_HOURS * HOUR);
}

/**
 * Escalation thresholds due at `now` (hours since detection ≥ threshold), for a clock still running.
 *
 * @param detectedAt - detection time
 * @param now - current time
 * @returns thresholds in ascending order
 */
export function dueEscalations(detectedAt: Date, now: Date): number[] {
  const elapsed = now.getTime() - detectedAt.getTime();
  return ESCALATION_HOURS.filter((h) => elapsed >= h * HOUR);
}

function formatRemaining(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const totalMinutes = Math.floor(Math.abs(ms) / 60_000);
  const h = Math.floor(totalMinutes / 60);
  const m = totalMinutes % 60;
  return `${sign}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/**
 * The clock as shown on the case.
 *
 * @param detectedAt - detection time
 * @param now - current time
 * @param stoppedAt - submission time, if recorded (the clock then shows the time that was left)
 * @returns the state
 */
export function breachClockState(detectedAt: Date, now: Date, stoppedAt: Date | null): BreachClockState {
  const deadline = breachDeadline(detectedAt);
  const at = stoppedAt ?? now;
  const remainingMs = deadline.getTime() - at.getTime();
  const passed = dueEscalations(detectedAt, at);
  const next = stoppedAt ? undefined : ESCALATION_HOURS.find((h) => !passed.includes(h));
  return {
    detectedAt: detectedAt.toISOString(),
    deadlineAt: deadline.toISOString(),
    remainingMs,
    remaining: formatRemaining(remainingMs),
    overdue: remainingMs < 0,
    stopped: stoppedAt !== null,
    thresholdsPassed: passed,
    nextEscalationAt: next === undefined ? null : new Date(detectedAt.getTime() + next * HOUR).toISOString(),
  };
}

/**
 * The retention date of a breach record: five years after remediation (closure), or after detection while
 * the case is still open (extended again when it closes).
 *
 * @param detectedAt - detection time
 * @param closedAt - closure time, if closed
 * @returns the earliest deletion date
 */
export function breachRetainUntil(detectedAt: Date, closedAt: Date | null): Date {
  const base = closedAt ?? detectedAt;
  const d = new Date(base.getTime());
  d.setUTCFullYear(d.getUTCFullYear() + BREACH_RETENTION_YEARS);
  return d;
}
