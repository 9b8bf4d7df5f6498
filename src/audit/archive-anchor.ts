/**
 * Where verification starts once partitions have been archived and dropped (`archive.ts`): after the last
 * archived entry, anchored on the archive records (`audit_archives`) and, when given, on a manifest kept
 * outside.
 *
 * The archived ranges must be contiguous from entry 1 and each must chain from the one before (its starting
 * chain hash is the previous one's last). The anchor is the last one's end: its size, its last chain hash —
 * from which the first retained entry must chain — and the Merkle frontier at that size rebuilt from the
 * stored tree nodes (which stay), which must hash to the archive's root. From there `verifyChain` continues
 * as the incremental verifier does: leaves, links, stored nodes, and every stored signed checkpoint from that
 * size on, whose roots are recomputed through the retained entries — so a forged record or forged stored nodes
 * at the boundary fail on the signed roots. A manifest kept outside must agree with the database's record of
 * the same partition (a rewritten record is named `archive`).
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client.ts';
import { readNodes } from './audit.repo.ts';
import { itemAt } from '../platform/arrays.ts';
import { Frontier, frontierKeys, hexOf, nodeKeyId, type TreeNode } from './merkle-tree.ts';
import { parseManifest, type ArchiveManifest } from './archive-manifest.ts';
import type { ChainFault, VerifyReport } from './verify-chain.ts';

/** The starting point after the archives (the shape of `VerifyOptions.from`). */
export interface ArchiveAnchor {
  /** The log's size at the end of the last archive (its last seq). */
  readonly size: number;
  readonly frontier: Frontier;
  /** Chain hash of the last archived entry (hex). */
  readonly chainHash: string;
  /** The last archived partition. */
  readonly partition: string;
  /** How many partitions were archived and dropped. */
  readonly archives: number;
}

/** The anchor, none (nothing archived), or the fault that prevents one. */
export interface AnchorResult {
  readonly anchor: ArchiveAnchor | null;
  readonly fault: ChainFault | null;
}

type Num = string | number;

const fail = (fault: ChainFault): AnchorResult => ({ anchor: null, fault });

/**
 * Finds the anchor.
 *
 * @param db - database (read-only use)
 * @param manifest - a manifest kept outside, to check against the database's record
 * @returns the anchor (null when no partition was dropped), or a fault
 */
export async function archiveAnchor(db: Database, manifest?: ArchiveManifest): Promise<AnchorResult> {
  const rows = await queryRows<{ partition: string; from_seq: Num; last_seq: Num; file_sha256: string; prev_chain_hash: string; last_chain_hash: string; root_hash: string; manifest: string }>(
    db,
    sql`select partition, from_seq, last_seq, file_sha256, prev_chain_hash, last_chain_hash, root_hash, manifest from audit_archives where detached_at is not null order by from_seq`,
  );
  if (manifest && !rows.some((r) => r.partition === manifest.partition)) {
    return fail({ kind: 'archive', seq: manifest.fromSeq, detail: `the manifest's partition ${manifest.partition} is not recorded as archived and dropped in this database` });
  }
  if (rows.length === 0) return { anchor: null, fault: null };
  let expected = 1;
  let prevChain = '0'.repeat(64);
  for (const r of rows) {
    const from = Number(r.from_seq);
    const last = Number(r.last_seq);
    if (from !== expected) return fail({ kind: 'missing', seq: expected, detail: `entries ${expected}..${from - 1} left the database without an archive record` });
    if (r.prev_chain_hash !== prevChain) return fail({ kind: 'archive', seq: from, detail: `the archive of ${r.partition} does not chain from the archive before it` });
    let m: ArchiveManifest;
    try {
      m = parseManifest(r.manifest);
    } catch {
      return fail({ kind: 'archive', seq: from, detail: `the recorded manifest of ${r.partition} is unreadable` });
    }
    if (m.partition !== r.partition || m.fromSeq !== from || m.lastSeq !== last || m.lastChainHash !== r.last_chain_hash || m.merkle.rootHash !== r.root_hash || m.fileSha256 !== r.file_sha256 || m.prevChainHash !== r.prev_chain_hash) {
      return fail({ kind: 'archive', seq: from, detail: `the archive record of ${r.partition} differs from its recorded manifest` });
    }
    if (manifest && manifest.partition === r.partition) {
      if (manifest.fromSeq !== from || manifest.lastSeq !== last || manifest.lastChainHash !== r.last_chain_hash || manifest.merkle.rootHash !== r.root_hash || manifest.fileSha256 !== r.file_sha256) {
        return fail({ kind: 'archive', seq: from, detail: `the database's archive record of ${r.partition} differs from the manifest kept outside` });
      }
    }
    expected = last + 1;
    prevChain = r.last_chain_hash;
  }
  const end = itemAt(rows, rows.length - 1);
  const size = Number(end.last_seq);
  const keys = frontierKeys(size);
  const got = await readNodes(db, keys);
  const nodes: TreeNode[] = [];
  for (const k of keys) {
    const hash = got.get(nodeKeyId(k));
    if (!hash) return fail({ kind: 'tree', seq: size, detail: `stored Merkle node ${nodeKeyId(k)} (needed at the archive's end, size ${size}) is missing` });
    nodes.push({ ...k, hash });
  }
  const frontier = new Frontier(size, nodes);
  if (hexOf(frontier.root()) !== end.root_hash) {
    return fail({ kind: 'forked', seq: size, detail: `the stored Merkle nodes at size ${size} do not hash to the root of the archive of ${end.partition}` });
  }
  return { anchor: { size, frontier, chainHash: end.last_chain_hash, partition: end.partition, archives: rows.length }, fault: null };
}

/**
 * The report of a verification that could not start.
 *
 * @param fault - why
 * @returns an invalid report naming it
 */
export function unanchoredReport(fault: ChainFault): VerifyReport {
  return { ok: false, size: 0, rootHash: '', chainHash: '', faults: [fault], firstFault: fault, storedCheckpointsChecked: 0, checkpoint: null };
}
