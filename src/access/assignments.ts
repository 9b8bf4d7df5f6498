/**
 * Written assignments (phân công bằng văn bản; anchors row 3a): create, amend (a new version, the old one
 * kept), revoke (immediate), and end on an HR transfer or exit. Each write updates the in-memory index right
 * after it commits and records an admin event.
 */
import type { StaffActor } from '../actors/staff-actor.ts';
import { findAccountWithStaff } from '../auth/auth.repo.ts';
import type { Database } from '../db/client.ts';
import type { AdminEvent, DataCategory } from '../events/types.ts';
import { DATA_CATEGORIES } from '../events/types.ts';
import { newId } from '../platform/ids.ts';
import { AccessErrors } from './access.errors.ts';
import type { AccessContext } from './access-context.ts';
import { buildAdminEvent, recordOrRefuse, type AccessCaller } from './access-events.ts';
import {
  closeAssignmentVersion,
  endAssignmentsOfAccount,
  findActiveVersionForUpdate,
  insertAssignmentVersion,
  listActiveAssignmentsOf,
  listAssignmentVersions,
  revokeBreakGlassOfAccount,
  type AssignmentRow,
} from './access.repo.ts';
import { ASSIGNMENT_ACTIONS, type AssignmentAction } from './decision-types.ts';
import { indexAssignment } from './grant-store.ts';
import { communeProvinces, employerProvinces, personProvinces } from '../registry/registry.repo.ts';
import { authorityOver, withinAuthority } from './signer-authority.ts';
import { runInTransaction } from '../db/tx-context.ts';

/** Scope of an assignment: any combination, at least one entry. */
export interface AssignmentScope {
  readonly provinces: readonly string[];
  readonly communes: readonly string[];
  readonly employers: readonly string[];
  /** Explicit caseload: internal person ids. */
  readonly persons: readonly string[];
}

/** The content of an assignment version. */
export interface AssignmentTerms {
  readonly documentNo: string;
  /** YYYY-MM-DD. */
  readonly documentDate: string;
  readonly purpose: string;
  readonly categories: readonly DataCategory[];
  readonly scope: AssignmentScope;
  readonly actions: readonly AssignmentAction[];
  readonly validFrom: Date;
  readonly validUntil: Date;
}

/** Input to create an assignment. */
export interface NewAssignment extends AssignmentTerms {
  readonly assigneeAccountId: string;
}

const dedupe = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/** Validates terms and the signer's authority; returns nothing or throws a catalogued error. */
async function checkTerms(ctx: AccessContext, signer: StaffActor, assigneeAccountId: string, terms: AssignmentTerms): Promise<void> {
  if (!ctx.store.isPurpose(terms.purpose)) throw new AccessErrors.UNKNOWN_PURPOSE();
  const { scope } = terms;
  if (scope.provinces.length + scope.communes.length + scope.employers.length + scope.persons.length === 0) throw new AccessErrors.SCOPE_EMPTY();
  const from = terms.validFrom.getTime();
  const until = terms.validUntil.getTime();
  const now = ctx.clock.now().getTime();
  const maxDays = ctx.settings.maxAssignmentDays;
  if (!(until > from) || until <= now || until - from > maxDays * 86_400_000 || from < now - 86_400_000 * 31) {
    throw new AccessErrors.VALIDITY_INVALID(maxDays);
  }
  if (signer.accountId === assigneeAccountId) throw new AccessErrors.SELF_SIGNED();
  const assignee = await findAccountWithStaff(ctx.db, assigneeAccountId);
  if (!assignee || assignee.account.status !== 'active' || assignee.staffStatus !== 'active') throw new AccessErrors.ASSIGNEE_NOT_FOUND();
  const authority = await authorityOver(ctx, signer.accountId, assignee.unitId);
  if (!authority.covers) throw new AccessErrors.SIGNER_NOT_AUTHORISED();
  // Every entry of the scope must exist and lie in a province the signer has authority over.
  const [cp, ep, pp] = await Promise.all([
    communeProvinces(ctx.db, scope.communes),
    employerProvinces(ctx.db, scope.employers),
    personProvinces(ctx.db, scope.persons),
  ]);
  if (cp.size !== new Set(scope.communes).size || ep.size !== new Set(scope.employers).size || pp.size !== new Set(scope.persons).size) {
    throw new AccessErrors.SCOPE_OUTSIDE_AUTHORITY();
  }
  const touched = [...scope.provinces, ...cp.values(), ...ep.values(), ...pp.values()];
  if (!withinAuthority(authority, touched)) throw new AccessErrors.SCOPE_OUTSIDE_AUTHORITY();
}

