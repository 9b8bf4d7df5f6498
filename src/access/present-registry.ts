/**
 * Presenters of registry data (STYLE.md rule 25): each takes a record and the decision's mask and returns
 * only the fields the response schema allows, masked. Nothing reaches a client without passing here.
 */
import type { FieldMask } from './decision-types.ts';
import { maskPerson, maskSalary, maskTail, type MaskedPerson, type PersonRecord } from './mask-fields.ts';
import type { CardWithLevel, HouseholdRecord, ParticipationEntry } from '../registry/registry.repo.ts';

/** One row of a search result (summary only). */
export interface SearchRow {
  id: string;
  fullName: string;
  dateOfBirth: string | null;
  personalId: string | null;
  provinceCode: string;
  communeCode: string | null;
}

/** Field names of a search row (for the access event). */
export const SEARCH_ROW_FIELDS: readonly string[] = ['id', 'fullName', 'dateOfBirth', 'personalId', 'provinceCode', 'communeCode'];

/** Presents a search row. */
export function presentSearchRow(p: PersonRecord, mask: FieldMask): SearchRow {
  const m = maskPerson(p, mask);
  return { id: m.id, fullName: m.fullName, dateOfBirth: m.dateOfBirth, personalId: m.personalId, provinceCode: m.provinceCode, communeCode: m.communeCode };
}

/** Field names of a person view. */
export const PERSON_FIELDS: readonly string[] = [
  'id', 'personalId', 'socialInsuranceNo', 'fullName', 'sex', 'dateOfBirth', 'provinceCode', 'communeCode', 'street', 'phone', 'status',
];

/** Presents a person. */
export function presentPerson(p: PersonRecord, mask: FieldMask): MaskedPerson {
  return maskPerson(p, mask);
}

/** A presented participation period. */
export interface PresentedPeriod {
  employerCode: string;
  employerName: string;
  fromMonth: string;
  toMonth: string | null;
  jobTitle: string | null;
  salaryBasis: number | null;
  allowances: number | null;
  insuranceTypes: string[];
  contractType: string;
}

/** Field names of participation periods. */
export const PARTICIPATION_FIELDS: readonly string[] = [
  'employerCode', 'employerName', 'fromMonth', 'toMonth', 'jobTitle', 'salaryBasis', 'allowances', 'insuranceTypes', 'contractType',
];

/** Presents participation periods. */
export function presentParticipation(rows: readonly ParticipationEntry[], mask: FieldMask): PresentedPeriod[] {
  return rows.map((r) => ({
    employerCode: r.employerCode,
    employerName: r.employerName,
    fromMonth: r.fromMonth,
    toMonth: r.toMonth,
    jobTitle: mask.employment === 'hidden' ? null : r.jobTitle,
    salaryBasis: maskSalary(r.salaryBasis, mask),
    allowances: maskSalary(r.allowances, mask),
    insuranceTypes: [...r.insuranceTypes],
    contractType: r.contractType,
  }));
}

/** A presented household member (only members the caller's decisions allow are presented at all). */
export interface PresentedMember {
  relation: string;
  person: MaskedPerson;
}

/** A presented household. */
export interface PresentedHousehold {
  code: string;
  provinceCode: string;
  communeCode: string | null;
  /** The members the caller may see, each masked by its own decision. */
  members: PresentedMember[];
  /**
   * How many members lie outside the caller's assignment — present only when the purpose needs the size of the
   * household ({@link HOUSEHOLD_SIZE_PURPOSES}); nothing else of them is ever described (issue 21, defect 2).
   */
  othersOutsideScope?: number;
}

/**
 * Purposes that need the number of members of a household: the household health-insurance contribution falls
 * for each further member (Luật Bảo hiểm y tế, Điều 13), so collecting it and issuing the cards count them.
 */
export const HOUSEHOLD_SIZE_PURPOSES: ReadonlySet<string> = new Set(['contribution_collection', 'card_issuance']);

/**
 * Presents a household: the members in `memberMasks` (one mask per member the caller may see), and for a
 * purpose in {@link HOUSEHOLD_SIZE_PURPOSES} the number of the others. A member outside the caller's scope is
 * not described at all — no name, initials, relation or id.
 *
 * @param h - the household as read
 * @param mask - the decision's mask for the subject
 * @param memberMasks - member id → mask, for the members the caller may see
 * @param purpose - the purpose of the read
 * @returns the presented household
 */
export function presentHousehold(h: HouseholdRecord, mask: FieldMask, memberMasks: ReadonlyMap<string, FieldMask>, purpose: string): PresentedHousehold {
  const members: PresentedMember[] = [];
  let others = 0;
  for (const m of h.members) {
    const mm = memberMasks.get(m.person.id);
    if (mm) members.push({ relation: m.relation, person: maskPerson(m.person, mm) });
    else others += 1;
  }
  return {
    code: mask.identity === 'hidden' ? maskTail(h.code, 4)! : h.code,
    provinceCode: h.provinceCode,
    communeCode: mask.address === 'hidden' ? null : h.communeCode,
    members,
    ...(HOUSEHOLD_SIZE_PURPOSES.has(purpose) ? { othersOutsideScope: others } : {}),
  };
}

/** A presented health card. */
export interface PresentedCard {
  cardCode: string;
  groupCode: string;
  registeredClinicCode: string;
  registeredClinicName: string;
  validFrom: string;
  fiveYearsDate: string | null;
  benefitLevel: number | null;
}

/** Field names of a card. */
export const CARD_FIELDS: readonly string[] = ['cardCode', 'groupCode', 'registeredClinicCode', 'registeredClinicName', 'validFrom', 'fiveYearsDate', 'benefitLevel'];

/** Presents cards; the card code is an identifier and shows its last 4 characters unless in clear. */
export function presentCards(rows: readonly CardWithLevel[], mask: FieldMask): PresentedCard[] {
  return rows.map((c) => ({
    cardCode: mask.health_insurance === 'clear' && mask.identity === 'clear' ? c.cardCode : maskTail(c.cardCode, 4)!,
    groupCode: c.groupCode,
    registeredClinicCode: c.registeredClinicCode,
    registeredClinicName: c.registeredClinicName,
    validFrom: c.validFrom,
    fiveYearsDate: c.fiveYearsDate,
    benefitLevel: c.benefitLevel,
  }));
}
