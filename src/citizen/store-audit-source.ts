/**
 * The {@link CitizenAuditSource} over the real audit store (`src/audit/`): entries by subject from the indexed
 * columns (withheld-until honoured in the query), the latest signed checkpoint in its signed-note form, and
 * inclusion proofs from the stored tree nodes.
 */
import type { Database } from '../db/client.ts';
import type { AccessEvent } from '../events/types.ts';
import { findEntry, type StoredEntry } from '../audit/audit.repo.ts';
import { listSubjectEntries } from '../audit/subject-entries.ts';
import { checkpointNoteBody, formatCheckpointNote, latestCheckpoint } from '../audit/checkpoint.ts';
import { buildInclusionProof } from '../audit/proofs.ts';
import type { CitizenAuditSource, SignedCheckpoint, SubjectAuditEntry } from './audit-source.ts';

function toEntry(row: StoredEntry): SubjectAuditEntry | null {
  if (row.kind !== 'access') return null;
  let event: AccessEvent;
  try {
    event = JSON.parse(row.body) as AccessEvent;
  } catch {
    return null;
  }
  if (event.kind !== 'access' || !Array.isArray(event.subjects)) return null;
  return { seq: row.seq, leafIndex: row.seq - 1, leafHash: row.leafHash, event };
}

/**
 * Creates the source.
 *
 * @param db - the database
 * @param publicKey - the raw 32-byte Ed25519 public key of the checkpoint signing key (read when first needed)
 * @returns the audit source
 */
export function createStoreAuditSource(db: Database, publicKey: () => Uint8Array): CitizenAuditSource {
  return {
    async listForSubject(personId, page) {
      const at = { now: () => page.now };
      const rows = await listSubjectEntries(db, at, personId, { before: page.before, limit: Math.min(page.limit, 500), kind: 'access' });
      return rows.map(toEntry).filter((e): e is SubjectAuditEntry => e !== null);
    },
    async getEntry(seq) {
      const row = await findEntry(db, seq);
      return row ? toEntry(row) : null;
    },
    async latestCheckpoint(): Promise<SignedCheckpoint | null> {
      const c = await latestCheckpoint(db);
      if (!c) return null;
      return {
        treeSize: c.treeSize,
        rootHash: c.rootHash,
        time: c.time,
        keyId: c.keyId,
        // The signature covers the note body exactly; the whole note is what an outside party keeps.
        text: checkpointNoteBody(c),
        note: formatCheckpointNote(c),
        signature: c.signature,
        publicKey: Buffer.from(publicKey()).toString('base64'),
      };
    },
    async inclusionPath(leafIndex, treeSize) {
      const row = await findEntry(db, leafIndex + 1);
      if (!row) return [];
      const proof = await buildInclusionProof(db, leafIndex + 1, treeSize, row.leafHash, '');
      return proof.path;
    },
  };
}
