/**
 * What the citizen module needs from modules it may not import (DESIGN.md: citizen → registry, audit only).
 * The composition root (`app/build-app.ts`) supplies them from `org/`, `access/` and `respond/`.
 */

/** Names shown to the citizen for units, purposes and data-sharing agreements. */
export interface CitizenDirectory {
  /** Name of a unit (never of a staff member), or null when unknown. */
  unitName(unitId: string): Promise<string | null>;
  /** Vietnamese and English name of a purpose code, or null when unknown. */
  purposeLabel(code: string): Promise<{ vi: string; en: string } | null>;
  /** Organisation and title of a data-sharing agreement, or null when unknown. */
  agreement(agreementId: string): Promise<{ organisation: string } | null>;
  /** State of a case opened from a report (`open`, `in_progress`, `contained`, `closed`), or null when unknown. */
  caseStatus(caseId: string): Promise<string | null>;
}

/** A citizen's report that they do not recognise an access. */
export interface CitizenCaseRequest {
  readonly personId: string;
  readonly auditSeq: number;
  /** Unit whose security officer receives the case; null for external organisations (central team). */
  readonly unitId: string | null;
  /** The citizen's note (personal data: never logged). */
  readonly note: string | null;
}

/** Opens a case for the security officer of a unit (provided by `respond/` as `openCaseFromCitizenReport`). */
export type OpenCitizenCase = (request: CitizenCaseRequest) => Promise<{ caseId: string }>;

/** A directory that knows nothing: shows codes instead of names (tests, or before wiring). */
export const emptyDirectory: CitizenDirectory = {
  unitName: async () => null,
  purposeLabel: async () => null,
  agreement: async () => null,
  caseStatus: async () => null,
};
