/**
 * Coverage against the programme's 100 % targets, as pure functions over rows (tested against hand counts):
 * systems with an approved security-level dossier, and staff current on every mandatory course.
 */

/** Coverage of one unit. */
export interface UnitCoverage {
  unitId: string;
  /** How many are counted (systems, or staff). */
  total: number;
  /** How many meet the target. */
  covered: number;
  /** covered / total in per cent, one decimal (100 when total is 0). */
  percent: number;
}

/**
 * Rounds a share to a percentage with one decimal.
 *
 * @param covered - numerator
 * @param total - denominator
 * @returns per cent (100 for an empty denominator: nothing is missing)
 */
export function percentOf(covered: number, total: number): number {
  if (total === 0) return 100;
  return Math.round((covered / total) * 1000) / 10;
}

/**
 * Dossier coverage per owner unit: a system counts when its current dossier is approved and its yearly
 * re-assessment is not overdue.
 *
 * @param systems - systems with owner unit
 * @param dossiers - current dossiers (status, re-assessment due date)
 * @param today - `YYYY-MM-DD`
 * @returns per unit (sorted by unit id) and the total
 */
export function dossierCoverage(
  systems: ReadonlyArray<{ id: string; ownerUnitId: string }>,
  dossiers: ReadonlyArray<{ systemId: string; status: string; reassessDue: string | null }>,
  today: string,
): { units: Array<UnitCoverage & { overdueReassessment: number; missing: number }>; total: UnitCoverage } {
  const bySystem = new Map(dossiers.map((d) => [d.systemId, d]));
  const per = new Map<string, UnitCoverage & { overdueReassessment: number; missing: number }>();
  for (const s of systems) {
    const u = per.get(s.ownerUnitId) ?? { unitId: s.ownerUnitId, total: 0, covered: 0, percent: 0, overdueReassessment: 0, missing: 0 };
    u.total++;
    const d = bySystem.get(s.id);
    if (d?.status === 'approved') {
      if (d.reassessDue !== null && d.reassessDue < today) u.overdueReassessment++;
      else u.covered++;
    } else u.missing++;
    per.set(s.ownerUnitId, u);
  }
  const units = [...per.values()].sort((a, b) => a.unitId.localeCompare(b.unitId));
  for (const u of units) u.percent = percentOf(u.covered, u.total);
  const total = units.reduce((acc, u) => ({ ...acc, total: acc.total + u.total, covered: acc.covered + u.covered }), { unitId: '*', total: 0, covered: 0, percent: 0 });
  total.percent = percentOf(total.covered, total.total);
  return { units, total };
}

/**
 * Training coverage per unit: a staff member counts when every course mandatory for one of their roles (or
 * for everyone, `*`) has an attendance still current on `today`.
 *
 * @param staff - active staff with unit and roles
 * @param courses - courses with the roles they are mandatory for and validity in months
 * @param attendance - attendances (course, staff, date)
 * @param today - `YYYY-MM-DD`
 * @returns per unit, the total, and who is overdue on what
 */
export function trainingCoverage(
  staff: ReadonlyArray<{ id: string; unitId: string; roles: readonly string[] }>,
  courses: ReadonlyArray<{ id: string; code: string; mandatoryFor: readonly string[]; validityMonths: number }>,
  attendance: ReadonlyArray<{ courseId: string; staffId: string; attendedOn: string }>,
  today: string,
): { units: UnitCoverage[]; total: UnitCoverage; overdue: Array<{ staffId: string; unitId: string; courses: string[] }> } {
  const latest = new Map<string, string>();
  for (const a of attendance) {
    const k = `${a.courseId}|${a.staffId}`;
    const prev = latest.get(k);
    if (!prev || prev < a.attendedOn) latest.set(k, a.attendedOn);
  }
  const current = (c: { id: string; validityMonths: number }, staffId: string): boolean => {
    const on = latest.get(`${c.id}|${staffId}`);
    if (!on || on > today) return on !== undefined && on <= today;
    const until = new Date(`${on}T00:00:00Z`);
    until.setUTCMonth(until.getUTCMonth() + c.validityMonths);
    return until.toISOString().slice(0, 10) > today;
  };
  const per = new Map<string, UnitCoverage>();
  const overdue: Array<{ staffId: string; unitId: string; courses: string[] }> = [];
  for (const s of staff) {
    const need = courses.filter((c) => c.mandatoryFor.includes('*') || c.mandatoryFor.some((r) => s.roles.includes(r)));
    const lacking = need.filter((c) => !current(c, s.id)).map((c) => c.code);
    const u = per.get(s.unitId) ?? { unitId: s.unitId, total: 0, covered: 0, percent: 0 };
    u.total++;
    if (lacking.length === 0) u.covered++;
    else overdue.push({ staffId: s.id, unitId: s.unitId, courses: lacking });
    per.set(s.unitId, u);
  }
  const units = [...per.values()].sort((a, b) => a.unitId.localeCompare(b.unitId));
  for (const u of units) u.percent = percentOf(u.covered, u.total);
  const total = { unitId: '*', total: 0, covered: 0, percent: 0 };
  for (const u of units) {
    total.total += u.total;
    total.covered += u.covered;
  }
  total.percent = percentOf(total.covered, total.total);
  return { units, total, overdue };
}
