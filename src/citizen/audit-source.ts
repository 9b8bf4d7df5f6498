/**
 * The port through which the citizen view reads the audit log (DESIGN.md: citizen → audit). The audit module
 * provides the real implementation; {@link ./memory-audit-log.ts} is an in-memory stand-in for unit tests.
 *
 * Hashes are lowercase hex; the Merkle tree is RFC 6962/9162's (leaf = SHA-256(0x00 ‖ canonical body),
 * node = SHA-256(0x01 ‖ left ‖ right)). The citizen never receives an entry's body, which names the staff
 * account: only its leaf hash, which is enough to check that the entry is in the signed log.
 */
import type { AccessEvent } from '../events/types.ts';

/** One audit entry about a person, as the citizen view needs it. */
export interface SubjectAuditEntry {
  /** Sequence number of the entry in the log. */
  readonly seq: number;
  /** 0-based position of the entry's leaf in the Merkle tree. */
  readonly leafIndex: number;
  /** RFC 6962 leaf hash of the entry (hex). */
  readonly leafHash: string;
  /** The recorded access event. */
  readonly event: AccessEvent;
}

/** A signed checkpoint (tree head) of the audit log. */
export interface SignedCheckpoint {
  readonly treeSize: number;
  /** Merkle root (hex). */
  readonly rootHash: string;
  /** ISO time of the checkpoint. */
  readonly time: string;
  readonly keyId: string;
  /** The exact signed text (the bytes the signature covers). */
  readonly text: string;
  /** The whole signed note, as exported to outside parties to keep (when the store has one). */
  readonly note?: string;
  /** Ed25519 signature over the UTF-8 bytes of `text` (base64). */
  readonly signature: string;
  /** Ed25519 public key (base64 of the raw 32 bytes, or of an SPKI DER). */
  readonly publicKey: string;
}

/** Paging of {@link CitizenAuditSource.listForSubject}. */
export interface SubjectPage {
  /** Only entries with `seq` strictly below this. */
  readonly before?: number;
  readonly limit: number;
  /** Entries whose own `withheldUntil` is after this time are left out. */
  readonly now: Date;
}

/** Reads the audit log for the citizen view. */
export interface CitizenAuditSource {
  /**
   * Lists the access entries naming a person among their subjects, newest first.
   *
   * @param personId - internal registry id of the person
   * @param page - cursor, size and the time used for withheld-until
   * @returns at most `limit` entries
   */
  listForSubject(personId: string, page: SubjectPage): Promise<readonly SubjectAuditEntry[]>;
  /**
   * Reads one access entry by sequence number (any subject; the caller checks ownership).
   *
   * @returns the entry, or null when absent or not an access entry
   */
  getEntry(seq: number): Promise<SubjectAuditEntry | null>;
  /** The latest signed checkpoint, or null when none has been made yet. */
  latestCheckpoint(): Promise<SignedCheckpoint | null>;
  /**
   * The audit path of a leaf in the tree of a given size (leaf side first, hex).
   *
   * @param leafIndex - 0-based leaf position, below `treeSize`
   * @param treeSize - size of the checkpointed tree
   */
  inclusionPath(leafIndex: number, treeSize: number): Promise<readonly string[]>;
}
