/**
 * Withholding of accesses from the citizen view. An access made for an inspection or an investigation can be
 * hidden from the person until a date set by an authorised person (anchors.md takeaway 8; Estonia's Data
 * Tracker discloses covert queries later). The audit entry itself is never changed: the decision is either
 * carried by the event (`withheldUntil`) or kept as a rule in `citizen_withholdings`, and applied on read.
 */
import type { AccessEvent } from '../events/types.ts';

/** A withholding rule as the filter needs it. */
export interface WithholdingRule {
  readonly subjectPersonId: string | null;
  readonly purpose: string | null;
  readonly accessedFrom: Date | null;
  readonly accessedTo: Date | null;
  readonly withheldUntil: Date;
  readonly liftedAt: Date | null;
  /** When the decision was made (a decision lifted the moment it was made hid nothing). */
  readonly createdAt?: Date;
}

/**
 * Tells whether one access is hidden from a person at a given time.
 *
 * @param event - the recorded access
 * @param personId - the person looking
 * @param rules - withholding rules (any; those not matching are ignored)
 * @param now - the time of the read
 * @returns the date until which it is withheld, or null when it is visible now
 */
export function withheldUntil(event: AccessEvent, personId: string, rules: readonly WithholdingRule[], now: Date): Date | null {
  const t = now.getTime();
  let until: Date | null = null;
  const consider = (d: Date): void => {
    if (d.getTime() > t && (!until || d.getTime() > until.getTime())) until = d;
  };
  if (event.withheldUntil) {
    const d = new Date(event.withheldUntil);
    if (!Number.isNaN(d.getTime())) consider(d);
  }
  const at = new Date(event.time).getTime();
  for (const r of rules) {
    if (r.liftedAt && r.liftedAt.getTime() <= t) continue;
    if (r.subjectPersonId !== null && r.subjectPersonId !== personId) continue;
    if (r.purpose !== null && r.purpose !== event.purpose) continue;
    if (r.subjectPersonId === null && r.purpose === null) continue;
    if (r.accessedFrom && at < r.accessedFrom.getTime()) continue;
    if (r.accessedTo && at >= r.accessedTo.getTime()) continue;
    consider(r.withheldUntil);
  }
  return until;
}

/**
 * Tells until when an access now shown had been withheld from the person: the latest end, already passed, of
 * the event's own date and of the decisions that matched it (a decision lifted early ends when lifted).
 *
 * @param event - the recorded access
 * @param personId - the person looking
 * @param rules - decisions naming the person or by purpose, including ended ones
 * @param now - the time of the read
 * @returns the end of the withholding, or null when the access was never withheld
 */
export function wasWithheldUntil(event: AccessEvent, personId: string, rules: readonly WithholdingRule[], now: Date): Date | null {
  const t = now.getTime();
  const at = new Date(event.time).getTime();
  let until: Date | null = null;
  // Ended by now, and after the access was made (a decision that ended before it never hid it).
  const consider = (d: Date): void => {
    if (d.getTime() <= t && d.getTime() > at && (!until || d.getTime() > until.getTime())) until = d;
  };
  if (event.withheldUntil) {
    const d = new Date(event.withheldUntil);
    if (!Number.isNaN(d.getTime())) consider(d);
  }
  for (const r of rules) {
    if (r.subjectPersonId !== null && r.subjectPersonId !== personId) continue;
    if (r.purpose !== null && r.purpose !== event.purpose) continue;
    if (r.subjectPersonId === null && r.purpose === null) continue;
    if (r.accessedFrom && at < r.accessedFrom.getTime()) continue;
    if (r.accessedTo && at >= r.accessedTo.getTime()) continue;
    const end = r.liftedAt && r.liftedAt.getTime() < r.withheldUntil.getTime() ? r.liftedAt : r.withheldUntil;
    if (r.createdAt && end.getTime() <= r.createdAt.getTime()) continue;
    consider(end);
  }
  return until;
}
