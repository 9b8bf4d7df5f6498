/**
 * The rows the demo generator produces, one interface per registry table (plain values, ready for the
 * column arrays of `bulk-insert.ts`).
 */

/** An insured person. */
export interface PersonRow {
  readonly id: string;
  readonly personalId: string;
  readonly socialInsuranceNo: string;
  readonly fullName: string;
  readonly sex: 'M' | 'F';
  readonly dateOfBirth: string;
  readonly provinceCode: string;
  readonly communeCode: string;
  readonly street: string;
  readonly phone: string | null;
  readonly status: 'active' | 'inactive' | 'deceased';
  readonly householdId: string;
}

/** A household. */
export interface HouseholdRow {
  readonly id: string;
  readonly code: string;
  readonly headPersonId: string;
  readonly provinceCode: string;
  readonly communeCode: string;
  readonly street: string;
}

/** A household member. */
export interface MemberRow {
  readonly householdId: string;
  readonly personId: string;
  readonly relation: 'head' | 'spouse' | 'child' | 'parent' | 'sibling' | 'other';
}

/** An employer; `cardGroup` is the beneficiary group its employees' cards carry (not stored). */
export interface EmployerRow {
  readonly id: string;
  readonly code: string;
  readonly codeKind: 'enterprise' | 'budget';
  readonly name: string;
  readonly provinceCode: string;
  readonly communeCode: string;
  readonly businessType: string;
  readonly cardGroup: 'DN' | 'HX' | 'NN' | 'TK' | 'HC' | 'CH';
}

/** A participation period. */
export interface PeriodRow {
  readonly id: string;
  readonly personId: string;
  readonly employerId: string;
  readonly fromMonth: string;
  readonly toMonth: string | null;
  readonly jobTitle: string;
  readonly salaryBasis: number;
  readonly allowances: number;
  readonly insuranceTypes: readonly string[];
  readonly contractType: 'indefinite' | 'fixed_term' | 'short_term' | 'civil_servant';
}

/** A health-insurance card. */
export interface CardRow {
  readonly id: string;
  readonly personId: string;
  readonly cardCode: string;
  readonly groupCode: string;
  readonly issuingProvince: string;
  readonly registeredClinicCode: string;
  readonly registeredClinicName: string;
  readonly validFrom: string;
  readonly fiveYearsDate: string | null;
}

/** A dated benefit level of a card (inclusive `effectiveTo`, null = open). */
export interface LevelRow {
  readonly cardId: string;
  readonly personId: string;
  readonly level: number;
  readonly effectiveFrom: string;
  readonly effectiveTo: string | null;
}

/** One batch of generated persons with everything they own. */
export interface DemoBatch {
  readonly households: HouseholdRow[];
  readonly persons: PersonRow[];
  readonly members: MemberRow[];
  readonly periods: PeriodRow[];
  readonly cards: CardRow[];
  readonly levels: LevelRow[];
}
