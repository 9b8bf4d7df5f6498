/**
 * The one scoped accessor of registry data (STYLE.md rule 23; DESIGN.md invariants 1, 2, 5).
 *
 * Every read and update of personal data by the http routes goes through the operations below, and each of them
 * runs through `runGuarded` (`guarded-read.ts`), which in one place (1) decides on the facts the decision needs,
 * (2) on allow loads and masks the data through a presenter, and (3) records the access event, on allow AND on
 * deny, awaiting it before returning anything. An operation supplies only how to decide and how to load, so none
 * can skip a step. A denial answers exactly like a missing record (IDOR).
 * The person view reads the record in the same statement as its facts (one round trip instead of two); the
 * record stays in memory until the decision and the durable record, and is dropped unread on deny.
 */
import type { AccessAction, DataCategory } from '../events/types.ts';
import { AccessErrors } from './access.errors.ts';
import type { AccessContext } from './access-context.ts';
import { buildAdminEvent, type AccessCaller } from './access-events.ts';
import { refusalOf, runGuarded, type Gate } from './guarded-read.ts';
import {
  FIELD_CATEGORY,
  type AccessResource,
  type AllowDecision,
  type Decision,
  type FieldMask,
  type PersonField,
  type RecordKind,
  type SubjectFacts,
} from './decision-types.ts';
import {
  CARD_FIELDS,
  PARTICIPATION_FIELDS,
  PERSON_FIELDS,
  SEARCH_ROW_FIELDS,
  presentCards,
  presentHousehold,
  presentParticipation,
  presentPerson,
  presentSearchRow,
  type PresentedCard,
  type PresentedHousehold,
  type PresentedPeriod,
  type SearchRow,
} from './present-registry.ts';
import type { MaskedPerson, PersonRecord } from './mask-fields.ts';
import type { ExternalActor } from '../actors/external-actor.ts';
import { addAgreementUsage } from './access.repo.ts';
import {
  communeProvinces,
  findPersonIds,
  listCardsWithLevelAt,
  listParticipationHistory,
  loadHousehold,
  loadPersonWithFacts,
  loadPersons,
  loadSubjectFacts,
  updatePersonContact,
  type ContactChange,
  type SearchKey,
} from '../registry/registry.repo.ts';

/** What one guarded record read returns: the presented body and the field names for the record. */
interface Loaded<T> {
  readonly body: T;
  readonly fields: readonly string[];
  readonly subjects?: readonly string[];
}

/** Loads the subject's facts (and optionally data read in the same statement); undefined when no such person. */
type FactsSource<P> = () => Promise<{ readonly facts: SubjectFacts; readonly pre: P } | undefined>;

/** Search result. */
export interface SearchResult {
  rows: SearchRow[];
  /** True when more rows matched than the cap allows. */
  truncated: boolean;
}

/** An unmasked field value. */
export interface UnmaskedField {
  personId: string;
  field: PersonField;
  value: string | number | null;
}

/** The accessor. */
export interface RegistryAccessor {
  search(caller: AccessCaller, key: SearchKey, purpose: string): Promise<SearchResult>;
  viewPerson(caller: AccessCaller, personId: string, purpose: string): Promise<MaskedPerson>;
  viewParticipation(caller: AccessCaller, personId: string, purpose: string): Promise<PresentedPeriod[]>;
  viewHousehold(caller: AccessCaller, personId: string, purpose: string): Promise<PresentedHousehold | null>;
  viewCards(caller: AccessCaller, personId: string, purpose: string): Promise<PresentedCard[]>;
  unmask(caller: AccessCaller, personId: string, field: PersonField, purpose: string, justification: string): Promise<UnmaskedField>;
  updateContact(caller: AccessCaller, personId: string, change: ContactChange, purpose: string, reason: string): Promise<MaskedPerson>;
  /**
   * An external organisation's lookup by a full identifier: the persons found, masked per its agreement, counted
   * against the agreement's daily volume (over the cap: refused and recorded).
   */
  lookupForAgreement(caller: AccessCaller & { actor: ExternalActor }, key: SearchKey, purpose: string): Promise<MaskedPerson[]>;
}

