/**
 * Synthetic staff across the unit tree: every provincial office gets a director and a security officer
 * first, the IT Centre a director and its security team, every local office a head, then the remaining
 * staff spread by province population. About 30% of staff are linked to their own registry record (same
 * name and date of birth), which the detectors use to spot staff reading their own or relatives' data.
 */
import type { staff as staffTable, units as unitsTable } from '../org/org.schema.ts';
import { buildReferenceUnits, IT_CENTRE_UNIT_ID } from './reference-data.ts';
import { DEMO_PROVINCE_BY_CODE } from './demo-geography.ts';
import { drawFamilyName, drawFullName, type Sex } from './vn-names.ts';
import { weighted, type Prng } from './prng.ts';
import type { LinkCandidate } from './generate-persons.ts';

/** A generated staff record, ready to insert. */
export type StaffRow = Omit<typeof staffTable.$inferInsert, 'createdAt' | 'updatedAt'> & {
  readonly id: string;
  readonly staffNo: string;
  readonly fullName: string;
  readonly unitId: string;
  readonly position: string;
  readonly startedOn: string;
};

type Unit = typeof unitsTable.$inferInsert;

/** Staff number of the n-th (1-based) generated staff member. */
export function demoStaffNo(n: number): string {
  return `CB${String(n).padStart(6, '0')}`;
}

/** Pattern of generated staff numbers (to clear them on reset). */
export const DEMO_STAFF_NO_PATTERN = '^CB[0-9]{6}$';

const POSITIONS_PROVINCE: readonly string[] = ['Chuyên viên', 'Phó Trưởng phòng', 'Trưởng phòng', 'Kế toán viên', 'Chuyên viên thu', 'Chuyên viên sổ thẻ', 'Chuyên viên chế độ BHXH', 'Giám định viên BHYT'];
const POSITIONS_LOCAL: readonly string[] = ['Chuyên viên', 'Cán bộ thu', 'Cán bộ sổ thẻ', 'Cán bộ một cửa', 'Kế toán viên', 'Phó Giám đốc'];
const POSITIONS_CENTRAL: readonly string[] = ['Chuyên viên', 'Chuyên viên chính', 'Phó Trưởng ban', 'Kỹ sư hệ thống', 'Chuyên viên ATTT'];

/**
 * Generates staff records.
 *
 * @param prng - random source
 * @param count - number of staff
 * @param candidates - registry persons by province that staff may be linked to (each used once)
 * @param referenceDate - the demo's "today"
 * @returns staff rows with unique staff numbers
 */
export function generateStaff(
  prng: Prng,
  count: number,
  candidates: ReadonlyMap<string, readonly LinkCandidate[]>,
  referenceDate: string,
): StaffRow[] {
  const units = buildReferenceUnits();
  const provinces = units.filter((u) => u.kind === 'province');
  const locals = units.filter((u) => u.kind === 'local');
  const centrals = units.filter((u) => u.kind === 'central');
  const plan: Array<{ unit: Unit; position: string }> = [];
  for (const u of provinces) plan.push({ unit: u, position: 'Giám đốc' }, { unit: u, position: 'Cán bộ chuyên trách ATTT' });
  const itCentre = centrals.find((u) => u.id === IT_CENTRE_UNIT_ID)!;
  plan.push({ unit: itCentre, position: 'Giám đốc Trung tâm' });
  for (let i = 0; i < 3; i++) plan.push({ unit: itCentre, position: 'Chuyên viên ATTT' });
  for (const u of centrals.filter((c) => c.id !== IT_CENTRE_UNIT_ID)) plan.push({ unit: u, position: 'Trưởng ban' });
  for (const u of locals) plan.push({ unit: u, position: 'Giám đốc' });
  const planned = plan.length;
  const byWeight = weighted(units.filter((u) => u.kind !== 'agency').map((u) => {
    const pop = DEMO_PROVINCE_BY_CODE.get(u.provinceCode ?? '')?.population ?? 4;
    return [u, u.kind === 'central' ? 6 : u.kind === 'province' ? pop * 1.2 : pop * 0.55] as const;
  }));
  while (plan.length < count) {
    const unit = byWeight.sample(prng);
    const list = unit.kind === 'central' ? POSITIONS_CENTRAL : unit.kind === 'province' ? POSITIONS_PROVINCE : POSITIONS_LOCAL;
    plan.push({ unit, position: prng.pick(list) });
  }
  const used = new Map<string, number>();
  const refYear = Number(referenceDate.slice(0, 4));
  return plan.slice(0, count).map(({ unit, position }, i): StaffRow => {
    const province = unit.provinceCode ?? '01';
    const pool = candidates.get(province) ?? [];
    const next = used.get(province) ?? 0;
    let fullName: string;
    let dateOfBirth: string;
    let personId: string | null = null;
    if (prng.chance(0.3) && next < pool.length) {
      const c = pool[next]!;
      used.set(province, next + 1);
      ({ fullName, dateOfBirth, personId } = c);
    } else {
      const sex: Sex = prng.chance(0.55) ? 'F' : 'M';
      const year = refYear - prng.int(24, 58);
      dateOfBirth = `${year}-${String(prng.int(1, 12)).padStart(2, '0')}-${String(prng.int(1, 28)).padStart(2, '0')}`;
      fullName = drawFullName(prng, drawFamilyName(prng, Number(province) >= 48), sex, year);
    }
    const birthYear = Number(dateOfBirth.slice(0, 4));
    const startYear = Math.min(refYear - 1, Math.max(birthYear + 22, refYear - prng.int(1, 30)));
    const r = prng.next();
    const status = i < planned || r < 0.92 ? 'active' : r < 0.95 ? 'transferred' : r < 0.97 ? 'retired' : r < 0.99 ? 'resigned' : 'suspended';
    const endedOn = status === 'active' || status === 'suspended' ? null : `${refYear}-${String(prng.int(1, Number(referenceDate.slice(5, 7)))).padStart(2, '0')}-01`;
    return {
      id: prng.uuid(),
      staffNo: demoStaffNo(i + 1),
      fullName,
      unitId: unit.id,
      position,
      status,
      dateOfBirth,
      personId,
      startedOn: `${startYear}-${String(prng.int(1, 12)).padStart(2, '0')}-01`,
      endedOn,
    };
  });
}
