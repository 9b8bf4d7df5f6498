/**
 * Participation histories (quá trình tham gia) for synthetic persons: consecutive periods with employers,
 * mostly in the home province, salaries at or above the 2026 regional minimum wage of the employer's
 * region (Decree 293/2025/NĐ-CP) and at most 20 × the reference level, allowances, contract type and the
 * insurance types that contract carries (SI Law 2024; unemployment insurance only from 2009 and not for
 * civil servants or contracts under 3 months).
 */
import { INSURANCE_TYPES } from '../registry/registry.schema.ts';
import { BASE_SALARY, DEMO_PROVINCE_BY_CODE, MAX_SALARY_BASIS, MIN_WAGE_2026 } from './demo-geography.ts';
import type { Prng } from './prng.ts';
import type { EmployerRow, PeriodRow } from './demo-rows.ts';
import type { Sex } from './vn-names.ts';

/** Inputs of {@link generateHistory}. */
export interface HistoryInput {
  readonly prng: Prng;
  readonly personId: string;
  readonly sex: Sex;
  readonly dateOfBirth: string;
  readonly referenceDate: string;
  readonly home: string;
  readonly employersByProvince: ReadonlyMap<string, readonly EmployerRow[]>;
  readonly allEmployers: readonly EmployerRow[];
}

/** A generated history and what it means for the person's card. */
export interface HistoryOutcome {
  readonly periods: PeriodRow[];
  /** Employer of the open period, if any. */
  readonly currentEmployer: EmployerRow | null;
  /** Reached retirement age after working. */
  readonly retired: boolean;
  /** Last period ended within the past 6 months. */
  readonly recentlyUnemployed: boolean;
  /** `YYYY-MM` start of the open period, when it is 5 or more years old (for the 5-consecutive-years date). */
  readonly continuousSince: string | null;
}

const ALL_TYPES: readonly string[] = Object.freeze([...INSURANCE_TYPES]);
const WITHOUT_UNEMPLOYMENT: readonly string[] = Object.freeze(INSURANCE_TYPES.filter((t) => t !== 'unemployment'));

const NONE: HistoryOutcome = { periods: [], currentEmployer: null, retired: false, recentlyUnemployed: false, continuousSince: null };

const TITLES: Readonly<Record<string, readonly string[]>> = {
  O84: ['Chuyên viên', 'Công chức văn phòng - thống kê', 'Công chức tư pháp - hộ tịch', 'Công chức địa chính'],
  P85: ['Giáo viên', 'Giáo viên chủ nhiệm', 'Nhân viên thư viện', 'Kế toán'],
  Q86: ['Bác sĩ', 'Điều dưỡng', 'Dược sĩ', 'Kỹ thuật viên xét nghiệm'],
  default: ['Công nhân', 'Nhân viên kinh doanh', 'Kế toán viên', 'Kỹ sư', 'Nhân viên hành chính', 'Tổ trưởng sản xuất', 'Lái xe', 'Thủ kho', 'Trưởng phòng', 'Nhân viên kỹ thuật'],
};

