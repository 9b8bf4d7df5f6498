/**
 * Reads reported by other applications' access logs (issue 15, item 4), checked against the assignment in
 * force with the one `decide()`: the person named by the line is resolved through the identifier lookup, the
 * subject's scope facts loaded, and the reporting staff member decided as Khiên decides its own reads. Nothing
 * of the person is returned: only the id and the decision, for the access event the detect module records.
 */
import type { StaffActor } from '../actors/staff-actor.ts';
import type { Role } from '../actors/roles.ts';
import type { AccessAction, DataCategory } from '../events/types.ts';
import type { AccessContext } from './access-context.ts';
import type { AccessGrantRef } from '../events/types.ts';
import type { RecordKind } from './decision-types.ts';
import { loadSubjectFacts, personIdsByIdentifier } from '../registry/registry.repo.ts';

/** One reported read. */
export interface ReportedRead {
  readonly account: { readonly accountId: string; readonly unitId: string | null; readonly provinceCode: string | null; readonly roles: readonly string[] };
  readonly personKind: 'social_insurance_no' | 'personal_id' | 'person_id';
  readonly personKey: string;
  readonly action: AccessAction;
  readonly record: RecordKind;
  readonly purpose: string;
}

/** Its check. */
export interface ReportedReadDecision {
  readonly personId: string;
  readonly outcome: 'allow' | 'deny';
  readonly reason: string;
  readonly grant: AccessGrantRef | null;
  readonly categories: readonly DataCategory[];
}

// Roles as the detector's account facts list them (held now); the decision checks their validity against this.
const HELD = '9999-12-31T00:00:00.000Z';

/**
 * Resolves and decides a batch of reported reads (three statements at most, whatever the batch size).
 *
 * @param ctx - access context
 * @param reads - the reads
 * @returns per read, its decision, or null when the person is unknown
 */
export async function decideReportedReads(ctx: AccessContext, reads: readonly ReportedRead[]): Promise<Array<ReportedReadDecision | null>> {
  const bySi = await personIdsByIdentifier(ctx.db, 'social_insurance_no', reads.filter((r) => r.personKind === 'social_insurance_no').map((r) => r.personKey));
  const byPid = await personIdsByIdentifier(ctx.db, 'personal_id', reads.filter((r) => r.personKind === 'personal_id').map((r) => r.personKey));
  const idOf = (r: ReportedRead): string | undefined =>
    r.personKind === 'person_id' ? r.personKey.toLowerCase() : r.personKind === 'personal_id' ? byPid.get(r.personKey) : bySi.get(r.personKey);
  const facts = await loadSubjectFacts(ctx.db, [...new Set(reads.map(idOf).filter((x): x is string => x !== undefined))]);
  return reads.map((r) => {
    const id = idOf(r);
    const f = id === undefined ? undefined : facts.get(id);
    if (!f) return null;
    const unitId = r.account.unitId ?? '';
    // The application authenticated the staff member itself: only the assignment (and the personal-data role)
    // is checked here, not Khiên's own sign-in factors.
    const actor: StaffActor = {
      type: 'staff', accountId: r.account.accountId, staffId: r.account.accountId, username: '', unitId, provinceCode: r.account.provinceCode,
      roles: r.account.roles.map((role) => ({ role: role as Role, unitId, validUntil: HELD })),
      sessionId: '', deviceId: null, deviceRegistered: true, mfa: true, mustChangePassword: false,
    };
    const d = ctx.decide(actor, r.action, { kind: 'record', record: r.record, subject: f }, r.purpose);
    return { personId: f.personId, outcome: d.outcome, reason: d.reason, grant: d.grant, categories: d.categories };
  });
}
