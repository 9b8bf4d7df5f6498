/**
 * The one access decision (DESIGN.md invariant 1): `decide(actor, action, resource, purpose, env)`.
 *
 * Pure: it reads only its arguments and the in-memory grant lookups in `env`, performs no I/O, and denies by
 * default. Every switch is exhaustive (`assertNever`), so a new actor type, action or record kind fails the
 * type check until it is decided here. Cost per call is O(assignments of the one actor), independent of the
 * total number of assignments: the actor's assignments are read from one packed block of the grant store
 * (layout: `PACKED` in decision-types.ts), and the answer objects (denials, masks, category lists) are shared,
 * frozen values, so a decision allocates at most its allow record.
 */
import type { AccessAction, DataCategory } from '../events/types.ts';
import { DATA_CATEGORIES } from '../events/types.ts';
import { PERSONAL_DATA_ROLES } from '../actors/roles.ts';
import type { StaffActor } from '../actors/staff-actor.ts';
import type { ExternalActor } from '../actors/external-actor.ts';
import {
  ACTION_BIT,
  FIELD_CATEGORY,
  PACKED,
  packedField,
  type AccessResource,
  type AssignmentAction,
  type CitizenSubject,
  type Decision,
  type DecisionActor,
  type DecisionEnv,
  type DenyReason,
  type FieldMask,
  type GrantLookup,
  type MaskLevel,
  type PersonField,
  type RecordKind,
  type SubjectFacts,
} from './decision-types.ts';

// The layout offsets as module constants: read through the import binding on every access, they cost a call each.
const ACTION_BITS = ACTION_BIT;
const PERSONAL_DATA = PERSONAL_DATA_ROLES;
const { BLOCK_COUNT, BLOCK_HEADER, CATEGORY_SHIFT, END_COMMUNES, END_EMPLOYERS, END_PROVINCES, FROM_MS_SHIFT, FROM_S, LENGTH, PURPOSE, RECORD_HEADER, SLOT, TERMS, UNTIL_MS_SHIFT, UNTIL_S, VERSION } = PACKED;
/** The category mask's bits of TERMS. */
const CATEGORY_MASK = (1 << (FROM_MS_SHIFT - CATEGORY_SHIFT)) - 1;

/** Categories a break-glass grant opens: everything but sensitive data (Decree 356/2025 Art. 4). */
export const BREAK_GLASS_CATEGORIES: readonly DataCategory[] = DATA_CATEGORIES.filter((c) => c !== 'sensitive');

const HIDDEN: FieldMask = Object.freeze({
  identity: 'hidden', contact: 'hidden', address: 'hidden', employment: 'hidden',
  health_insurance: 'hidden', benefits: 'hidden', sensitive: 'hidden',
});

/** Unreachable-case guard for exhaustive switches. */
export function assertNever(value: never): never {
  throw new Error(`unhandled case ${String(value)}`);
}

const NO_CATEGORIES: readonly DataCategory[] = Object.freeze([]);
const DENIALS = new Map<DenyReason, Decision>();

/** The denial for a reason: one shared, frozen value per reason. */
function deny(reason: DenyReason): Decision {
  let d = DENIALS.get(reason);
  if (d === undefined) {
    d = Object.freeze({ outcome: 'deny', reason, grant: null, categories: NO_CATEGORIES, mask: HIDDEN });
    DENIALS.set(reason, d);
  }
  return d;
}

/** Bit i of a category mask stands for `DATA_CATEGORIES[i]` (as in the grant store's packed assignments). */
const CATEGORY_BIT = new Map<DataCategory, number>(DATA_CATEGORIES.map((c, i) => [c, 1 << i]));
const bitOf = (c: DataCategory): number => CATEGORY_BIT.get(c) ?? 0;

const categoryLists: Array<readonly DataCategory[] | undefined> = [];

/** The categories of a mask in `DATA_CATEGORIES` order (one shared, frozen array per mask). */
function categoriesOf(bits: number): readonly DataCategory[] {
  let list = categoryLists[bits];
  if (list === undefined) {
    list = Object.freeze(DATA_CATEGORIES.filter((c) => (bits & bitOf(c)) !== 0));
    categoryLists[bits] = list;
  }
  return list;
}

