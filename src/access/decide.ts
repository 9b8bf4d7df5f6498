/**
 * The one access decision (DESIGN.md invariant 1): `decide(actor, action, resource, purpose, env)`.
 *
 * Pure: it reads only its arguments and the in-memory grant lookups in `env`, performs no I/O, and denies by
 * default. Every switch is exhaustive (`assertNever`), so a new actor type, action or record kind fails the
 * type check until it is decided here. Cost per call is O(assignments of the one actor), independent of the
 * total number of assignments.
 */
import type { AccessAction, DataCategory } from '../events/types.ts';
import { DATA_CATEGORIES } from '../events/types.ts';
import { PERSONAL_DATA_ROLES } from '../auth/roles.ts';
import type { StaffActor } from '../auth/actor.ts';
import type { ExternalActor } from './external-actor.ts';
import {
  FIELD_CATEGORY,
  type AccessResource,
  type AssignmentAction,
  type CitizenSubject,
  type Decision,
  type DecisionActor,
  type DecisionEnv,
  type DenyReason,
  type FieldMask,
  type IndexedAssignment,
  type MaskLevel,
  type RecordKind,
  type SubjectFacts,
} from './decision-types.ts';

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

function deny(reason: DenyReason): Decision {
  return { outcome: 'deny', reason, grant: null, categories: [], mask: HIDDEN };
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

/** Categories a request needs: the record's own, plus the field's for unmask and update. */
function neededCategories(action: AccessAction, resource: AccessResource): readonly DataCategory[] {
  if (resource.kind === 'search') return SEARCH_NEEDS;
  const base = requiredCategory(resource.record);
  if (resource.field !== undefined && (action === 'unmask' || action === 'update')) {
    const extra = FIELD_CATEGORY[resource.field];
    if (extra !== base) return [base, extra];
  }
  return [base];
}

const SEARCH_NEEDS: readonly DataCategory[] = ['identity'];

/** True when the subject lies in the assignment's scope (provinces, communes, employers or caseload). */
export function inScope(a: IndexedAssignment, s: SubjectFacts): boolean {
  if (a.persons.has(s.personId) || a.provinces.has(s.provinceCode) || a.communes.has(s.communeCode)) return true;
  for (const e of s.employerIds) if (a.employers.has(e)) return true;
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

function checkAssignment(
  a: IndexedAssignment,
  want: AssignmentAction,
  needed: readonly DataCategory[],
  resource: AccessResource,
  purpose: string,
  now: number,
): DenyReason | null {
  if (now < a.validFrom) return 'DENY_NOT_YET_VALID';
  if (now >= a.validUntil) return 'DENY_EXPIRED';
  if (a.purpose !== purpose) return 'DENY_PURPOSE_MISMATCH';
  if (!a.actions.has(want)) return 'DENY_ACTION_NOT_ASSIGNED';
  for (const c of needed) if (!a.categories.has(c)) return 'DENY_CATEGORY_NOT_ASSIGNED';
  if (resource.kind === 'record' && !inScope(a, resource.subject)) return 'DENY_OUT_OF_SCOPE';
  return null;
}

/** Finds the first covering assignment, or the furthest-reaching denial. */
function matchAssignment(
  actor: StaffActor,
  action: AccessAction,
  resource: AccessResource,
  purpose: string,
  env: DecisionEnv,
): IndexedAssignment | DenyReason {
  const want = assignmentActionFor(action);
  const needed = neededCategories(action, resource);
  let furthest: DenyReason = 'DENY_NO_ASSIGNMENT';
  for (const a of env.grants.assignmentsOf(actor.accountId)) {
    const miss = checkAssignment(a, want, needed, resource, purpose, env.now);
    if (miss === null) return a;
    if (STAGES.indexOf(miss) > STAGES.indexOf(furthest)) furthest = miss;
  }
  return furthest;
}

function staffGate(actor: StaffActor, now: number): DenyReason | null {
  const hasRole = actor.roles.some((r) => PERSONAL_DATA_ROLES.has(r.role) && Date.parse(r.validUntil) > now);
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
  if (typeof matched !== 'string') {
    if (action === 'export' && resource.kind === 'record' && resource.exportRequestId !== undefined) {
      const req = env.grants.exportRequest(resource.exportRequestId);
      const ok = req && req.approved && req.requesterAccountId === actor.accountId && req.purpose === purpose
        && env.now < req.expiresAt && req.personIds.has(resource.subject.personId);
      if (!ok) return deny('DENY_EXPORT_NOT_APPROVED');
      const categories = DATA_CATEGORIES.filter((c) => matched.categories.has(c) && req.categories.has(c));
      return { outcome: 'allow', reason: 'ALLOW_EXPORT_REQUEST', grant: { type: 'export_request', id: req.id }, categories, mask: maskFor(action, new Set(categories)) };
    }
    const categories = DATA_CATEGORIES.filter((c) => matched.categories.has(c));
    return {
      outcome: 'allow',
      reason: 'ALLOW_ASSIGNMENT',
      grant: { type: 'assignment', id: matched.assignmentId, version: matched.version },
      categories,
      mask: maskFor(action, matched.categories, resource.kind === 'record' ? resource.field : undefined),
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
  return deny(matched);
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