function versionRow(assignmentId: string, version: number, assigneeAccountId: string, signer: StaffActor, terms: AssignmentTerms, at: Date) {
  return {
    id: newId(),
    assignmentId,
    version,
    documentNo: terms.documentNo,
    documentDate: terms.documentDate,
    signerAccountId: signer.accountId,
    assigneeAccountId,
    purpose: terms.purpose,
    categories: DATA_CATEGORIES.filter((c) => terms.categories.includes(c)),
    scopeProvinces: dedupe(terms.scope.provinces),
    scopeCommunes: dedupe(terms.scope.communes),
    scopeEmployers: dedupe(terms.scope.employers),
    scopePersons: dedupe(terms.scope.persons),
    actions: ASSIGNMENT_ACTIONS.filter((a) => terms.actions.includes(a)),
    validFrom: terms.validFrom,
    validUntil: terms.validUntil,
    status: 'active' as const,
    createdBy: signer.accountId,
    createdAt: at,
  };
}

/**
 * Creates an assignment signed by the caller.
 *
 * @param ctx - access context
 * @param caller - the signer (a staff unit head)
 * @param input - terms and assignee
 * @returns version 1
 * @throws AccessErrors for an unknown purpose, empty scope, bad validity, self-signing, or missing authority
 */
export async function createAssignment(ctx: AccessContext, caller: AccessCaller & { actor: StaffActor }, input: NewAssignment): Promise<AssignmentRow> {
  await checkTerms(ctx, caller.actor, input.assigneeAccountId, input);
  const at = ctx.clock.now();
  const row = await runInTransaction(ctx.db, async (tx) => {
    const created = await insertAssignmentVersion(tx, versionRow(newId(), 1, input.assigneeAccountId, caller.actor, input, at));
    await recordOrRefuse(ctx.recorder(), buildAdminEvent(caller, 'assignment.create', { type: 'assignment', id: created.assignmentId }, { after: summary(created) }, at), tx);
    return created;
  });
  ctx.store.putAssignment(indexAssignment(row));
  return row;
}

/**
 * Amends an assignment: a new version with the given terms; the previous version is kept as `superseded`.
 *
 * @param ctx - access context
 * @param caller - the signer of the amendment
 * @param assignmentId - the assignment
 * @param terms - the new terms (complete)
 * @returns the new version
 */
export async function amendAssignment(ctx: AccessContext, caller: AccessCaller & { actor: StaffActor }, assignmentId: string, terms: AssignmentTerms): Promise<AssignmentRow> {
  const at = ctx.clock.now();
  const row = await runInTransaction(ctx.db, async (tx) => {
    const current = await findActiveVersionForUpdate(tx, assignmentId);
    if (!current) throw new AccessErrors.ASSIGNMENT_NOT_FOUND();
    await checkTerms({ ...ctx, db: tx }, caller.actor, current.assigneeAccountId, terms);
    await closeAssignmentVersion(tx, current.id, 'superseded', at, caller.actor.accountId, 'amended');
    const next = await insertAssignmentVersion(tx, versionRow(assignmentId, current.version + 1, current.assigneeAccountId, caller.actor, terms, at));
    await recordOrRefuse(ctx.recorder(), buildAdminEvent(caller, 'assignment.amend', { type: 'assignment', id: assignmentId }, { before: summary(current), after: summary(next) }, at), tx);
    return next;
  });
  ctx.store.putAssignment(indexAssignment(row));
  return row;
}

/**
 * Revokes an assignment with immediate effect. Allowed to a unit head with authority over the assignee's unit,
 * or a security officer over it.
 *
 * @param ctx - access context
 * @param caller - who revokes
 * @param assignmentId - the assignment
 * @param reason - why
 */
export async function revokeAssignment(ctx: AccessContext, caller: AccessCaller & { actor: StaffActor }, assignmentId: string, reason: string): Promise<void> {
  const at = ctx.clock.now();
  await runInTransaction(ctx.db, async (tx) => {
    const current = await findActiveVersionForUpdate(tx, assignmentId);
    if (!current) throw new AccessErrors.ASSIGNMENT_NOT_FOUND();
    const assignee = await findAccountWithStaff(tx, current.assigneeAccountId);
    const authority = assignee
      ? await authorityOver({ ...ctx, db: tx }, caller.actor.accountId, assignee.unitId, ['unit_head', 'security_officer', 'central_security_admin'])
      : null;
    // Someone without authority learns nothing about the assignment: same answer as a missing one.
    if (!authority?.covers && current.signerAccountId !== caller.actor.accountId) throw new AccessErrors.ASSIGNMENT_NOT_FOUND();
    await closeAssignmentVersion(tx, current.id, 'revoked', at, caller.actor.accountId, reason);
    await recordOrRefuse(ctx.recorder(), buildAdminEvent(caller, 'assignment.revoke', { type: 'assignment', id: assignmentId }, { before: summary(current), reason }, at), tx);
  });
  // Immediate: the very next decision no longer sees it.
  ctx.store.removeAssignment(assignmentId);
}