const ACTION_INDEX: Readonly<Record<AccessAction, number>> = { search: 0, view: 1, update: 2, unmask: 3, export: 4 };
const FIELD_INDEX: Readonly<Record<PersonField, number>> = { personalId: 1, socialInsuranceNo: 2, dateOfBirth: 3, phone: 4, street: 5, salary: 6 };
const maskCache: Array<FieldMask | undefined> = [];

/** {@link maskFor} for a category mask, computed once per (action, mask, field) and shared. */
function maskForBits(action: AccessAction, bits: number, field?: PersonField): FieldMask {
  const key = ((ACTION_INDEX[action] * 8 + (field === undefined ? 0 : FIELD_INDEX[field])) << DATA_CATEGORIES.length) | bits;
  let mask = maskCache[key];
  if (mask === undefined) {
    mask = maskFor(action, new Set(categoriesOf(bits)), field);
    maskCache[key] = mask;
  }
  return mask;
}

/** The category a record cannot be shown without. */
export function requiredCategory(record: RecordKind): DataCategory {
  switch (record) {
    case 'person':
      return 'identity';
    case 'participation':
      return 'employment';
    case 'household':
      return 'identity';
    case 'card':
      return 'health_insurance';
    default:
      return assertNever(record);
  }
}

/**
 * The mask for an action given the categories the grant covers: identifiers, phone and address are shown
 * partially on ordinary reads (DESIGN.md invariant 5), in clear only on an explicit unmask or an approved export.
 *
 * @param action - the action decided
 * @param covered - categories of the grant
 * @param field - for `unmask`, the field to reveal
 * @returns the mask per category
 */
export function maskFor(action: AccessAction, covered: ReadonlySet<DataCategory>, field?: keyof typeof FIELD_CATEGORY): FieldMask {
  const out: Record<DataCategory, MaskLevel> = { ...HIDDEN };
  for (const c of DATA_CATEGORIES) {
    if (!covered.has(c)) continue;
    const partial = c === 'identity' || c === 'contact' || c === 'address';
    switch (action) {
      case 'search':
        out[c] = c === 'identity' || c === 'address' ? 'partial' : 'hidden';
        break;
      case 'view':
      case 'update':
        out[c] = partial ? 'partial' : 'clear';
        break;
      case 'unmask':
        out[c] = partial ? (field !== undefined && FIELD_CATEGORY[field] === c ? 'clear' : 'partial') : 'clear';
        break;
      case 'export':
        out[c] = 'clear';
        break;
      default:
        return assertNever(action);
    }
  }
  return Object.freeze(out);
}

/** The assignment action an access action needs (unmask is part of viewing). */
function assignmentActionFor(action: AccessAction): AssignmentAction {
  switch (action) {
    case 'search':
      return 'search';
    case 'view':
    case 'unmask':
      return 'view';
    case 'update':
      return 'update';
    case 'export':
      return 'export';
    default:
      return assertNever(action);
  }
}

// Bits of the hot path as constants, so that a decision does no table lookup for them.
const BIT_SEARCH = ACTION_BITS[assignmentActionFor('search')];
const BIT_VIEW = ACTION_BITS[assignmentActionFor('view')];
const BIT_UPDATE = ACTION_BITS[assignmentActionFor('update')];
const BIT_EXPORT = ACTION_BITS[assignmentActionFor('export')];
const CAT_IDENTITY = bitOf('identity');
const CAT_EMPLOYMENT = bitOf('employment');
const CAT_HEALTH_INSURANCE = bitOf('health_insurance');

/** The action bit (of the packed ACTIONS mask) an access action needs. */
function actionBit(action: AccessAction): number {
  switch (action) {
    case 'search':
      return BIT_SEARCH;
    case 'view':
    case 'unmask':
      return BIT_VIEW;
    case 'update':
      return BIT_UPDATE;
    case 'export':
      return BIT_EXPORT;
    default:
      return assertNever(action);
  }
}

/** The bit of the category a record cannot be shown without ({@link requiredCategory} as a mask). */
function requiredBit(record: RecordKind): number {
  switch (record) {
    case 'person':
    case 'household':
      return CAT_IDENTITY;
    case 'participation':
      return CAT_EMPLOYMENT;
    case 'card':
      return CAT_HEALTH_INSURANCE;
    default:
      return assertNever(record);
  }
}

