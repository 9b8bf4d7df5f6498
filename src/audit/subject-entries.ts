/**
 * What the citizen view needs from the audit log: one person's entries, newest first, honouring
 * withheld-until against a clock (Estonia's Data Tracker practice, anchors takeaway 8), and the inclusion proof
 * of an entry against the latest signed checkpoint, which the citizen's browser checks with `merkle-verify.ts`.
 */
import type { Database } from '../db/client.ts';
import type { Clock } from '../platform/clock.ts';
import { findEntries, findEntry, type StoredEntry } from './audit.repo.ts';
import { latestCheckpoint, type Checkpoint } from './checkpoint.ts';
import { buildInclusionProof } from './proofs.ts';
import type { InclusionProofJson } from './merkle-verify.ts';

/** Paging of {@link listSubjectEntries}. */
export interface SubjectEntriesPage {
  /** Only entries with seq strictly below this. */
  readonly before?: number;
  /** Page size (1–500, default 50). */
  readonly limit?: number;
  /** Only this kind (default: access events). */
  readonly kind?: 'access' | 'admin';
}

/**
 * Lists the entries naming a person among their subjects, newest first, leaving out those withheld until
 * after the clock's now.
 *
 * @param db - database
 * @param clock - time source
 * @param personId - internal registry id of the person
 * @param page - cursor and size
 * @returns the entries
 */
export async function listSubjectEntries(db: Database, clock: Clock, personId: string, page: SubjectEntriesPage = {}): Promise<StoredEntry[]> {
  const limit = Math.min(Math.max(page.limit ?? 50, 1), 500);
  return findEntries(db, { subjectId: personId, kind: page.kind ?? 'access', beforeSeq: page.before, visibleAt: clock.now().toISOString() }, limit);
}

/** An entry's inclusion proof with the checkpoint it is against. */
export interface EntryProof {
  readonly entry: StoredEntry;
  readonly checkpoint: Checkpoint;
  readonly proof: InclusionProofJson;
}

/**
 * The inclusion proof of an entry against the latest checkpoint.
 *
 * @param db - database
 * @param seq - the entry's sequence number
 * @returns the proof, or null when the entry does not exist, no checkpoint exists, or the latest checkpoint
 *   does not cover the entry yet (take one, or wait for the next periodic one)
 */
export async function proveEntryAgainstLatest(db: Database, seq: number): Promise<EntryProof | null> {
  const entry = await findEntry(db, seq);
  if (!entry) return null;
  const checkpoint = await latestCheckpoint(db);
  if (!checkpoint || checkpoint.treeSize < seq) return null;
  const proof = await buildInclusionProof(db, seq, checkpoint.treeSize, entry.leafHash, checkpoint.rootHash);
  return { entry, checkpoint, proof };
}