/**
 * Ends every assignment and break-glass grant of an account inside the caller's transaction (HR transfer,
 * retirement, resignation, suspension; DESIGN.md invariant 4). The index forgets them at once, so the access
 * is gone for the next request even in a live session; should the transaction roll back, the periodic reload
 * restores them.
 *
 * @param ctx - access context
 * @param tx - the HR transaction
 * @param accountId - the staff member's account
 * @param reason - e.g. `hr.transfer`
 * @returns the number of assignment versions ended
 */
export async function endAccessOfAccount(ctx: AccessContext, tx: Database, accountId: string, reason: string): Promise<number> {
  const at = ctx.clock.now();
  ctx.store.removeAccount(accountId);
  const ended = await endAssignmentsOfAccount(tx, accountId, at, reason);
  await revokeBreakGlassOfAccount(tx, accountId, at);
  return ended.length;
}

/** What an admin event keeps of a version (no personal data: person ids only). */
export function summary(r: AssignmentRow): Record<string, unknown> {
  return {
    version: r.version,
    documentNo: r.documentNo,
    documentDate: r.documentDate,
    signer: r.signerAccountId,
    assignee: r.assigneeAccountId,
    purpose: r.purpose,
    categories: r.categories,
    actions: r.actions,
    scope: { provinces: r.scopeProvinces, communes: r.scopeCommunes, employers: r.scopeEmployers, persons: r.scopePersons.length },
    validFrom: r.validFrom.toISOString(),
    validUntil: r.validUntil.toISOString(),
  };
}

/**
 * Every version of an assignment, for its assignee, its signer, or someone with authority over the
 * assignee's unit; anyone else gets not-found.
 *
 * @param ctx - access context
 * @param actor - who asks
 * @param assignmentId - the assignment
 * @returns versions, newest first
 */
export async function listVersionsFor(ctx: AccessContext, actor: StaffActor, assignmentId: string): Promise<AssignmentRow[]> {
  const versions = await listAssignmentVersions(ctx.db, assignmentId);
  const latest = versions[0];
  if (!latest) throw new AccessErrors.ASSIGNMENT_NOT_FOUND();
  if (latest.assigneeAccountId === actor.accountId || versions.some((v) => v.signerAccountId === actor.accountId)) return versions;
  const assignee = await findAccountWithStaff(ctx.db, latest.assigneeAccountId);
  const authority = assignee ? await authorityOver(ctx, actor.accountId, assignee.unitId, ['unit_head', 'security_officer', 'central_security_admin', 'auditor']) : null;
  if (!authority?.covers) throw new AccessErrors.ASSIGNMENT_NOT_FOUND();
  return versions;
}

/**
 * The caller's own active assignments.
 *
 * @param ctx - access context
 * @param actor - the staff member
 * @returns active versions
 */
export async function listMyAssignments(ctx: AccessContext, actor: StaffActor): Promise<AssignmentRow[]> {
  return listActiveAssignmentsOf(ctx.db, actor.accountId);
}

/**
 * Ends one assignment as a containment action of an incident case (the case records who asked and why; the
 * authority check is the case's: only responders over the case's unit can act from it).
 *
 * @param ctx - access context
 * @param assignmentId - the assignment (any version id of it)
 * @param reason - why, including the case reference
 * @param actor - who asked, as it appears in the admin event
 * @param requestId - the request that asked
 * @throws AccessErrors.ASSIGNMENT_NOT_FOUND when no active version exists
 */
export async function endAssignmentForContainment(
  ctx: AccessContext,
  assignmentId: string,
  reason: string,
  actor: AdminEvent['actor'],
  requestId: string | null,
): Promise<void> {
  const at = ctx.clock.now();
  await runInTransaction(ctx.db, async (tx) => {
    const current = await findActiveVersionForUpdate(tx, assignmentId);
    if (!current) throw new AccessErrors.ASSIGNMENT_NOT_FOUND();
    await closeAssignmentVersion(tx, current.id, 'revoked', at, actor.accountId, reason);
    const event = buildAdminEvent(null, 'assignment.revoke', { type: 'assignment', id: assignmentId }, { before: summary(current), reason }, at);
    await recordOrRefuse(ctx.recorder(), { ...event, actor, requestId }, tx);
  });
  ctx.store.removeAssignment(assignmentId);
}
