/**
 * Reference tables shipped with Khiên (copied from the team's shared data, sources inside each file):
 * the 34 provinces of 2025, the 63 province-of-birth codes of the personal identification number, and the
 * health-insurance beneficiary groups with their benefit levels over time.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A 2025 province (QĐ 19/2025/QĐ-TTg). */
export interface Province {
  readonly code: string;
  readonly name: string;
  readonly formedFrom: string;
}

/** A province-of-birth code (TT 07/2016/TT-BCA Appendix 1). */
export interface BirthProvince {
  readonly code: string;
  readonly name: string;
}

/** Beneficiary-group reference (QĐ 1351/QĐ-BHXH and NQ 261/2025/QH15). */
export interface BhytReference {
  readonly cardCodePattern: string;
  readonly groups: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly benefitLevelsUntil2025: Readonly<Record<string, readonly string[]>>;
  readonly benefitLevelChanges: ReadonlyArray<{ code: string; from: string; to: string; effective: string }>;
}

/** The 34 provinces of 2025. */
export const PROVINCES: readonly Province[] = Object.freeze(
  (require('./reference/provinces-2025.json') as { provinces: Province[] }).provinces,
);

/** The 63 province-of-birth codes. */
export const BIRTH_PROVINCES: readonly BirthProvince[] = Object.freeze(
  (require('./reference/birth-province-codes.json') as { codes: BirthProvince[] }).codes,
);

/** The BHYT beneficiary-group reference. */
export const BHYT: BhytReference = Object.freeze(require('./reference/bhyt-groups.json') as BhytReference);

/** Province code → province. */
export const PROVINCE_BY_CODE: ReadonlyMap<string, Province> = new Map(PROVINCES.map((p) => [p.code, p]));
