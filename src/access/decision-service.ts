/**
 * The decision service (issue 15, item 2): `decide` for the agency's business applications. A registered
 * system names the staff member's session, an action, a purpose and one subject or a batch of them; each
 * subject is decided by the one decision function (DESIGN.md invariant 1) over the same grant index as
 * Khiên's own reads, the decisions are recorded durably before the answer leaves (invariant 2) with the
 * application named as the channel (`source.system`), and the answer tells the application, per subject,
 * allow or deny with the reason code, the mask per data category and per field (invariant 5), and the audit
 * entry that records it.
 *
 * Subjects sharing the same decision (outcome, reason, grant and mask) are recorded as one access event, as
 * Khiên's own search records its result rows: a 100-row list screen under one assignment is one audit entry.
 */
import type { StaffActor } from '../actors/staff-actor.ts';
import type { AccessAction, DataCategory, KhienEvent } from '../events/types.ts';
import { DATA_CATEGORIES } from '../events/types.ts';
import type { AccessContext } from './access-context.ts';
import { AccessErrors } from './access.errors.ts';
import { buildAccessEvent, type AccessCaller } from './access-events.ts';
import { FIELD_CATEGORY, type Decision, type FieldMask, type MaskLevel, type PersonField, type RecordKind } from './decision-types.ts';
import { CARD_FIELDS, PARTICIPATION_FIELDS, PERSON_FIELDS } from './present-registry.ts';
import { loadSubjectFacts, personIdsBySocialInsuranceNo, type PersonFacts } from '../registry/registry.repo.ts';
import type { VerifiedSystem } from './business-systems.ts';

/** Most subjects one batch may name (a list screen's page). */
export const DECISION_BATCH_LIMIT = 500;

/**
 * Port: the live staff session behind a token the application forwards (connected in `app/`, backed by the
 * identity module's session lookup): a Khiên session token, or the single sign-on access token the calling
 * system received when the staff member signed in to it through `/sso` (`sso-access-token.ts`). Null when the
 * session is unknown, ended or its account inactive, or the SSO token was issued to another system.
 */
export type StaffSessionLookup = (token: string, systemId: string) => Promise<StaffActor | null>;

/** Actions an application may ask about (unmasking one field stays an act in Khiên's own console). */
export type ServiceAction = Exclude<AccessAction, 'unmask'>;

/** One decision request. */
export interface DecisionRequest {
  /** The staff member's Khiên session token, or the SSO access token the application received at sign-in. */
  readonly staffSession: string;
  readonly action: ServiceAction;
  /** Which record the application is about to show (default `person`). */
  readonly record?: RecordKind;
  readonly purpose: string;
  /** Khiên person ids (UUID) or 10-digit social insurance numbers. */
  readonly subjects: readonly string[];
  /** The staff member's address as the application saw it (kept in the record). */
  readonly clientIp?: string | null;
}

/** The answer for one subject. */
export interface SubjectDecision {
  /** The subject as it was named in the request. */
  readonly subject: string;
  /** Khiên's id of the person, or null when no such person exists. */
  readonly personId: string | null;
  readonly outcome: 'allow' | 'deny';
  /** Stable reason code (`ALLOW_ASSIGNMENT`, `DENY_OUT_OF_SCOPE`, `DENY_NOT_FOUND`, …). */
  readonly reason: string;
  readonly grant: { readonly type: string; readonly id: string; readonly version?: number } | null;
  /** Mask level per data category: `clear` may be shown, `partial` shown masked, `hidden` not shown. */
  readonly mask: Readonly<Record<DataCategory, MaskLevel>>;
  /** The same per field of the person record. */
  readonly fields: Readonly<Record<PersonField, MaskLevel>>;
  /** Id of the audit entry (event id) that records this decision, durable before this answer. */
  readonly auditEntryId: string;
  /** Sequence number of that entry in the audit log (0 when chained after a surrounding commit). */
  readonly auditSeq: number;
}

