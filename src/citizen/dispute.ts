/**
 * "Tôi không nhận ra truy cập này / I don't recognise this access": the person reports an access shown to
 * them; a case opens for the security officer of the unit that made it (anchors.md row 11). One report per
 * person and entry: repeating the request returns the same reference.
 */
import crypto from 'node:crypto';
import type { Database } from '../db/client.ts';
import type { AdminEvent, EventRecorder } from '../events/types.ts';
import type { Clock } from '../platform/clock.ts';
import { newId } from '../platform/ids.ts';
import type { CitizenActor } from '../actors/citizen-actor.ts';
import type { CitizenAuditSource } from './audit-source.ts';
import type { OpenCitizenCase } from './citizen-ports.ts';
import { CitizenErrors } from './citizen.errors.ts';
import { findDispute, insertDisputeOnce, setDisputeCase } from './citizen.repo.ts';
import { isVisibleTo, loadRules } from './access-history.ts';

/** What reporting needs. */
export interface DisputeDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly audit: CitizenAuditSource;
  readonly recorder: EventRecorder;
  /** Opens the case; absent until `respond/` is wired, then the stored report is the record. */
  readonly openCase: OpenCitizenCase | null;
  /** Reports a failure to open the case (logged by type only). */
  readonly onCaseError?: (err: unknown) => void;
}

/** The outcome of a report. */
export interface DisputeResult {
  readonly reference: string;
  readonly caseId: string | null;
  /** False when the person had already reported this access. */
  readonly created: boolean;
}

const REF_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A short reference a person can quote on the phone, e.g. `PA-7K3QX9M2`. */
export function newDisputeReference(): string {
  const bytes = crypto.randomBytes(8);
  let s = '';
  for (const b of bytes) s += REF_ALPHABET[b % REF_ALPHABET.length];
  return `PA-${s}`;
}

/**
 * Reports an access the person does not recognise.
 *
 * @param deps - database, clock, audit source, recorder, case opener
 * @param actor - the signed-in citizen
 * @param seq - sequence number of the access entry
 * @param note - optional note from the person (never logged)
 * @param requestId - request id for the recorded event
 * @returns the reference, the case id when a case was opened, and whether this call created the report
 * @throws KHIEN_CITIZEN_ACCESS_NOT_FOUND when the entry does not exist, is not about this person, or is withheld
 */
export async function reportUnrecognisedAccess(
  deps: DisputeDeps,
  actor: CitizenActor,
  seq: number,
  note: string | null,
  requestId: string,
): Promise<DisputeResult> {
  const now = deps.clock.now();
  const entry = await deps.audit.getEntry(seq);
  // Another person's entry, a withheld one and a missing one look the same (STYLE.md rule 24).
  if (!entry || !isVisibleTo(entry, actor.personId, await loadRules(deps.db, actor.personId, now), now)) {
    throw new CitizenErrors.ACCESS_NOT_FOUND();
  }
  const existing = await findDispute(deps.db, actor.personId, seq);
  if (existing) return { reference: existing.reference, caseId: existing.caseId, created: false };

  const unitId = entry.event.actor.type === 'staff' ? entry.event.actor.unitId ?? null : null;
  const id = newId();
  const reference = newDisputeReference();
  const inserted = await insertDisputeOnce(deps.db, {
    id,
    reference,
    personId: actor.personId,
    auditSeq: seq,
    unitId,
    note: note && note.trim() ? note.trim() : null,
    createdAt: now,
  });
  if (!inserted) {
    const raced = await findDispute(deps.db, actor.personId, seq);
    if (raced) return { reference: raced.reference, caseId: raced.caseId, created: false };
  }
  const event: AdminEvent = {
    id: newId(),
    kind: 'admin',
    time: now.toISOString(),
    requestId,
    source: { system: 'khien' },
    actor: { type: 'citizen', accountId: actor.subject, sessionId: actor.sessionId },
    action: 'citizen.dispute',
    target: { type: 'audit_entry', id: String(seq) },
    after: { reference, unitId },
    outcome: 'success',
  };
  await deps.recorder.record(event).catch((err: unknown) => deps.onCaseError?.(err));

  let caseId: string | null = null;
  if (deps.openCase) {
    try {
      caseId = (await deps.openCase({ personId: actor.personId, auditSeq: seq, unitId, note: note?.trim() || null })).caseId;
      await setDisputeCase(deps.db, id, caseId);
    } catch (err) {
      // The stored report remains; the security team sees it in `citizen_disputes`.
      deps.onCaseError?.(err);
    }
  }
  return { reference, caseId, created: true };
}
