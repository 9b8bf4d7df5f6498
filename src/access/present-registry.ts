/**
 * Presenters of registry data (STYLE.md rule 25): each takes a record and the decision's mask and returns
 * only the fields the response schema allows, masked. Nothing reaches a client without passing here.
 */
import type { FieldMask } from './decision-types.ts';
import { initials, maskPerson, maskSalary, maskTail, type MaskedPerson, type PersonRecord } from './mask-fields.ts';
import type { CardRecord, HouseholdRecord, ParticipationRecord } from './registry-reads.ts';

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
export function presentParticipation(rows: readonly ParticipationRecord[], mask: FieldMask): PresentedPeriod[] {
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

/** A presented household member. */
export interface PresentedMember {
  relation: string;
  /** Null when the member is outside the caller's grant (only the relation and initials are shown). */
  person: MaskedPerson | null;
  initials: string;
}

/** A presented household. */
export interface PresentedHousehold {
  code: string;
  provinceCode: string;
  communeCode: string | null;
  members: PresentedMember[];
}

/** Presents a household; `memberMasks` holds a mask for each member the caller may see. */
export function presentHousehold(h: HouseholdRecord, mask: FieldMask, memberMasks: ReadonlyMap<string, FieldMask>): PresentedHousehold {
  return {
    code: mask.identity === 'hidden' ? maskTail(h.code, 4)! : h.code,
    provinceCode: h.provinceCode,
    communeCode: mask.address === 'hidden' ? null : h.communeCode,
    members: h.members.map((m) => {
      const mm = memberMasks.get(m.person.id);
      return { relation: m.relation, person: mm ? maskPerson(m.person, mm) : null, initials: initials(m.person.fullName) };
    }),
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
export function presentCards(rows: readonly CardRecord[], mask: FieldMask): PresentedCard[] {
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
