/**
 * Types of the browser-side verifier `verify-proof.js` (plain JavaScript so that it is served as is).
 */

/** An inclusion proof against a given tree. */
export interface InclusionProofInput {
  readonly leafIndex: number;
  readonly treeSize: number;
  readonly leafHash: string;
  readonly path: readonly string[];
  readonly rootHash: string;
}

/** A signed checkpoint as served. */
export interface CheckpointInput {
  readonly treeSize: number;
  readonly rootHash: string;
  readonly text: string;
  readonly signature: string;
  readonly publicKey: string;
}

/** One page of the citizen's accesses, as far as the verifier needs it. */
export interface AccessPageInput {
  readonly checkpoint: CheckpointInput | null;
  readonly items: ReadonlyArray<{
    readonly seq: number;
    readonly proof: { readonly leafIndex: number; readonly leafHash: string; readonly path: readonly string[] } | null;
  }>;
}

/** Verifies an RFC 9162 inclusion proof. */
export function verifyInclusion(proof: InclusionProofInput): Promise<boolean>;
/** Verifies a checkpoint's Ed25519 signature and that its text states its size and root. */
export function verifyCheckpoint(checkpoint: CheckpointInput): Promise<boolean>;
/** Verifies a page: the checkpoint, then each entry (null when not yet covered). */
export function verifyAccessPage(page: AccessPageInput): Promise<{ checkpoint: boolean; entries: Record<number, boolean | null> }>;
