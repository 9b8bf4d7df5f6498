/**
 * The vocabulary of the access decision: actors, resources, grants as indexed in memory, and the decision.
 * Kept apart from `decide.ts` so that indexes, masking and the accessor share it without cycles.
 */
import type { StaffActor } from '../auth/actor.ts';
import type { AccessAction, AccessGrantRef, DataCategory } from '../events/types.ts';
import type { ExternalActor } from './external-actor.ts';

/** The citizen as the decision sees it (structural, so access does not depend on the citizen module). */
export interface CitizenSubject {
  readonly type: 'citizen';
  readonly personId: string;
  readonly sessionId?: string;
}

/** Whoever asks. */
export type DecisionActor = StaffActor | ExternalActor | CitizenSubject;

/** Actions an assignment can allow (unmasking is a view-level act decided on its own). */
export type AssignmentAction = 'search' | 'view' | 'update' | 'export';

/** Every assignment action, in display order. */
export const ASSIGNMENT_ACTIONS: readonly AssignmentAction[] = ['search', 'view', 'update', 'export'];

/** Which registry record a request reads. */
export type RecordKind = 'person' | 'participation' | 'household' | 'card';

/** Fields that can be unmasked one at a time or updated. */
export type PersonField = 'personalId' | 'socialInsuranceNo' | 'dateOfBirth' | 'phone' | 'street' | 'salary';

/** The data category each field belongs to (Decree 356/2025 Art. 3–4 vocabulary). */
export const FIELD_CATEGORY: Readonly<Record<PersonField, DataCategory>> = {
  personalId: 'identity',
  socialInsuranceNo: 'identity',
  dateOfBirth: 'identity',
  phone: 'contact',
  street: 'address',
  salary: 'employment',
};

/** What the decision needs to know about one insured person (loaded before deciding, never returned). */
export interface SubjectFacts {
  readonly personId: string;
  readonly provinceCode: string;
  readonly communeCode: string;
  /** Employers of the person's open participation periods. */
  readonly employerIds: readonly string[];
}

/** What is asked for. */
export type AccessResource =
  /** A search before any person is known: does the actor hold any grant to search for this purpose? */
  | { readonly kind: 'search' }
  /** One record of one person; `field` names the field to unmask or update; `exportRequestId` a bulk export. */
  | {
      readonly kind: 'record';
      readonly record: RecordKind;
      readonly subject: SubjectFacts;
      readonly field?: PersonField;
      readonly exportRequestId?: string;
    };

/** How much of a category is shown. */
export type MaskLevel = 'clear' | 'partial' | 'hidden';

/** Mask level per data category. */
export type FieldMask = Readonly<Record<DataCategory, MaskLevel>>;

/** A written assignment as held in the in-memory index. */
export interface IndexedAssignment {
  /** Id of the version. */
  readonly id: string;
  readonly assignmentId: string;
  readonly version: number;
  readonly accountId: string;
  readonly purpose: string;
  readonly categories: ReadonlySet<DataCategory>;
  readonly actions: ReadonlySet<AssignmentAction>;
  readonly provinces: ReadonlySet<string>;
  readonly communes: ReadonlySet<string>;
  readonly employers: ReadonlySet<string>;
  readonly persons: ReadonlySet<string>;
  /** Epoch milliseconds. */
  readonly validFrom: number;
  readonly validUntil: number;
}

/** A live break-glass grant. */
export interface IndexedBreakGlass {
  readonly id: string;
  readonly accountId: string;
  readonly personId: string;
  readonly purpose: string;
  readonly expiresAt: number;
}

/** A data-sharing agreement as the decision sees it. */
export interface IndexedAgreement {
  readonly id: string;
  readonly purpose: string;
  readonly categories: ReadonlySet<DataCategory>;
  readonly validFrom: number;
  readonly validUntil: number;
  readonly revoked: boolean;
  /** Records the organisation may read per UTC day (checked by the accessor, not by `decide`). */
  readonly dailyRecordLimit?: number;
}