/** Who asks: the verified business system and the request's id. */
export interface SystemCall {
  readonly system: VerifiedSystem;
  readonly requestId: string | null;
}

/** The service. */
export interface DecisionService {
  /**
   * Decides and records one batch.
   *
   * @throws AccessErrors.DECISION_BATCH_TOO_LARGE, STAFF_SESSION_INVALID (nothing recorded), AUDIT_UNAVAILABLE
   */
  decide(call: SystemCall, request: DecisionRequest): Promise<SubjectDecision[]>;
  /**
   * The same for a staff member already resolved from their session (the gateway resolves the session first,
   * since a page that shows no person needs a live session too).
   *
   * @throws AccessErrors.DECISION_BATCH_TOO_LARGE, AUDIT_UNAVAILABLE
   */
  decideAs(call: SystemCall, actor: StaffActor, request: Omit<DecisionRequest, 'staffSession'>): Promise<SubjectDecision[]>;
  /** The staff-session port the service reads (null when unknown, ended or inactive). */
  readonly sessions: StaffSessionLookup;
}

const RECORD_FIELDS: Readonly<Record<RecordKind, readonly string[]>> = {
  person: PERSON_FIELDS,
  participation: PARTICIPATION_FIELDS,
  household: ['code', 'members', ...PERSON_FIELDS],
  card: CARD_FIELDS,
};
const RECORD_CATEGORIES: Readonly<Record<RecordKind, readonly DataCategory[]>> = {
  person: ['identity', 'contact', 'address'],
  participation: ['employment'],
  household: ['identity', 'contact', 'address'],
  card: ['health_insurance'],
};
const PERSON_FIELD_NAMES = Object.keys(FIELD_CATEGORY) as PersonField[];
const HIDDEN: FieldMask = Object.freeze(Object.fromEntries(DATA_CATEGORIES.map((c) => [c, 'hidden'])) as Record<DataCategory, MaskLevel>);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SI_NO = /^[0-9]{10}$/;

/** The subjects of a request resolved to person ids, with the facts of those that exist. */
interface LoadedSubjects {
  readonly personIdOf: (subject: string) => string | null;
  readonly facts: ReadonlyMap<string, PersonFacts>;
}

const fieldCache = new WeakMap<FieldMask, Readonly<Record<PersonField, MaskLevel>>>();
/** The mask per person field (shared per mask: masks are shared frozen values). */
function fieldsOf(mask: FieldMask): Readonly<Record<PersonField, MaskLevel>> {
  let f = fieldCache.get(mask);
  if (!f) {
    f = Object.freeze(Object.fromEntries(PERSON_FIELD_NAMES.map((n) => [n, mask[FIELD_CATEGORY[n]]])) as Record<PersonField, MaskLevel>);
    fieldCache.set(mask, f);
  }
  return f;
}

/** Subjects with the same decision share one event. */
function groupKey(d: Decision | null): string {
  if (!d) return 'none';
  const g = d.grant;
  return `${d.outcome}|${d.reason}|${g ? `${g.type}:${g.id}:${g.version ?? ''}` : ''}|${DATA_CATEGORIES.map((c) => d.mask[c]).join(',')}`;
}

/**
 * Creates the service.
 *
 * @param ctx - the access context (decision, grant index, recorder)
 * @param sessions - the staff-session port
 * @returns the service
 */
