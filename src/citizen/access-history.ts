/**
 * "Who accessed my data and why" (anchors.md row 11): every allowed access to the signed-in person's data,
 * newest first, with the unit (never the staff member), the purpose, the kinds of data, break-glass or the
 * external organisation and its agreement, and an inclusion proof against the latest signed checkpoint.
 * Accesses withheld for an inspection or investigation are left out until their date.
 */
import type { Database } from '../db/client.ts';
import type { AccessAction, AccessEvent, DataCategory } from '../events/types.ts';
import type { Clock } from '../platform/clock.ts';
import type { CitizenAuditSource, SignedCheckpoint, SubjectAuditEntry } from './audit-source.ts';
import type { CitizenDirectory } from './citizen-ports.ts';
import { listActiveWithholdingsFor, listDisputesFor, listEndedWithholdingsFor } from './citizen.repo.ts';
import { ACTION_LABELS, CATEGORY_LABELS, type Label } from './labels.ts';
import { wasWithheldUntil, withheldUntil, type WithholdingRule } from './withholding.ts';

/** One access as shown to the person. */
export interface AccessItem {
  readonly seq: number;
  readonly time: string;
  readonly action: { readonly code: AccessAction } & Label;
  readonly resource: AccessEvent['resource'];
  readonly actorKind: 'staff' | 'external' | 'system';
  readonly unit: { readonly id: string; readonly name: string | null } | null;
  readonly organisation: { readonly name: string | null; readonly agreementId: string } | null;
  /** The business application the access was made in, when not Khiên itself (decision service, mapped logs). */
  readonly application: { readonly system: string; readonly name: string | null } | null;
  readonly purpose: ({ readonly code: string } & Label) | null;
  readonly categories: Array<{ readonly code: DataCategory } & Label>;
  readonly breakGlass: boolean;
  readonly disputed: boolean;
  /** The person's report about it and the state of the case it opened, if reported. */
  readonly dispute: { readonly reference: string; readonly reportedAt: string; readonly caseStatus: string | null } | null;
  /** When it was withheld from the person (an inspection or investigation) until a date now passed. */
  readonly withheldUntil: string | null;
  /** Inclusion proof against the page's checkpoint, or null when the entry is newer than it. */
  readonly proof: { readonly leafIndex: number; readonly leafHash: string; readonly path: string[] } | null;
}

/** A page of accesses. */
export interface AccessPage {
  readonly items: AccessItem[];
  /** Cursor for the next (older) page, or null at the end. */
  readonly nextBefore: number | null;
  readonly checkpoint: SignedCheckpoint | null;
}

/** What the history needs. */
export interface AccessHistoryDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly audit: CitizenAuditSource;
  readonly directory: CitizenDirectory;
}

/**
 * Loads the withholding rules that may apply to a person now.
 *
 * @param db - database
 * @param personId - the person
 * @param now - time of the read
 */
export async function loadRules(db: Database, personId: string, now: Date): Promise<WithholdingRule[]> {
  return listActiveWithholdingsFor(db, personId, now);
}

/**
 * Tells whether an entry is shown to the person now: an allowed access by someone else, naming the person,
 * not withheld.
 *
 * @param entry - the audit entry
 * @param personId - the person looking
 * @param rules - withholding rules in force
 * @param now - time of the read
 */
export function isVisibleTo(entry: SubjectAuditEntry, personId: string, rules: readonly WithholdingRule[], now: Date): boolean {
  const e = entry.event;
  if (e.kind !== 'access' || e.outcome !== 'allow') return false;
  if (!e.subjects.includes(personId)) return false;
  if (e.actor.type === 'citizen') return false;
  return withheldUntil(e, personId, rules, now) === null;
}

const SCAN_ROUNDS = 20;

/**
 * Lists the accesses to a person's data, newest first.
 *
 * @param deps - database, clock, audit source, directory
 * @param personId - the signed-in person (never taken from the request)
 * @param page - cursor (`before` a sequence number) and size
 * @returns the page with proofs against the latest checkpoint
 */
