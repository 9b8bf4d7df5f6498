/**
 * The insured person's own records: summary, participation history, health cards. Each read is an access to
 * personal data like any other, so it goes through the same recording path (DESIGN.md invariant 2): an
 * `AccessEvent` with actor type `citizen` and grant `citizen_self`, durably recorded before the data leaves;
 * if the audit store cannot take it, nothing is returned.
 */
import type { Database } from '../db/client.ts';
import type { AccessEvent, DataCategory, EventRecorder } from '../events/types.ts';
import type { Clock } from '../platform/clock.ts';
import { newId } from '../platform/ids.ts';
import { PROVINCE_BY_CODE } from '../registry/reference.ts';
import type { CitizenActor } from '../actors/citizen-actor.ts';
import { CitizenErrors } from './citizen.errors.ts';
import { listCardsAt, listParticipation, readPerson, type ParticipationRow } from './citizen.repo.ts';
import { SELF_SERVICE_PURPOSE } from './labels.ts';

/** What the own-records service needs. */
export interface OwnRecordsDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly recorder: EventRecorder;
}

/** Request facts recorded with the access. */
export interface RequestFacts {
  readonly requestId: string;
  readonly ip: string;
  readonly userAgent: string | null;
}

/** The person's summary, lightly masked (their own data, but identifiers stay partly hidden on screen). */
export interface OwnSummary {
  readonly fullName: string;
  readonly sex: 'M' | 'F';
  readonly dateOfBirth: string;
  readonly personalIdMasked: string;
  readonly socialInsuranceNoMasked: string | null;
  readonly phoneMasked: string | null;
  readonly address: { readonly street: string; readonly commune: string | null; readonly province: string | null };
  readonly status: string;
}

/** One participation period as shown to the person. */
export type OwnParticipation = Omit<ParticipationRow, 'id' | 'employerCode'> & { readonly employerCode: string | null };

/** A health card as shown to the person. */
export interface OwnCard {
  readonly cardCode: string;
  readonly groupCode: string;
  readonly registeredClinic: { readonly code: string; readonly name: string };
  readonly validFrom: string;
  readonly fiveYearsDate: string | null;
  readonly currentBenefitLevel: number | null;
}

/**
 * Masks all but the last `keep` characters.
 *
 * @param value - the identifier
 * @param keep - characters left visible at the end
 */
export function maskTail(value: string, keep: number): string {
  if (value.length <= keep) return '*'.repeat(value.length);
  return '*'.repeat(value.length - keep) + value.slice(-keep);
}

async function recordSelfRead(
  deps: OwnRecordsDeps,
  actor: CitizenActor,
  facts: RequestFacts,
  resource: AccessEvent['resource'],
  categories: readonly DataCategory[],
  fields: readonly string[],
): Promise<void> {
  const event: AccessEvent = {
    id: newId(),
    kind: 'access',
    time: deps.clock.now().toISOString(),
    requestId: facts.requestId,
    source: { ip: facts.ip, userAgent: facts.userAgent, system: 'khien' },
    actor: { type: 'citizen', accountId: actor.subject, sessionId: actor.sessionId },
    action: 'view',
    resource,
    subjects: [actor.personId],
    categories,
    fields,
    purpose: SELF_SERVICE_PURPOSE,
    grant: { type: 'citizen_self', id: actor.personId },
    outcome: 'allow',
    reason: 'ALLOW_CITIZEN_SELF',
  };
  try {
    await deps.recorder.record(event);
  } catch {
    // Fail closed (DESIGN.md invariant 2): no durable record, no data.
    throw new CitizenErrors.AUDIT_UNAVAILABLE();
  }
}

/**
 * Reads the person's summary.
 *
 * @param deps - database, clock, recorder
 * @param actor - the signed-in citizen
 * @param facts - request id and source
 * @returns the summary
 * @throws KHIEN_CITIZEN_NOT_INSURED when the person no longer exists; KHIEN_CITIZEN_AUDIT_UNAVAILABLE
 */
export async function readOwnSummary(deps: OwnRecordsDeps, actor: CitizenActor, facts: RequestFacts): Promise<OwnSummary> {
  const p = await readPerson(deps.db, actor.personId);
  if (!p) throw new CitizenErrors.NOT_INSURED();
  const summary: OwnSummary = {
    fullName: p.fullName,
    sex: p.sex,
    dateOfBirth: p.dateOfBirth,
    personalIdMasked: maskTail(p.personalId, 4),
    socialInsuranceNoMasked: p.socialInsuranceNo ? maskTail(p.socialInsuranceNo, 4) : null,
    phoneMasked: p.phone ? maskTail(p.phone, 3) : null,
    address: { street: p.street, commune: p.communeName, province: PROVINCE_BY_CODE.get(p.provinceCode)?.name ?? null },
    status: p.status,
  };
  await recordSelfRead(deps, actor, facts, 'person', ['identity', 'contact', 'address'], [
    'fullName', 'sex', 'dateOfBirth', 'personalId', 'socialInsuranceNo', 'phone', 'street', 'communeCode', 'provinceCode', 'status',
  ]);
  return summary;
}

/**
 * Reads the person's participation history, newest first.
 *
 * @param deps - database, clock, recorder
 * @param actor - the signed-in citizen
 * @param facts - request id and source
 * @throws KHIEN_CITIZEN_AUDIT_UNAVAILABLE
 */
export async function readOwnParticipation(deps: OwnRecordsDeps, actor: CitizenActor, facts: RequestFacts): Promise<OwnParticipation[]> {
  const rows = await listParticipation(deps.db, actor.personId);
  await recordSelfRead(deps, actor, facts, 'participation', ['employment'], [
    'fromMonth', 'toMonth', 'jobTitle', 'salaryBasis', 'allowances', 'insuranceTypes', 'contractType', 'employer',
  ]);
  return rows.map(({ id: _id, ...rest }) => rest);
}

/**
 * Reads the person's health cards with the benefit level in force today.
 *
 * @param deps - database, clock, recorder
 * @param actor - the signed-in citizen
 * @param facts - request id and source
 * @throws KHIEN_CITIZEN_AUDIT_UNAVAILABLE
 */
export async function readOwnCards(deps: OwnRecordsDeps, actor: CitizenActor, facts: RequestFacts): Promise<OwnCard[]> {
  const today = deps.clock.now().toISOString().slice(0, 10);
  const cards = await listCardsAt(deps.db, actor.personId, today);
  const out = cards.map((c) => ({
    cardCode: c.cardCode,
    groupCode: c.groupCode,
    registeredClinic: { code: c.registeredClinicCode, name: c.registeredClinicName },
    validFrom: c.validFrom,
    fiveYearsDate: c.fiveYearsDate,
    currentBenefitLevel: c.benefitLevel,
  }));
  await recordSelfRead(deps, actor, facts, 'card', ['health_insurance'], [
    'cardCode', 'groupCode', 'registeredClinic', 'validFrom', 'fiveYearsDate', 'benefitLevel',
  ]);
  return out;
}
