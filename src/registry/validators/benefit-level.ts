/**
 * Benefit level (mức hưởng, 1-5) of a beneficiary group over time (domain-vn.md §2.3).
 *
 * Levels until 31/12/2025 come from `BHYT.benefitLevelsUntil2025`; dated changes from
 * `BHYT.benefitLevelChanges` (NQ 261/2025/QH15: CN 3→2 and LH 4→2 from 1/1/2026). The registry keeps the
 * level as a dated attribute (`registry_card_benefit_levels`); this module says what the law gives a group
 * on a day, for validation and for generating those rows.
 */
import { BHYT } from '../reference.ts';

/** A benefit level. */
export type BenefitLevel = 1 | 2 | 3 | 4 | 5;

/** One period of a group's level: from `effectiveFrom` (inclusive) to `effectiveTo` (inclusive, or open). */
export interface LevelPeriod {
  readonly level: BenefitLevel;
  readonly effectiveFrom: string | null;
  readonly effectiveTo: string | null;
}

const BASE_LEVEL = new Map<string, BenefitLevel>();
for (const [digit, codes] of Object.entries(BHYT.benefitLevelsUntil2025)) {
  for (const code of codes) BASE_LEVEL.set(code, Number(digit) as BenefitLevel);
}

/** Every group code known to the catalogue (all sections of `BHYT.groups`). */
export const GROUP_CODES: ReadonlySet<string> = new Set(
  Object.values(BHYT.groups).flatMap((section) => Object.keys(section)),
);

/** The day before an ISO date. */
function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The level history of a group, oldest first.
 *
 * @param groupCode - two-letter group code
 * @returns the periods, or an empty list for an unknown group
 */
export function levelHistory(groupCode: string): readonly LevelPeriod[] {
  const cached = HISTORY.get(groupCode);
  if (cached) return cached;
  const built = buildHistory(groupCode);
  if (built.length > 0) HISTORY.set(groupCode, built);
  return built;
}

const HISTORY = new Map<string, readonly LevelPeriod[]>();

function buildHistory(groupCode: string): readonly LevelPeriod[] {
  const base = BASE_LEVEL.get(groupCode);
  if (base === undefined || !GROUP_CODES.has(groupCode)) return [];
  const changes = BHYT.benefitLevelChanges
    .filter((c) => c.code === groupCode)
    .sort((a, b) => a.effective.localeCompare(b.effective));
  const out: LevelPeriod[] = [];
  let level = base;
  let from: string | null = null;
  for (const c of changes) {
    out.push({ level, effectiveFrom: from, effectiveTo: dayBefore(c.effective) });
    level = Number(c.to) as BenefitLevel;
    from = c.effective;
  }
  out.push({ level, effectiveFrom: from, effectiveTo: null });
  return Object.freeze(out.map((p) => Object.freeze(p)));
}

/**
 * The benefit level the law gives a group on a day.
 *
 * @param groupCode - two-letter group code
 * @param date - `YYYY-MM-DD`
 * @returns the level, or `undefined` for an unknown group
 */
export function benefitLevelAt(groupCode: string, date: string): BenefitLevel | undefined {
  for (const p of levelHistory(groupCode)) {
    if ((p.effectiveFrom === null || p.effectiveFrom <= date) && (p.effectiveTo === null || date <= p.effectiveTo)) {
      return p.level;
    }
  }
  return undefined;
}

/**
 * The dated benefit-level rows of a card valid from `validFrom`: the level in force that day, then one row
 * per later change (what `registry_card_benefit_levels` stores).
 *
 * @param groupCode - two-letter group code
 * @param validFrom - the card's first day of validity
 * @returns rows with inclusive `effectiveTo` (null = open)
 */
export function cardLevelRows(groupCode: string, validFrom: string): LevelPeriod[] {
  return levelHistory(groupCode)
    .filter((p) => p.effectiveTo === null || p.effectiveTo >= validFrom)
    .map((p) => ({
      level: p.level,
      effectiveFrom: p.effectiveFrom === null || p.effectiveFrom < validFrom ? validFrom : p.effectiveFrom,
      effectiveTo: p.effectiveTo,
    }));
}
