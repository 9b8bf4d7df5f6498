/**
 * The vocabulary of the access decision: actors, resources, grants as indexed in memory, and the decision.
 * Kept apart from `decide.ts` so that indexes, masking and the accessor share it without cycles.
 */
import type { StaffActor } from '../actors/staff-actor.ts';
import type { AccessAction, AccessGrantRef, DataCategory } from '../events/types.ts';
import type { ExternalActor } from '../actors/external-actor.ts';

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

/** A list of values as an assignment is described to the grant store (a stored row's array, or a set). */
export type ValueList<T extends string = string> = ReadonlySet<T> | readonly T[];

/**
 * A written assignment as handed to the grant store (`putAssignment`, snapshots). The store does not keep this
 * object: it packs the terms into its arena (see {@link PACKED}) and keeps only the ids and the version.
 */
export interface IndexedAssignment {
  /** Id of the version. */
  readonly id: string;
  readonly assignmentId: string;
  readonly version: number;
  readonly accountId: string;
  readonly purpose: string;
  readonly categories: ValueList<DataCategory>;
  readonly actions: ValueList<AssignmentAction>;
  readonly provinces: ValueList;
  readonly communes: ValueList;
  readonly employers: ValueList;
  readonly persons: ValueList;
  /** Epoch milliseconds. */
  readonly validFrom: number;
  readonly validUntil: number;
}

/** Bit of each assignment action in a packed assignment's action mask. */
export const ACTION_BIT: Readonly<Record<AssignmentAction, number>> = { search: 1, view: 2, update: 4, export: 8 };

/**
 * Layout of the packed assignments, the contract between the grant store (which writes it) and `decide`
 * (which reads it). All assignments of one account form one contiguous block of a `Uint32Array` arena (32-bit
 * words, so that an account's block spans half the cache lines 64-bit fields would), and a decision reads a few
 * adjacent cache lines instead of a graph of objects:
 *
 * ```
 * block:  [BLOCK_LENGTH, BLOCK_COUNT, record, record, …]       (BLOCK_LENGTH counts every word of the block)
 * record: [FROM_S, UNTIL_S, PURPOSE, TERMS, SLOT, VERSION, END_PROVINCES, END_COMMUNES, END_EMPLOYERS, LENGTH,
 *          province codes…, commune codes…, employer codes…, person codes…]
 * ```
 *
 * - FROM_S, UNTIL_S: the validity instants' whole seconds since 1970-01-01T00:00:00Z (unsigned 32-bit, so up to
 *   2106-02-07T06:28:15Z); their milliseconds are in TERMS. An instant is `seconds × 1000 + milliseconds`,
 *   exactly the epoch milliseconds the store was given ({@link validityInstant}). The store rejects, when an
 *   assignment is put, a time that is not a whole number of milliseconds in [0, {@link PACKED_TIME_LIMIT}).
 * - PURPOSE: the purpose's interned code ({@link GrantLookup.codeOf}).
 * - TERMS: bits 0–3 the action mask ({@link ACTION_BIT}), bits 4–10 the category mask (bit 4 + i for
 *   `DATA_CATEGORIES[i]`), bits 11–20 the milliseconds of the start, bits 21–30 those of the end.
 * - SLOT names the assignment for {@link GrantLookup.assignmentIdOf}; VERSION is the assignment's version (an
 *   integer in [0, 2³²), checked at put time).
 * - END_PROVINCES, END_COMMUNES, END_EMPLOYERS, LENGTH: where each scope list ends, in words from the record's
 *   start (the province list starts at RECORD_HEADER, each other list where the previous one ends, and LENGTH
 *   is the whole record's). Each list holds interned codes sorted ascending. Province and commune codes of 1–9
 *   ASCII digits are coded arithmetically (no table lookup on the decision path); other values go through a
 *   table.
 */
export const PACKED = Object.freeze({
  BLOCK_LENGTH: 0,
  BLOCK_COUNT: 1,
  BLOCK_HEADER: 2,
  FROM_S: 0,
  UNTIL_S: 1,
  PURPOSE: 2,
  TERMS: 3,
  SLOT: 4,
  VERSION: 5,
  END_PROVINCES: 6,
  END_COMMUNES: 7,
  END_EMPLOYERS: 8,
  LENGTH: 9,
  RECORD_HEADER: 10,
  /** Shift of the category mask in TERMS (the action mask is bits 0–3). */
  CATEGORY_SHIFT: 4,
  /** Shift of the start's milliseconds in TERMS. */
  FROM_MS_SHIFT: 11,
  /** Shift of the end's milliseconds in TERMS. */
  UNTIL_MS_SHIFT: 21,
});

/** Validity instants the packed store holds are whole milliseconds in [0, PACKED_TIME_LIMIT) (2106-02-07T06:28:16Z). */
export const PACKED_TIME_LIMIT = 2 ** 32 * 1000;

/**
 * The epoch milliseconds of a packed validity instant.
 *
 * @param seconds - the FROM_S or UNTIL_S word
 * @param millis - its milliseconds (0–999) from TERMS
 * @returns seconds × 1000 + millis (exact: below 2⁵³)
 */
export function validityInstant(seconds: number, millis: number): number {
  return seconds * 1000 + millis;
}

/**
 * Reads one word of the packed assignments.
 *
 * @param arena - the arena ({@link GrantLookup.assignmentArena})
 * @param at - the word's offset
 * @returns the word's value
 * @throws RangeError when `at` lies outside the arena: the layout was misread, a bug to surface rather than a
 *   value to guess (an `undefined` would compare false everywhere and could turn into an allow or a wrong deny)
 */
export function packedField(arena: Uint32Array, at: number): number {
  const value = arena[at];
  if (value === undefined) throw new RangeError(`packed assignments: word ${at} lies outside the arena (${arena.length} words)`);
  return value;
}

/** The value spaces the grant store interns to small integers. */
export type InternedKind = 'purpose' | 'province' | 'commune' | 'employer' | 'person';

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
  /** Offset of the account's block in {@link assignmentArena}, or -1 when the account holds no assignment. */
  assignmentBlock(accountId: string): number;
  /** The arena the blocks live in (see {@link PACKED}); read it again after any change to the store. */
  assignmentArena(): Uint32Array;
  /** The interned code of a value, or -1 when no indexed assignment names it. */
  codeOf(kind: InternedKind, value: string): number;
  /** Id of the assignment a packed record's SLOT names. */
  assignmentIdOf(slot: number): string;
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
