/**
 * Incremental verification (issue 18, item 3): the daily check costs the day's entries, not the whole log.
 *
 * Starting point: a signed checkpoint — the latest stored one, or a checkpoint note an outside party kept. Its
 * Ed25519 signature is checked, then the Merkle frontier at its size is rebuilt from the stored tree nodes and
 * must hash to the signed root: that authenticates the frontier every later root and proof is built on (a
 * rewritten stored node there is named `forked`). From there every newer entry is streamed and checked
 * exactly as the full verification does (`verifyChain` with `from`): leaf, chain link, stored Merkle nodes,
 * newer stored checkpoints, and the final root — so the report proves that the current log extends the signed
 * one and that each new entry is intact.
 *
 * What it does not re-check: the bodies, leaves, inner nodes and chain links of the entries before the
 * checkpoint — an old body rewritten behind the checkpoint is found by the full run (`verifyChain`), which is
 * why the schedule keeps a periodic full run beside the daily incremental one. The chain hash of the checkpoint's last entry is taken from
 * the store; a forged one makes the first new entry fail its link, it cannot hide an altered new entry.
 *
 * After partitions were archived and dropped (`archive.ts`), a starting checkpoint inside the archived range
 * is replaced by the archives' end (`archive-anchor.ts`): the run covers every retained entry.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client.ts';
import { listCheckpoints, readNodes } from './audit.repo.ts';
import { GENESIS_CHAIN_HASH } from './appender.ts';
import { verifyCheckpointSignature, type Checkpoint } from './checkpoint.ts';
import { Frontier, frontierKeys, hexOf, nodeKeyId, type TreeNode } from './merkle-tree.ts';
import { verifyChain, type ChainFault, type VerifyOptions, type VerifyReport } from './verify-chain.ts';
import { archiveAnchor } from './archive-anchor.ts';
import type { ArchiveManifest } from './archive-manifest.ts';

/** The report of an incremental run: the full report's fields over the new entries, and where it started. */
export interface IncrementalReport extends VerifyReport {
  /** Size of the signed checkpoint it started from (0 when the log had none: a full run). */
  readonly fromSize: number;
  /** Entries streamed and checked in this run. */
  readonly entriesChecked: number;
}

/** Options of {@link verifyIncremental}. */
export interface IncrementalOptions extends Pick<VerifyOptions, 'pageSize' | 'maxFaults' | 'onProgress' | 'progressEvery'> {
  /** Raw Ed25519 public key of the checkpoints (required: an unsigned starting point proves nothing). */
  readonly publicKey: Uint8Array;
  /** Start from this checkpoint (a note kept outside) instead of the latest stored one. */
  readonly checkpoint?: Checkpoint;
  /** An archive manifest kept outside, checked against the database's archive record (`archive-anchor.ts`). */
  readonly archiveManifest?: ArchiveManifest;
}

const refused = (size: number, fault: ChainFault): IncrementalReport => ({
  ok: false,
  size,
  rootHash: '',
  chainHash: '',
  faults: [fault],
  firstFault: fault,
  storedCheckpointsChecked: 0,
  checkpoint: null,
  fromSize: fault.seq,
  entriesChecked: 0,
});

/**
 * Verifies the entries added since a signed checkpoint.
 *
 * @param db - database (read-only use)
 * @param opts - public key, optional outside checkpoint, tuning
 * @returns the report; `ok` false when the checkpoint does not verify, the log no longer extends it, or a new
 *   entry is faulty
 */
export async function verifyIncremental(db: Database, opts: IncrementalOptions): Promise<IncrementalReport> {
  // Partitions archived and dropped: never start before their end (their entries are no longer here).
  const { anchor, fault } = await archiveAnchor(db, opts.archiveManifest);
  if (fault) return refused(fault.seq, fault);
  const fromAnchor = async (): Promise<IncrementalReport> => {
    const r = await verifyChain(db, { ...opts, checkpoint: undefined, from: anchor ?? undefined });
    return { ...r, fromSize: anchor?.size ?? 0, entriesChecked: r.size - (anchor?.size ?? 0) };
  };
  const start = opts.checkpoint ?? (await listCheckpoints(db, 1))[0];
  if (!start) return fromAnchor();
  const m = start.treeSize;
  if (!verifyCheckpointSignature(start, opts.publicKey)) {
    return refused(m, { kind: 'checkpoint', seq: m, detail: `the checkpoint of size ${m} to start from has an invalid signature` });
  }
  // A checkpoint inside the archived range: start from the archives' end, which every later signed
  // checkpoint must then extend.
  if (anchor && m <= anchor.size) return fromAnchor();
  const [head] = await queryRows<{ size: number; chain_hash: string | null }>(
    db,
    sql`select (select coalesce(max(seq), 0) from audit_entries)::bigint as size, (select chain_hash from audit_entries where seq = ${m}) as chain_hash`,
  );
  const size = Number(head?.size ?? 0);
  if (size < m) return refused(size, { kind: 'truncated', seq: size + 1, detail: `the signed checkpoint covers ${m} entries but the log holds ${size}` });
  const keys = frontierKeys(m);
  const got = await readNodes(db, keys);
  const nodes: TreeNode[] = [];
  for (const k of keys) {
    const hash = got.get(nodeKeyId(k));
    if (!hash) return refused(m, { kind: 'tree', seq: m, detail: `stored Merkle node ${nodeKeyId(k)} (needed at size ${m}) is missing` });
    nodes.push({ ...k, hash });
  }
  const frontier = new Frontier(m, nodes);
  if (hexOf(frontier.root()) !== start.rootHash) {
    return refused(m, { kind: 'forked', seq: m, detail: `the first ${m} entries are not those the checkpoint of ${start.time} signed: the log was rewritten` });
  }
  const chainHash = m === 0 ? hexOf(GENESIS_CHAIN_HASH) : head?.chain_hash;
  if (!chainHash) return refused(m, { kind: 'missing', seq: m, detail: `entry ${m} (the checkpoint's last) is missing` });
  const report = await verifyChain(db, { ...opts, checkpoint: undefined, publicKey: opts.publicKey, from: { size: m, frontier, chainHash } });
  return { ...report, fromSize: m, entriesChecked: report.size - m };
}