export function createDecisionService(ctx: AccessContext, sessions: StaffSessionLookup): DecisionService {
  /** Name → person id (ids taken as given, social insurance numbers through the identifier lookup) and facts. */
  const loadSubjects = async (subjects: readonly string[]): Promise<LoadedSubjects> => {
    const numbers = subjects.filter((s) => SI_NO.test(s));
    const byNumber = await personIdsBySocialInsuranceNo(ctx.db, numbers);
    const personIdOf = (s: string): string | null => (UUID.test(s) ? s.toLowerCase() : byNumber.get(s) ?? null);
    const ids = [...new Set(subjects.map(personIdOf).filter((id): id is string => id !== null))];
    return { personIdOf, facts: await loadSubjectFacts(ctx.db, ids) };
  };

  const decideLoaded = async (call: SystemCall, actor: StaffActor, request: Omit<DecisionRequest, 'staffSession'>, loaded: LoadedSubjects): Promise<SubjectDecision[]> => {
    const record = request.record ?? 'person';
    const caller: AccessCaller = { actor, requestId: call.requestId, ip: request.clientIp ?? null, userAgent: null, channel: call.system.name, channelName: call.system.displayName };
    const { personIdOf, facts } = loaded;

    const decisions = request.subjects.map((subject) => {
      const id = personIdOf(subject);
      const f = id === null ? undefined : facts.get(id);
      const decision = f ? ctx.decide(actor, request.action, { kind: 'record', record, subject: f }, request.purpose) : null;
      return { subject, personId: f ? f.personId : null, decision };
    });

    // One event per distinct decision, recorded (durably) before anything is answered.
    const groups = new Map<string, { decision: Decision | null; subjects: string[]; index: number }>();
    for (const d of decisions) {
      const key = groupKey(d.decision);
      let g = groups.get(key);
      if (!g) {
        g = { decision: d.decision, subjects: [], index: groups.size };
        groups.set(key, g);
      }
      if (d.personId !== null && !g.subjects.includes(d.personId)) g.subjects.push(d.personId);
    }
    const now = ctx.clock.now();
    const events: KhienEvent[] = [...groups.values()].map((g) => {
      const unknownPurpose = !ctx.store.isPurpose(request.purpose);
      return buildAccessEvent(caller, g.decision, {
        action: request.action,
        resource: record,
        purpose: request.purpose,
        subjects: g.subjects,
        fields: RECORD_FIELDS[record],
        returns: RECORD_CATEGORIES[record],
        ...(g.decision ? {} : { reason: unknownPurpose ? 'DENY_UNKNOWN_PURPOSE' : 'DENY_NOT_FOUND' }),
      }, now);
    });
    let receipts;
    try {
      receipts = await ctx.recorder().recordMany(events);
    } catch {
      throw new AccessErrors.AUDIT_UNAVAILABLE();
    }

    return decisions.map((d) => {
      const g = groups.get(groupKey(d.decision))!;
      const event = events[g.index]!;
      const mask = d.decision?.mask ?? HIDDEN;
      return {
        subject: d.subject,
        personId: d.personId,
        outcome: d.decision?.outcome ?? 'deny',
        reason: d.decision?.reason ?? (event.kind === 'access' ? event.reason : 'DENY_NOT_FOUND'),
        grant: d.decision?.grant ?? null,
        mask,
        fields: fieldsOf(mask),
        auditEntryId: event.id,
        auditSeq: receipts[g.index]?.seq ?? 0,
      };
    });
  };
  return {
    sessions,
    async decideAs(call, actor, request) {
      if (request.subjects.length > DECISION_BATCH_LIMIT) throw new AccessErrors.DECISION_BATCH_TOO_LARGE(DECISION_BATCH_LIMIT);
      return decideLoaded(call, actor, request, await loadSubjects(request.subjects));
    },
    async decide(call, request) {
      if (request.subjects.length > DECISION_BATCH_LIMIT) throw new AccessErrors.DECISION_BATCH_TOO_LARGE(DECISION_BATCH_LIMIT);
      // The session and the subjects' facts are read side by side (the session's tables belong to the identity
      // module, the facts to the registry, which no other module's statement may join); the facts of a refused
      // session are dropped unread by anyone, and nothing is recorded.
      const [actor, loaded] = await Promise.all([sessions(request.staffSession, call.system.id), loadSubjects(request.subjects)]);
      if (!actor) throw new AccessErrors.STAFF_SESSION_INVALID();
      return decideLoaded(call, actor, request, loaded);
    },
  };
}