/** An export request as the decision sees it. */
export interface IndexedExportRequest {
  readonly id: string;
  readonly requesterAccountId: string;
  readonly purpose: string;
  readonly approved: boolean;
  readonly personIds: ReadonlySet<string>;
  readonly categories: ReadonlySet<DataCategory>;
  /** End of the download window. */
  readonly expiresAt: number;
}

/** In-memory lookups the decision reads (each O(1) or O(grants of one account)). */
export interface GrantLookup {
  assignmentsOf(accountId: string): readonly IndexedAssignment[];
  breakGlassOf(accountId: string, personId: string): IndexedBreakGlass | undefined;
  agreement(agreementId: string): IndexedAgreement | undefined;
  exportRequest(id: string): IndexedExportRequest | undefined;
  isPurpose(code: string): boolean;
}

/** Everything a decision depends on besides its four arguments. */
export interface DecisionEnv {
  /** Epoch milliseconds. */
  readonly now: number;
  readonly grants: GrantLookup;
}

/** Reason codes of allowed decisions. */
export type AllowReason =
  | 'ALLOW_ASSIGNMENT'
  | 'ALLOW_BREAK_GLASS'
  | 'ALLOW_AGREEMENT'
  | 'ALLOW_CITIZEN_SELF'
  | 'ALLOW_EXPORT_REQUEST';

/** Reason codes of denials (every deny path of `decide`). */
export type DenyReason =
  | 'DENY_NO_PERSONAL_DATA_ROLE'
  | 'DENY_MFA_REQUIRED'
  | 'DENY_DEVICE_NOT_REGISTERED'
  | 'DENY_PASSWORD_CHANGE_REQUIRED'
  | 'DENY_UNKNOWN_PURPOSE'
  | 'DENY_NO_ASSIGNMENT'
  | 'DENY_NOT_YET_VALID'
  | 'DENY_EXPIRED'
  | 'DENY_PURPOSE_MISMATCH'
  | 'DENY_ACTION_NOT_ASSIGNED'
  | 'DENY_CATEGORY_NOT_ASSIGNED'
  | 'DENY_OUT_OF_SCOPE'
  | 'DENY_EXPORT_NOT_APPROVED'
  | 'DENY_AGREEMENT_INVALID'
  | 'DENY_AGREEMENT_EXPIRED'
  | 'DENY_AGREEMENT_ACTION'
  | 'DENY_AGREEMENT_CATEGORY'
  | 'DENY_NOT_SELF'
  | 'DENY_CITIZEN_ACTION';

/** Every deny reason (tests prove each is reachable). */
export const DENY_REASONS: readonly DenyReason[] = [
  'DENY_NO_PERSONAL_DATA_ROLE', 'DENY_MFA_REQUIRED', 'DENY_DEVICE_NOT_REGISTERED', 'DENY_PASSWORD_CHANGE_REQUIRED',
  'DENY_UNKNOWN_PURPOSE', 'DENY_NO_ASSIGNMENT', 'DENY_NOT_YET_VALID', 'DENY_EXPIRED', 'DENY_PURPOSE_MISMATCH',
  'DENY_ACTION_NOT_ASSIGNED', 'DENY_CATEGORY_NOT_ASSIGNED', 'DENY_OUT_OF_SCOPE', 'DENY_EXPORT_NOT_APPROVED',
  'DENY_AGREEMENT_INVALID', 'DENY_AGREEMENT_EXPIRED', 'DENY_AGREEMENT_ACTION', 'DENY_AGREEMENT_CATEGORY',
  'DENY_NOT_SELF', 'DENY_CITIZEN_ACTION',
];

/** An allowed decision. */
export interface AllowDecision {
  readonly outcome: 'allow';
  readonly reason: AllowReason;
  readonly grant: AccessGrantRef;
  /** Categories the grant covers (and that may be returned, masked per `mask`). */
  readonly categories: readonly DataCategory[];
  readonly mask: FieldMask;
}

/** A denied decision. */
export interface DenyDecision {
  readonly outcome: 'deny';
  readonly reason: DenyReason;
  readonly grant: null;
  readonly categories: readonly DataCategory[];
  readonly mask: FieldMask;
}

/** The result of `decide`. */
export type Decision = AllowDecision | DenyDecision;

/** The action vocabulary of the decision (re-exported from the event types). */
export type { AccessAction };
