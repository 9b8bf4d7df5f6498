/**
 * The browser's own check of an audit entry's inclusion proof (issue 13, item 4): the leaf hash recomputed from
 * the entry's canonical body, the RFC 9162 Merkle path to the checkpoint's root — with the server's own
 * browser-safe verifier (`src/audit/merkle-verify.ts`, the algorithm the citizen view and the CLI use) — and the
 * checkpoint's Ed25519 signature over its signed-note body (`src/audit/checkpoint.ts` `checkpointNoteBody`),
 * checked here with @noble/ed25519 against the published public key. Nothing of the server's verdict is trusted.
 */
import { verifyAsync } from '@noble/ed25519';
import { verifyEntryInclusion } from '../../../../src/audit/merkle-verify.ts';
import { fromBase64, fromHex, toBase64, utf8 } from '../../../../src/audit/bytes.ts';

/** What the proof route returns (the parts the check reads). */
export interface ProofBundle {
  readonly entry: { readonly body: string; readonly leafHash: string };
  readonly checkpoint: { readonly origin: string; readonly treeSize: number; readonly rootHash: string; readonly time: string; readonly signature: string };
  readonly proof: { readonly leafIndex: number; readonly treeSize: number; readonly leafHash: string; readonly path: readonly string[]; readonly rootHash: string };
}

/** The result of each step. */
export interface ProofCheck {
  /** SHA-256(0x00 ‖ body) equals the leaf hash and the path leads to the checkpoint's root. */
  readonly inclusion: boolean;
  /** The proof is against the checkpoint shown (same size and root). */
  readonly matchesCheckpoint: boolean;
  /** The checkpoint's signature verifies with the public key. */
  readonly signature: boolean;
  readonly verified: boolean;
}

/**
 * The signed body of a checkpoint note (the same text `checkpointNoteBody` signs on the server).
 *
 * @param c - origin, size, root (hex), time
 * @returns the body, ending in a newline
 */
export function checkpointNoteBody(c: ProofBundle['checkpoint']): string {
  return `${c.origin}\n${c.treeSize}\n${toBase64(fromHex(c.rootHash))}\n${c.time}\n`;
}

/**
 * Checks an entry's proof and its checkpoint in the browser.
 *
 * @param bundle - entry, checkpoint and proof as served
 * @param publicKeyBase64 - the raw 32-byte Ed25519 verifier key, base64
 * @returns each step's result
 */
export async function checkEntryProof(bundle: ProofBundle, publicKeyBase64: string): Promise<ProofCheck> {
  const inclusion = verifyEntryInclusion(bundle.entry.body, bundle.proof);
  const matchesCheckpoint = bundle.proof.treeSize === bundle.checkpoint.treeSize && bundle.proof.rootHash.toLowerCase() === bundle.checkpoint.rootHash.toLowerCase();
  let signature = false;
  try {
    signature = await verifyAsync(fromBase64(bundle.checkpoint.signature), utf8(checkpointNoteBody(bundle.checkpoint)), fromBase64(publicKeyBase64));
  } catch {
    signature = false;
  }
  return { inclusion, matchesCheckpoint, signature, verified: inclusion && matchesCheckpoint && signature };
}