const RESOURCE_OF: Readonly<Record<RecordKind, 'person' | 'participation' | 'household' | 'card'>> = {
  person: 'person',
  participation: 'participation',
  household: 'household',
  card: 'card',
};

/** Categories each record holds (what its event may list as returned in clear). */
const RECORD_CATEGORIES: Readonly<Record<RecordKind, readonly DataCategory[]>> = {
  person: ['identity', 'contact', 'address'],
  participation: ['employment'],
  household: ['identity', 'contact', 'address'],
  card: ['health_insurance'],
};

/** Last characters of a searched identifier, kept in the event for enumeration detection. */
function lookupOf(key: SearchKey): { by: SearchKey['by']; tail?: string } {
  switch (key.by) {
    case 'personal_id':
    case 'social_insurance_no':
    case 'card_code':
      return { by: key.by, tail: key.value.slice(-4) };
    case 'name_dob':
      return { by: key.by };
    default: {
      const never: never = key;
      return never;
    }
  }
}

/**
 * Creates the accessor.
 *
 * @param ctx - the access context
 * @returns the accessor
 */
export function createRegistryAccessor(ctx: AccessContext): RegistryAccessor {
  const decideNow = (caller: AccessCaller, action: AccessAction, resource: AccessResource, purpose: string): Decision =>
    ctx.decide(caller.actor, action, resource, purpose);

  /** The subject's facts alone (one statement), for records loaded only after the decision. */
  const factsOf = (personId: string): FactsSource<undefined> => async () => {
    const facts = (await loadSubjectFacts(ctx.db, [personId])).get(personId);
    return facts ? { facts, pre: undefined } : undefined;
  };

  /** One record of one person: its facts decide, then it is loaded and masked. */
  function readRecord<T, P>(
    caller: AccessCaller,
    spec: { action: AccessAction; record: RecordKind; personId: string; purpose: string; field?: PersonField; justification?: string },
    source: FactsSource<P>,
    load: (d: AllowDecision, pre: P) => Promise<Loaded<T>> | Loaded<T>,
  ): Promise<T> {
    const returns = spec.field ? [FIELD_CATEGORY[spec.field]] : RECORD_CATEGORIES[spec.record];
    return runGuarded<P, T>(ctx, {
      caller,
      details: { action: spec.action, resource: RESOURCE_OF[spec.record], purpose: spec.purpose, justification: spec.justification ?? null, returns },
      async decide() {
        const found = await source();
        if (!found) {
          // No such person: recorded like a denial (id guessing shows up in the log) and answered the same way.
          const reason = ctx.store.isPurpose(spec.purpose) ? 'DENY_NOT_FOUND' : 'DENY_UNKNOWN_PURPOSE';
          const error = reason === 'DENY_UNKNOWN_PURPOSE' ? new AccessErrors.UNKNOWN_PURPOSE() : new AccessErrors.NOT_FOUND();
          return { deny: { decision: null, subjects: [], reason, error } };
        }
        const resource: AccessResource = { kind: 'record', record: spec.record, subject: found.facts, ...(spec.field ? { field: spec.field } : {}) };
        const d = decideNow(caller, spec.action, resource, spec.purpose);
        if (d.outcome === 'deny') return { deny: { decision: d, subjects: [spec.personId], error: refusalOf(d, () => new AccessErrors.NOT_FOUND()) } };
        return { allow: d, pre: found.pre };
      },
      async answer(d, pre) {
        const loaded = await load(d, pre);
        return { body: loaded.body, fields: loaded.fields, subjects: loaded.subjects ?? [spec.personId] };
      },
    });
  }

  /** The search gate: does the caller hold any grant to search for this purpose? */
  const searchGate = (caller: AccessCaller, purpose: string): Gate<undefined> => {
    const gate = decideNow(caller, 'search', { kind: 'search' }, purpose);
    if (gate.outcome === 'deny') return { deny: { decision: gate, subjects: [], error: refusalOf(gate, () => new AccessErrors.SEARCH_DENIED()) } };
    return { allow: gate, pre: undefined };
  };

  /** Per-person decisions in bulk: the allowed set, each with its mask. */
  async function decideEach(caller: AccessCaller, action: AccessAction, record: RecordKind, ids: readonly string[], purpose: string): Promise<Map<string, FieldMask>> {
    const facts = await loadSubjectFacts(ctx.db, ids);
    const out = new Map<string, FieldMask>();
    for (const id of ids) {
      const f = facts.get(id);
      if (!f) continue;
      const d = decideNow(caller, action, { kind: 'record', record, subject: f }, purpose);
      if (d.outcome === 'allow') out.set(id, d.mask);
    }
    return out;
  }

  const personOrThrow = async (personId: string): Promise<PersonRecord> => {
    const [p] = await loadPersons(ctx.db, [personId]);
    if (!p) throw new AccessErrors.NOT_FOUND();
    return p;
  };

  return {
    search(caller, key, purpose) {
      return runGuarded<undefined, SearchResult>(ctx, {
        caller,
        details: { action: 'search', resource: 'search', purpose, lookup: lookupOf(key), returns: ['identity', 'address'] },
        decide: () => searchGate(caller, purpose),
        async answer() {
          const cap = ctx.settings.searchCap;
          const candidates = await findPersonIds(ctx.db, key, cap * 10);
          const allowed = await decideEach(caller, 'search', 'person', candidates, purpose);
          const ids = candidates.filter((id) => allowed.has(id));
          const shown = ids.slice(0, cap);
          const persons = await loadPersons(ctx.db, shown);
          const byId = new Map(persons.map((p) => [p.id, p]));
          const rows = shown.flatMap((id) => {
            const p = byId.get(id);
            return p ? [presentSearchRow(p, allowed.get(id)!)] : [];
          });
          return { body: { rows, truncated: ids.length > cap }, subjects: rows.map((r) => r.id), fields: rows.length ? SEARCH_ROW_FIELDS : [] };
        },
      });
    },

    viewPerson(caller, personId, purpose) {
      // The record comes with its facts in one statement; it is masked and handed out only on allow, after the
      // access is recorded durably (on deny it is dropped unread).
      const withRecord: FactsSource<PersonRecord> = async () => {
        const found = await loadPersonWithFacts(ctx.db, personId);
        return found ? { facts: found.facts, pre: found.person } : undefined;
      };
      return readRecord(caller, { action: 'view', record: 'person', personId, purpose }, withRecord, (d, person) => ({
        body: presentPerson(person, d.mask),
        fields: PERSON_FIELDS,
      }));
    },

    viewParticipation(caller, personId, purpose) {
      return readRecord(caller, { action: 'view', record: 'participation', personId, purpose }, factsOf(personId), async (d) => ({
        body: presentParticipation(await listParticipationHistory(ctx.db, personId), d.mask),
        fields: PARTICIPATION_FIELDS,
      }));
    },

    viewHousehold(caller, personId, purpose) {
      return readRecord(caller, { action: 'view', record: 'household', personId, purpose }, factsOf(personId), async (d) => {
        const h = await loadHousehold(ctx.db, personId);
        if (!h) return { body: null, fields: [] };
        const others = h.members.map((m) => m.person.id).filter((id) => id !== personId);
        const masks = await decideEach(caller, 'view', 'person', others, purpose);
        masks.set(personId, d.mask);
        return {
          body: presentHousehold(h, d.mask, masks, purpose),
          fields: ['code', 'members', ...PERSON_FIELDS],
          subjects: [personId, ...others.filter((id) => masks.has(id))],
        };
      });
    },

    viewCards(caller, personId, purpose) {
      const today = ctx.clock.now().toISOString().slice(0, 10);
      return readRecord(caller, { action: 'view', record: 'card', personId, purpose }, factsOf(personId), async (d) => ({
        body: presentCards(await listCardsWithLevelAt(ctx.db, personId, today), d.mask),
        fields: CARD_FIELDS,
      }));
    },

    unmask(caller, personId, field, purpose, justification) {
      return readRecord(caller, { action: 'unmask', record: field === 'salary' ? 'participation' : 'person', personId, purpose, field, justification }, factsOf(personId), async () => {
        let value: string | number | null;
        if (field === 'salary') {
          const open = (await listParticipationHistory(ctx.db, personId)).filter((p) => p.toMonth === null);
          value = open.length ? open[open.length - 1]!.salaryBasis : null;
        } else {
          value = (await personOrThrow(personId))[field];
        }
        return { body: { personId, field, value }, fields: [field] };
      });
    },

    async updateContact(caller, personId, change, purpose, reason) {
      const touched: PersonField[] = [];
      if (change.phone !== undefined) touched.push('phone');
      if (change.street !== undefined || change.communeCode !== undefined) touched.push('street');
      if (touched.length === 0) throw new AccessErrors.NO_CHANGE();
      const categories: DataCategory[] = [...new Set(touched.map((f) => FIELD_CATEGORY[f]))];
      const fields = touched.flatMap((f) => (f === 'street' ? ['street', 'communeCode', 'provinceCode'] : [f]));
      return runGuarded<ContactChange, MaskedPerson>(ctx, {
        caller,
        details: { action: 'update', resource: 'person', purpose, justification: reason, returns: categories },
        async decide() {
          const facts = (await loadSubjectFacts(ctx.db, [personId])).get(personId);
          let decision: Decision | null = null;
          if (facts) {
            for (const field of touched) {
              decision = decideNow(caller, 'update', { kind: 'record', record: 'person', subject: facts, field }, purpose);
              if (decision.outcome === 'deny') break;
            }
          }
          if (!facts || !decision || decision.outcome === 'deny') {
            return { deny: { decision, subjects: facts ? [personId] : [], error: refusalOf(decision, () => new AccessErrors.NOT_FOUND()) } };
          }
          // The commune is checked after the decision and before the transaction (an unknown one is a client
          // error, not recorded).
          if (change.communeCode === undefined) return { allow: decision, pre: change };
          const province = (await communeProvinces(ctx.db, [change.communeCode])).get(change.communeCode);
          if (!province) throw new AccessErrors.INVALID_IDENTIFIER();
          return { allow: decision, pre: { ...change, provinceCode: province } };
        },
        async write(tx, allow, withProvince, at) {
          const changed = await updatePersonContact(tx, personId, withProvince, at);
          if (!changed) throw new AccessErrors.NOT_FOUND();
          const pick = (p: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(fields.map((f) => [f, p[f]]));
          return {
            body: presentPerson(changed.after, allow.mask),
            subjects: [personId],
            fields,
            also: [
              buildAdminEvent(caller, 'registry.person.contact_update', { type: 'person', id: personId }, {
                before: pick(changed.before as unknown as Record<string, unknown>),
                after: { ...pick(changed.after as unknown as Record<string, unknown>), categories },
                reason,
              }, at),
            ],
          };
        },
      });
    },

    lookupForAgreement(caller, key, purpose) {
      return runGuarded<undefined, MaskedPerson[]>(ctx, {
        caller,
        details: { action: 'view', resource: 'person', purpose, lookup: lookupOf(key), returns: RECORD_CATEGORIES.person },
        decide: () => searchGate(caller, purpose),
        async answer() {
          const candidates = await findPersonIds(ctx.db, key, 2);
          const allowed = await decideEach(caller, 'view', 'person', candidates, purpose);
          const ids = candidates.filter((id) => allowed.has(id));
          const limit = ctx.store.agreement(caller.actor.agreementId)?.dailyRecordLimit ?? 0;
          const day = ctx.clock.now().toISOString().slice(0, 10);
          if (ids.length > 0 && !(await addAgreementUsage(ctx.db, caller.actor.agreementId, day, ids.length, limit))) {
            return { deny: { decision: null, subjects: ids, reason: 'DENY_VOLUME_CAP', error: new AccessErrors.API_VOLUME_EXCEEDED() } };
          }
          const persons = await loadPersons(ctx.db, ids);
          const out = persons.map((p) => presentPerson(p, allowed.get(p.id)!));
          return { body: out, subjects: out.map((p) => p.id), fields: out.length ? PERSON_FIELDS : [] };
        },
      });
    },
  };
}