const monthIndex = (iso: string): number => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
/** Unemployment insurance started on 1/1/2009. */
const UI_START = 2009 * 12;
const monthText = (idx: number): string => `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;

function salaryFor(prng: Prng, employer: EmployerRow, contract: PeriodRow['contractType'], skill: number, step: number): number {
  const min = MIN_WAGE_2026[DEMO_PROVINCE_BY_CODE.get(employer.provinceCode)?.region ?? 1];
  let salary: number;
  if (contract === 'civil_servant') {
    const coefficient = Math.min(8, 2.34 + 0.33 * step + (skill - 1) * 0.8);
    salary = Math.round(coefficient * BASE_SALARY);
  } else {
    salary = Math.round((min * skill * (1 + 0.07 * step) * (0.95 + prng.next() * 0.2)) / 1000) * 1000;
  }
  return Math.min(MAX_SALARY_BASIS, Math.max(salary, min + 1000));
}

/**
 * Generates a person's participation history.
 *
 * @param input - person, reference date, employers
 * @returns the periods and the person's situation at the reference date
 */
export function generateHistory(input: HistoryInput): HistoryOutcome {
  const { prng } = input;
  const birthIdx = monthIndex(input.dateOfBirth);
  const nowIdx = monthIndex(input.referenceDate);
  const age = Math.floor((nowIdx - birthIdx) / 12);
  const startAge = prng.int(18, 26);
  if (age < startAge + 1) return NONE;
  const retireAge = input.sex === 'M' ? 61 : 57;
  const works = age > retireAge ? prng.chance(0.6) : age <= 22 ? prng.chance(0.4) : prng.chance(0.8);
  if (!works) return NONE;
  const startIdx = Math.max(birthIdx + startAge * 12 + prng.int(0, 11), monthIndex('1995-01-01'));
  const retired = age > retireAge;
  const endIdx = retired ? Math.min(nowIdx, birthIdx + retireAge * 12) : nowIdx;
  if (endIdx - startIdx < 3) return NONE;
  const years = (endIdx - startIdx) / 12;
  const count = Math.max(1, Math.min(4, 1 + Math.floor(years / 6) - (prng.chance(0.4) ? 1 : 0)));
  const open = !retired && prng.chance(0.88);
  const skill = Math.min(9, Math.max(1.02, Math.exp(0.3 + 0.45 * gaussian(prng))));
  const local = input.employersByProvince.get(input.home) ?? input.allEmployers;
  const periods: PeriodRow[] = [];
  let from = startIdx;
  let employer: EmployerRow | null = null;
  for (let k = 0; k < count && from <= endIdx; k++) {
    const last = k === count - 1;
    const remaining = endIdx - from;
    const length = last ? remaining : Math.max(3, Math.floor((remaining / (count - k)) * (0.6 + prng.next() * 0.8)));
    const to = Math.min(endIdx, from + length);
    employer = prng.chance(0.8) ? prng.pick(local) : prng.pick(input.allEmployers);
    const contract: PeriodRow['contractType'] =
      employer.codeKind === 'budget' ? (prng.chance(0.8) ? 'civil_servant' : 'fixed_term')
      : prng.chance(0.5) ? 'indefinite' : prng.chance(0.85) ? 'fixed_term' : 'short_term';
    const salary = salaryFor(prng, employer, contract, skill, k + (to - startIdx) / 60);
    const allowances =
      contract === 'civil_servant' ? Math.round((salary * prng.int(0, 25)) / 100 / 1000) * 1000
      : prng.chance(0.4) ? prng.int(2, 20) * 100_000 : 0;
    const isOpen = last && open;
    const types =
      contract !== 'civil_servant' && contract !== 'short_term' && (isOpen || to >= UI_START) ? ALL_TYPES : WITHOUT_UNEMPLOYMENT;
    periods.push({
      id: prng.uuid(),
      personId: input.personId,
      employerId: employer.id,
      fromMonth: monthText(from),
      toMonth: isOpen ? null : monthText(to),
      jobTitle: prng.pick(TITLES[employer.businessType] ?? TITLES.default!),
      salaryBasis: salary,
      allowances,
      insuranceTypes: types,
      contractType: contract,
    });
    from = to + 1 + (prng.chance(0.5) ? prng.int(0, 3) : 0);
  }
  const lastPeriod = periods[periods.length - 1];
  const currentEmployer = lastPeriod && lastPeriod.toMonth === null ? employer : null;
  const since = lastPeriod && lastPeriod.toMonth === null && nowIdx - monthIndex(`${lastPeriod.fromMonth}-01`) >= 60 ? lastPeriod.fromMonth : null;
  return {
    periods,
    currentEmployer,
    retired,
    recentlyUnemployed: !retired && !currentEmployer && lastPeriod !== undefined && nowIdx - monthIndex(`${lastPeriod.toMonth}-01`) <= 6,
    continuousSince: since,
  };
}

/** A standard normal draw (Box-Muller). */
function gaussian(prng: Prng): number {
  const u = 1 - prng.next();
  const v = prng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
