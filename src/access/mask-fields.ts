/**
 * Field masking (DESIGN.md invariant 5; anchors row 3b): identification numbers show their last 4 digits,
 * the phone its last 3, the address stops at the commune, salary is hidden unless its category is covered.
 * Pure functions over plain values; the accessor applies them to every record before presenting it.
 */
import type { FieldMask } from './decision-types.ts';
import { itemAt } from '../platform/arrays.ts';

/**
 * Keeps the last `keep` characters and replaces the rest with `•`.
 *
 * @param value - the value (null passes through)
 * @param keep - characters kept at the end
 * @returns the masked value
 */
export function maskTail(value: string | null, keep: number): string | null {
  if (value === null) return null;
  if (value.length <= keep) return '•'.repeat(value.length);
  return '•'.repeat(value.length - keep) + value.slice(-keep);
}

/**
 * Initials of a full name (`Nguyễn Văn An` → `N. V. A.`), shown when identity is not covered.
 *
 * @param fullName - the name
 * @returns the initials
 */
export function initials(fullName: string): string {
  return fullName
    .normalize('NFC')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `${itemAt([...w], 0).toUpperCase()}.`)
    .join(' ');
}

/** A person as read from the registry (internal, never sent as is). */
export interface PersonRecord {
  readonly id: string;
  readonly personalId: string;
  readonly socialInsuranceNo: string | null;
  readonly fullName: string;
  readonly sex: 'M' | 'F';
  readonly dateOfBirth: string;
  readonly provinceCode: string;
  readonly communeCode: string;
  readonly street: string;
  readonly phone: string | null;
  readonly status: string;
}

/** A person after masking. Masked values are partial strings; hidden ones are null. */
export interface MaskedPerson {
  id: string;
  personalId: string | null;
  socialInsuranceNo: string | null;
  fullName: string;
  sex: 'M' | 'F' | null;
  dateOfBirth: string | null;
  provinceCode: string;
  communeCode: string | null;
  street: string | null;
  phone: string | null;
  status: string;
  /** Which fields came back masked or hidden (the client shows an "unmask" control for them). */
  masked: string[];
}

/**
 * Masks a person record.
 *
 * @param p - the record
 * @param mask - mask level per category from the decision
 * @returns the masked person
 */
export function maskPerson(p: PersonRecord, mask: FieldMask): MaskedPerson {
  const masked: string[] = [];
  const note = <T>(field: string, value: T, original: unknown): T => {
    if (value !== original) masked.push(field);
    return value;
  };
  const idLevel = mask.identity;
  const out: MaskedPerson = {
    id: p.id,
    personalId: note('personalId', idLevel === 'clear' ? p.personalId : idLevel === 'partial' ? maskTail(p.personalId, 4) : null, p.personalId),
    socialInsuranceNo: note('socialInsuranceNo', idLevel === 'clear' ? p.socialInsuranceNo : idLevel === 'partial' ? maskTail(p.socialInsuranceNo, 4) : null, p.socialInsuranceNo),
    fullName: note('fullName', idLevel === 'hidden' ? initials(p.fullName) : p.fullName, p.fullName),
    sex: note('sex', idLevel === 'hidden' ? null : p.sex, p.sex),
    dateOfBirth: note('dateOfBirth', idLevel === 'hidden' ? null : p.dateOfBirth, p.dateOfBirth),
    provinceCode: p.provinceCode,
    communeCode: note('communeCode', mask.address === 'hidden' ? null : p.communeCode, p.communeCode),
    street: note('street', mask.address === 'clear' ? p.street : null, p.street),
    phone: note('phone', mask.contact === 'clear' ? p.phone : mask.contact === 'partial' ? maskTail(p.phone, 3) : null, p.phone),
    status: p.status,
    masked,
  };
  return out;
}

/**
 * Masks a salary amount: shown only when employment data is covered in clear.
 *
 * @param amount - the amount
 * @param mask - the decision's mask
 * @returns the amount or null
 */
export function maskSalary(amount: number, mask: FieldMask): number | null {
  return mask.employment === 'clear' ? amount : null;
}