/** Categories a request needs, as a mask: the record's own, plus the field's for unmask and update. */
function neededBits(action: AccessAction, resource: AccessResource): number {
  if (resource.kind === 'search') return CAT_IDENTITY;
  let bits = requiredBit(resource.record);
  if (resource.field !== undefined && (action === 'unmask' || action === 'update')) bits |= bitOf(FIELD_CATEGORY[resource.field]);
  return bits;
}

/** Categories a request needs: the record's own, plus the field's for unmask and update. */
function neededCategories(action: AccessAction, resource: AccessResource): readonly DataCategory[] {
  return categoriesOf(neededBits(action, resource));
}

/** True when `code` is one of the `len` sorted codes at `start` of the arena. */
function listHas(arena: Uint32Array, start: number, len: number, code: number): boolean {
  if (code < 0 || len === 0) return false;
  if (len <= 8) {
    for (let i = start; i < start + len; i++) if (packedField(arena, i) === code) return true;
    return false;
  }
  let lo = start;
  let hi = start + len - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = packedField(arena, mid);
    if (v === code) return true;
    if (v < code) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

// The subject's values as the grant store's codes, looked up only when a candidate assignment has a scope of
// that kind (-2: not looked up yet; -1: no assignment names it). Module-level scratch rather than an object per
// decision: `decide` is synchronous and calls nothing that could re-enter it, and `matchAssignment` resets
// them before its first use, so no state outlives a call.
let subjectProvince = -2;
let subjectCommune = -2;
let subjectPerson = -2;
let subjectEmployers: number[] | null = null;

/** True when the subject lies in the scope of the packed record at `r` (provinces, communes, employers or caseload). */
function inScope(grants: GrantLookup, subject: SubjectFacts, arena: Uint32Array, r: number): boolean {
  const endProvinces = packedField(arena, r + END_PROVINCES);
  const endCommunes = packedField(arena, r + END_COMMUNES);
  const endEmployers = packedField(arena, r + END_EMPLOYERS);
  const nProvinces = endProvinces - RECORD_HEADER;
  const nCommunes = endCommunes - endProvinces;
  const nEmployers = endEmployers - endCommunes;
  const nPersons = packedField(arena, r + LENGTH) - endEmployers;
  let p = r + RECORD_HEADER;
  if (nProvinces > 0) {
    if (subjectProvince === -2) subjectProvince = grants.codeOf('province', subject.provinceCode);
    if (listHas(arena, p, nProvinces, subjectProvince)) return true;
  }
  p += nProvinces;
  if (nCommunes > 0) {
    if (subjectCommune === -2) subjectCommune = grants.codeOf('commune', subject.communeCode);
    if (listHas(arena, p, nCommunes, subjectCommune)) return true;
  }
  p += nCommunes;
  if (nEmployers > 0 && subject.employerIds.length > 0) {
    subjectEmployers ??= subject.employerIds.map((e) => grants.codeOf('employer', e));
    for (const e of subjectEmployers) if (listHas(arena, p, nEmployers, e)) return true;
  }
  p += nEmployers;
  if (nPersons > 0) {
    if (subjectPerson === -2) subjectPerson = grants.codeOf('person', subject.personId);
    if (listHas(arena, p, nPersons, subjectPerson)) return true;
  }
  return false;
}

// Stages an assignment is checked through; a denial reports the furthest stage any candidate reached, so the
// reason names the closest miss ("right purpose, wrong province") rather than the first assignment tried.
const STAGES: readonly DenyReason[] = [
  'DENY_NO_ASSIGNMENT',
  'DENY_NOT_YET_VALID',
  'DENY_EXPIRED',
  'DENY_PURPOSE_MISMATCH',
  'DENY_ACTION_NOT_ASSIGNED',
  'DENY_CATEGORY_NOT_ASSIGNED',
  'DENY_OUT_OF_SCOPE',
];
/** The shared denial of each stage, by stage index (no map lookup on the decision path). */
const STAGE_DENIALS: readonly Decision[] = STAGES.map(deny);

/**
 * Finds the first covering assignment of the actor, in the store's order.
 *
 * @returns the offset of its packed record in the arena (≥ 0), or `-1 - i` for the furthest-reaching denial `STAGES[i]`
 */
function matchAssignment(actor: StaffActor, action: AccessAction, resource: AccessResource, purpose: string, env: DecisionEnv): number {
  const grants = env.grants;
  const block = grants.assignmentBlock(actor.accountId);
  if (block < 0) return -1;
  const arena = grants.assignmentArena();
  const want = actionBit(action);
  // The category bits as they sit in TERMS.
  const needed = neededBits(action, resource) << CATEGORY_SHIFT;
  const purposeCode = grants.codeOf('purpose', purpose);
  const now = env.now;
  subjectProvince = -2;
  subjectCommune = -2;
  subjectPerson = -2;
  subjectEmployers = null;
  let furthest = 0;
  let r = block + BLOCK_HEADER;
  const n = packedField(arena, block + BLOCK_COUNT);
  for (let k = 0; k < n; k++) {
    let stage: number;
    const terms = packedField(arena, r + TERMS);
    // The instants as `validityInstant` (decision-types.ts) gives them, written out: an imported function costs a call here.
    if (now < packedField(arena, r + FROM_S) * 1000 + ((terms >>> FROM_MS_SHIFT) & 1023)) stage = 1;
    else if (now >= packedField(arena, r + UNTIL_S) * 1000 + ((terms >>> UNTIL_MS_SHIFT) & 1023)) stage = 2;
    else if (packedField(arena, r + PURPOSE) !== purposeCode) stage = 3;
    else if ((terms & want) === 0) stage = 4;
    else if ((terms & needed) !== needed) stage = 5;
    else if (resource.kind === 'search') return r;
    else if (inScope(grants, resource.subject, arena, r)) return r;
    else stage = 6;
    if (stage > furthest) furthest = stage;
    r += packedField(arena, r + LENGTH);
  }
  return -1 - furthest;
}

// Role validity instants as parsed from the actor's ISO strings (deterministic, so memoised; bounded).
const parsedInstants = new Map<string, number>();
function instant(iso: string): number {
  let t = parsedInstants.get(iso);
  if (t === undefined) {
    if (parsedInstants.size >= 10_000) parsedInstants.clear();
    t = Date.parse(iso);
    parsedInstants.set(iso, t);
  }
  return t;
}

function staffGate(actor: StaffActor, now: number): DenyReason | null {
  let hasRole = false;
  for (const r of actor.roles) {
    if (PERSONAL_DATA.has(r.role) && instant(r.validUntil) > now) {
      hasRole = true;
      break;
    }
  }
  if (!hasRole) return 'DENY_NO_PERSONAL_DATA_ROLE';
  if (actor.mustChangePassword) return 'DENY_PASSWORD_CHANGE_REQUIRED';
  if (!actor.mfa) return 'DENY_MFA_REQUIRED';
  if (!actor.deviceRegistered) return 'DENY_DEVICE_NOT_REGISTERED';
  return null;
}

function decideStaff(actor: StaffActor, action: AccessAction, resource: AccessResource, purpose: string, env: DecisionEnv): Decision {
  const gate = staffGate(actor, env.now);
  if (gate) return deny(gate);
  const matched = matchAssignment(actor, action, resource, purpose, env);
  if (matched >= 0) {
    const arena = env.grants.assignmentArena();
    const bits = (packedField(arena, matched + TERMS) >>> CATEGORY_SHIFT) & CATEGORY_MASK;
    if (action === 'export' && resource.kind === 'record' && resource.exportRequestId !== undefined) {
      const req = env.grants.exportRequest(resource.exportRequestId);
      const ok = req && req.approved && req.requesterAccountId === actor.accountId && req.purpose === purpose
        && env.now < req.expiresAt && req.personIds.has(resource.subject.personId);
      if (!ok) return deny('DENY_EXPORT_NOT_APPROVED');
      let both = 0;
      for (const c of req.categories) both |= bitOf(c);
      const categories = categoriesOf(bits & both);
      return { outcome: 'allow', reason: 'ALLOW_EXPORT_REQUEST', grant: { type: 'export_request', id: req.id }, categories, mask: maskForBits(action, bits & both) };
    }
    return {
      outcome: 'allow',
      reason: 'ALLOW_ASSIGNMENT',
      grant: { type: 'assignment', id: env.grants.assignmentIdOf(packedField(arena, matched + SLOT)), version: packedField(arena, matched + VERSION) },
      categories: categoriesOf(bits),
      mask: maskForBits(action, bits, resource.kind === 'record' ? resource.field : undefined),
    };
  }
  // Break-glass opens one record of one person for viewing, for the purpose stated when it was opened.
  if (action === 'view' && resource.kind === 'record') {
    const bg = env.grants.breakGlassOf(actor.accountId, resource.subject.personId);
    if (bg && env.now < bg.expiresAt && bg.purpose === purpose && BREAK_GLASS_CATEGORIES.includes(requiredCategory(resource.record))) {
      const covered = new Set(BREAK_GLASS_CATEGORIES);
      return { outcome: 'allow', reason: 'ALLOW_BREAK_GLASS', grant: { type: 'break_glass', id: bg.id }, categories: BREAK_GLASS_CATEGORIES, mask: maskFor(action, covered) };
    }
  }
  return STAGE_DENIALS[-1 - matched] ?? deny('DENY_NO_ASSIGNMENT');
}

function decideExternal(actor: ExternalActor, action: AccessAction, resource: AccessResource, purpose: string, env: DecisionEnv): Decision {
  const ag = env.grants.agreement(actor.agreementId);
  if (!ag || ag.revoked) return deny('DENY_AGREEMENT_INVALID');
  if (env.now < ag.validFrom || env.now >= ag.validUntil) return deny('DENY_AGREEMENT_EXPIRED');
  if (ag.purpose !== purpose) return deny('DENY_PURPOSE_MISMATCH');
  switch (action) {
    case 'search':
    case 'view':
      break;
    case 'update':
    case 'export':
    case 'unmask':
      return deny('DENY_AGREEMENT_ACTION');
    default:
      return assertNever(action);
  }
  for (const c of neededCategories(action, resource)) if (!ag.categories.has(c)) return deny('DENY_AGREEMENT_CATEGORY');
  const categories = DATA_CATEGORIES.filter((c) => ag.categories.has(c));
  // The agreement lists exactly the fields the organisation may receive, and it looked the person up by a
  // full identifier it already holds: its categories are returned in clear.
  return { outcome: 'allow', reason: 'ALLOW_AGREEMENT', grant: { type: 'agreement', id: ag.id }, categories, mask: maskFor('export', ag.categories) };
}

function decideCitizen(actor: CitizenSubject, action: AccessAction, resource: AccessResource): Decision {
  switch (action) {
    case 'view':
      break;
    case 'search':
    case 'update':
    case 'export':
    case 'unmask':
      return deny('DENY_CITIZEN_ACTION');
    default:
      return assertNever(action);
  }
  if (resource.kind !== 'record' || resource.subject.personId !== actor.personId) return deny('DENY_NOT_SELF');
  const all = new Set(DATA_CATEGORIES);
  return { outcome: 'allow', reason: 'ALLOW_CITIZEN_SELF', grant: { type: 'citizen_self', id: actor.personId }, categories: DATA_CATEGORIES, mask: maskFor('export', all) };
}

/**
 * Decides one access.
 *
 * @param actor - staff member, external organisation or citizen
 * @param action - search, view, update, export or unmask
 * @param resource - a search, or one record of one person (with the facts its scope is checked against)
 * @param purpose - the purpose code the caller declared
 * @param env - the time and the in-memory grant lookups
 * @returns allow (grant, categories, mask, reason) or deny (reason); never throws for any input
 */
export function decide(actor: DecisionActor, action: AccessAction, resource: AccessResource, purpose: string, env: DecisionEnv): Decision {
  if (!env.grants.isPurpose(purpose)) return deny('DENY_UNKNOWN_PURPOSE');
  switch (actor.type) {
    case 'staff':
      return decideStaff(actor, action, resource, purpose, env);
    case 'external':
      return decideExternal(actor, action, resource, purpose, env);
    case 'citizen':
      return decideCitizen(actor, action, resource);
    default:
      return assertNever(actor);
  }
}
