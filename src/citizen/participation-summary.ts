/**
 * What the insured person's participation history adds up to: months contributed per insurance type and the
 * gaps between periods. Pure functions over `YYYY-MM` months; an open period (no end month) runs to the
 * current month. Overlapping periods (two employers at once) count each month once per type.
 */

/** The part of a participation period the summary needs. */
export interface PeriodMonths {
  readonly fromMonth: string;
  readonly toMonth: string | null;
  readonly insuranceTypes: readonly string[];
}

/** Months contributed to one insurance type. */
export interface TypeTotal {
  readonly type: string;
  readonly months: number;
}

/** Consecutive months covered by no period, between the first and the last covered month. */
export interface Gap {
  readonly fromMonth: string;
  readonly toMonth: string;
  readonly months: number;
}

/** Totals and gaps of a history. */
export interface ParticipationSummary {
  /** The month open periods run to. */
  readonly asOfMonth: string;
  readonly totals: TypeTotal[];
  readonly gaps: Gap[];
  /** Months covered by at least one period. */
  readonly monthsCovered: number;
}

/** Order in which insurance types are listed (registry INSURANCE_TYPES). */
const TYPE_ORDER = ['retirement_survivorship', 'sickness_maternity', 'occupational_accident', 'unemployment', 'health'];

/**
 * Months since year 0 of a `YYYY-MM` month.
 *
 * @param month - the month
 * @returns its index
 */
export function monthIndex(month: string): number {
  const [y, m] = month.split('-').map(Number);
  return y! * 12 + (m! - 1);
}

/**
 * The `YYYY-MM` month of an index.
 *
 * @param index - months since year 0
 * @returns the month
 */
export function monthOf(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Number of months of a period, both ends included; an open period runs to `asOfMonth`.
 *
 * @param p - the period
 * @param asOfMonth - the current month
 * @returns months (0 when it starts after `asOfMonth`)
 */
export function periodMonths(p: Pick<PeriodMonths, 'fromMonth' | 'toMonth'>, asOfMonth: string): number {
  const end = monthIndex(p.toMonth ?? asOfMonth);
  return Math.max(0, end - monthIndex(p.fromMonth) + 1);
}

/**
 * Sums a history.
 *
 * @param periods - participation periods, any order
 * @param asOfMonth - the current month (`YYYY-MM`, Vietnam time)
 * @returns totals per type (types with months only, in the registry's order) and gaps (oldest first)
 */
export function summariseParticipation(periods: readonly PeriodMonths[], asOfMonth: string): ParticipationSummary {
  const byType = new Map<string, Set<number>>();
  const covered = new Set<number>();
  for (const p of periods) {
    const start = monthIndex(p.fromMonth);
    const end = monthIndex(p.toMonth ?? asOfMonth);
    for (let i = start; i <= end; i++) {
      covered.add(i);
      for (const t of p.insuranceTypes) {
        let set = byType.get(t);
        if (!set) byType.set(t, (set = new Set()));
        set.add(i);
      }
    }
  }
  const rank = (t: string): number => (TYPE_ORDER.includes(t) ? TYPE_ORDER.indexOf(t) : TYPE_ORDER.length);
  const totals = [...byType.entries()]
    .map(([type, months]) => ({ type, months: months.size }))
    .sort((a, b) => rank(a.type) - rank(b.type) || a.type.localeCompare(b.type));
  const gaps: Gap[] = [];
  if (covered.size > 0) {
    const sorted = [...covered].sort((a, b) => a - b);
    for (let k = 1; k < sorted.length; k++) {
      const prev = sorted[k - 1]!;
      const cur = sorted[k]!;
      if (cur - prev > 1) gaps.push({ fromMonth: monthOf(prev + 1), toMonth: monthOf(cur - 1), months: cur - prev - 1 });
    }
  }
  return { asOfMonth, totals, gaps, monthsCovered: covered.size };
}

/**
 * The current month in Vietnam (UTC+7).
 *
 * @param now - the time
 * @returns `YYYY-MM`
 */
export function vietnamMonth(now: Date): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 7);
}