export async function listAccessHistory(
  deps: AccessHistoryDeps,
  personId: string,
  page: { before?: number; limit: number; from?: Date; to?: Date },
): Promise<AccessPage> {
  const now = deps.clock.now();
  const rules = await loadRules(deps.db, personId, now);
  const fromT = page.from?.getTime() ?? Number.NEGATIVE_INFINITY;
  const toT = page.to?.getTime() ?? Number.POSITIVE_INFINITY;
  let reachedStart = false;
  const visible: SubjectAuditEntry[] = [];
  let cursor = page.before;
  // Filtering (own reads, denials, withheld entries) can thin a batch out: scan on, within a bound.
  let nextBefore: number | null = null;
  for (let round = 0; round < SCAN_ROUNDS; round++) {
    const want = Math.max(page.limit * 2, 20);
    const batch = await deps.audit.listForSubject(personId, { before: cursor, limit: want, now });
    let full = false;
    for (const entry of batch) {
      cursor = entry.seq;
      const at = new Date(entry.event.time).getTime();
      // Newest first: once before the period's start, nothing older is in it.
      if (at < fromT) {
        reachedStart = true;
        break;
      }
      if (at <= toT && isVisibleTo(entry, personId, rules, now)) visible.push(entry);
      if (visible.length === page.limit) {
        full = true;
        break;
      }
    }
    if (reachedStart) break;
    if (full) {
      nextBefore = cursor ?? null;
      break;
    }
    if (batch.length < want) break;
    if (round === SCAN_ROUNDS - 1) nextBefore = cursor ?? null;
  }

  const checkpoint = await deps.audit.latestCheckpoint();
  const disputes = await listDisputesFor(deps.db, personId, visible.map((v) => v.seq));
  const ended = await listEndedWithholdingsFor(deps.db, personId, now);
  const items: AccessItem[] = [];
  for (const entry of visible) {
    let proof: AccessItem['proof'] = null;
    if (checkpoint && entry.leafIndex < checkpoint.treeSize) {
      const path = await deps.audit.inclusionPath(entry.leafIndex, checkpoint.treeSize);
      proof = { leafIndex: entry.leafIndex, leafHash: entry.leafHash, path: [...path] };
    }
    const d = disputes.get(entry.seq);
    const dispute = d
      ? { reference: d.reference, reportedAt: d.createdAt.toISOString(), caseStatus: d.caseId ? await deps.directory.caseStatus(d.caseId) : null }
      : null;
    const was = entry.event.kind === 'access' ? wasWithheldUntil(entry.event, personId, ended, now) : null;
    items.push({ ...(await presentAccess(entry, deps.directory, dispute !== null, proof)), dispute, withheldUntil: was?.toISOString() ?? null });
  }
  return { items, nextBefore, checkpoint };
}

/**
 * Presents one access for the person: the unit's name but never the staff member's, the purpose and
 * categories with labels, break-glass and the external organisation.
 *
 * @param entry - the audit entry
 * @param directory - names of units, purposes and agreements
 * @param disputed - whether the person already reported it
 * @param proof - its inclusion proof, if covered by the checkpoint
 */
export async function presentAccess(
  entry: SubjectAuditEntry,
  directory: CitizenDirectory,
  disputed: boolean,
  proof: AccessItem['proof'],
): Promise<AccessItem> {
  const e = entry.event;
  const unitId = e.actor.type === 'staff' ? e.actor.unitId ?? null : null;
  const agreementId = e.actor.type === 'external' ? e.actor.agreementId ?? (e.grant?.type === 'agreement' ? e.grant.id : null) : null;
  const purposeLabel = e.purpose ? await directory.purposeLabel(e.purpose) : null;
  return {
    seq: entry.seq,
    time: e.time,
    action: { code: e.action, ...ACTION_LABELS[e.action] },
    resource: e.resource,
    actorKind: e.actor.type === 'citizen' ? 'system' : e.actor.type,
    unit: unitId ? { id: unitId, name: await directory.unitName(unitId) } : null,
    organisation: agreementId ? { agreementId, name: (await directory.agreement(agreementId))?.organisation ?? null } : null,
    application: e.source.system && e.source.system !== 'khien' ? { system: e.source.system, name: e.source.systemName ?? null } : null,
    purpose: e.purpose ? { code: e.purpose, vi: purposeLabel?.vi ?? e.purpose, en: purposeLabel?.en ?? e.purpose } : null,
    categories: e.categories.map((c) => ({ code: c, ...(CATEGORY_LABELS[c] ?? { vi: c, en: c }) })),
    breakGlass: e.grant?.type === 'break_glass',
    disputed,
    dispute: null,
    withheldUntil: null,
    proof,
  };
}
