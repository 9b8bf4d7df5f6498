/**
 * Verifies the whole audit log from its bodies (DESIGN.md invariant 3): streams every entry in sequence order,
 * recomputes each leaf hash, chain hash and Merkle node from the canonical bodies alone, and names the first
 * altered, missing, inserted or reordered entry. It also checks the stored tree nodes and checkpoints, and —
 * given a checkpoint file an outside party kept — that the current log still extends it; a forger who rewrites
 * the whole log and recomputes every hash is caught only that way (anchors takeaway 7).
 */
import type { Database } from '../db/client.ts';
import { listCheckpoints, readNodesEndingIn, readNodesExtent } from './audit.repo.ts';
import { GENESIS_CHAIN_HASH } from './appender.ts';
import { Frontier, bytesOfHex, hexOf, nodeKeyId } from './merkle-tree.ts';
import { openEntryStream, type LeanEntry } from './entry-stream.ts';
import { EntryScratch, chainOfEntry, leafOfEntry } from './entry-hash.ts';
import { verifyCheckpointSignature, type Checkpoint } from './checkpoint.ts';
import { buildConsistencyProof, readTreeHead } from './proofs.ts';
import { verifyConsistency } from './merkle-verify.ts';

/** Kinds of fault the verifier names. */
export type FaultKind = 'altered' | 'missing' | 'inserted' | 'reordered' | 'truncated' | 'tree' | 'checkpoint' | 'forked' | 'archive';

/** One fault, located by sequence number. */
export interface ChainFault {
  readonly kind: FaultKind;
  readonly seq: number;
  /** English detail (the report adds the Vietnamese). */
  readonly detail: string;
}

/** Result of checking an outside checkpoint. */
export interface CheckpointCheck {
  readonly treeSize: number;
  /** Null when no public key was given. */
  readonly signatureValid: boolean | null;
  /** Root recomputed from the bodies at that size equals the checkpoint's. */
  readonly consistent: boolean;
  /** A consistency proof built from the stored nodes verifies against the checkpoint. */
  readonly proofValid: boolean;
}

/** The verification report. */
export interface VerifyReport {
  readonly ok: boolean;
  readonly size: number;
  /** Root recomputed from the bodies. */
  readonly rootHash: string;
  readonly chainHash: string;
  readonly faults: readonly ChainFault[];
  readonly firstFault: ChainFault | null;
  readonly storedCheckpointsChecked: number;
  readonly checkpoint: CheckpointCheck | null;
}

/** Options of {@link verifyChain}. */
export interface VerifyOptions {
  /** An earlier checkpoint kept outside. */
  readonly checkpoint?: Checkpoint;
  /** Raw Ed25519 public key to check signatures with. */
  readonly publicKey?: Uint8Array;
  readonly pageSize?: number;
  /** Entries looked ahead to tell reordering from insertion (default 1000). */
  readonly window?: number;
  /** Faults kept in the report (default 50). */
  readonly maxFaults?: number;
  /** Called every `progressEvery` entries with the number verified so far (a background job's progress). */
  readonly onProgress?: (verified: number) => void | Promise<void>;
  /** Entries between progress calls (default 5000). */
  readonly progressEvery?: number;
  /**
   * Start after this point instead of the first entry (incremental verification, `verify-incremental.ts`):
   * the log's size there, the Merkle frontier at that size and the chain hash of its last entry, all already
   * authenticated by the caller. Stored checkpoints of smaller sizes are not checked.
   */
  readonly from?: { readonly size: number; readonly frontier: Frontier; readonly chainHash: string };
}

const faultScratch = new EntryScratch();
/** Whether `row` chains from the chain hash `prev` (hex): used only to name a fault. */
const links = (prev: string, row: LeanEntry): boolean => hexOf(chainOfEntry(faultScratch.load(row.body), bytesOfHex(prev))) === row.chainHash;

/** Numeric key of a node address (levels < 64, indexes < 2^46). */
const nodeKeyNum = (level: number, index: number): number => index * 64 + level;

/**
 * Verifies the log.
 *
 * @param db - database (read-only use)
 * @param opts - outside checkpoint, public key, tuning
 * @returns the report; `ok` is false when any fault was found
 */
export async function verifyChain(db: Database, opts: VerifyOptions = {}): Promise<VerifyReport> {
  const pageSize = opts.pageSize ?? 20_000;
  const window = opts.window ?? 1000;
  const maxFaults = opts.maxFaults ?? 50;
  const progressEvery = opts.progressEvery ?? 5000;
  let verifiedCount = 0;
  const faults: ChainFault[] = [];
  const add = (f: ChainFault): void => {
    if (faults.length < maxFaults) faults.push(f);
  };

  const startSize = opts.from?.size ?? 0;
  const stored = (await listCheckpoints(db, 10_000)).filter((c) => c.treeSize >= startSize);
  const wantedRoots = new Set<number>(stored.map((c) => c.treeSize));
  if (opts.checkpoint) wantedRoots.add(opts.checkpoint.treeSize);
  const rootsAt = new Map<number, string>();
  const frontier = opts.from ? opts.from.frontier.clone() : new Frontier();
  if (wantedRoots.has(startSize)) rootsAt.set(startSize, hexOf(frontier.root()));

  const scratch = new EntryScratch();
  // Look-ahead queue: rows [head, buf.length) are not yet verified (an index, not shift(): pages are large).
  let buf: LeanEntry[] = [];
  let head = 0;
  let exhausted = false;
  let expected = startSize + 1;
  let prev = opts.from?.chainHash ?? hexOf(GENESIS_CHAIN_HASH);
  let prevBytes: Uint8Array = bytesOfHex(prev);
  let prev2: string | null = null;
  let treeFaultReported = false;
  let prevFaulted = false;
  const history: LeanEntry[] = [];
  let storedNodes = new Map<number, string>();
  let nodesLoadedTo = 0;

  const stream = await openEntryStream(db, pageSize, startSize);
  try {
    const fill = async (need: number): Promise<void> => {
      while (!exhausted && buf.length - head < need) {
        const page = await stream.next();
        if (page.length === 0) {
          exhausted = true;
          break;
        }
        buf = head > 0 ? buf.slice(head).concat(page) : buf.concat(page);
        head = 0;
      }
    };

    for (;;) {
      if (buf.length - head < window + 2) await fill(window + 2);
      const row = buf[head];
      if (!row) break;
      head++;
      const gap = row.seq > expected;
      if (gap) add({ kind: 'missing', seq: expected, detail: `entries ${expected}..${row.seq - 1} are missing` });
      const bytes = scratch.load(row.body);
      const leaf = leafOfEntry(bytes);
      let faulted = gap;
      if (hexOf(leaf) !== row.leafHash) {
        add({ kind: 'altered', seq: row.seq, detail: 'the body does not match its leaf hash' });
        faulted = true;
      }
      let chained: Uint8Array | null = null;
      if (!faulted) {
        const chain = chainOfEntry(bytes, prevBytes);
        if (hexOf(chain) === row.chainHash) chained = chain;
      }
      if (!faulted && chained === null) {
        faulted = true;
        const next = buf[head];
        const later = buf.slice(head + 1, head + window).find((r) => links(row.chainHash, r));
        const earlier = history.slice(-window).reverse().find((r) => links(row.chainHash, r));
        if (prev2 !== null && links(prev2, row)) {
          add({ kind: 'inserted', seq: row.seq - 1, detail: `entry ${row.seq - 1} does not belong: entry ${row.seq} chains from the one before it` });
        } else if (later ?? earlier) {
          add({ kind: 'reordered', seq: row.seq, detail: `entry ${row.seq} is out of place: it belongs just before entry ${(later ?? earlier)!.seq}` });
        } else if (prevFaulted && next && links(row.chainHash, next)) {
          // This entry is intact and still followed by its successor; only its predecessor moved (already named).
        } else if (next && links(prev, next)) {
          add({ kind: 'inserted', seq: row.seq, detail: `entry ${row.seq} does not belong: entry ${next.seq} chains from entry ${row.seq - 1}` });
        } else {
          add({ kind: 'altered', seq: row.seq, detail: 'the chain hash does not follow from the previous entry and the body' });
        }
      }
      // Stored nodes are compared page by page with those recomputed from the bodies.
      const position = frontier.size + 1;
      if (position > nodesLoadedTo) {
        const upTo = position + pageSize;
        storedNodes = new Map((await readNodesEndingIn(db, position - 1, upTo)).map((n) => [nodeKeyNum(n.level, n.index), n.hash]));
        nodesLoadedTo = upTo;
      }
      for (const node of frontier.append(leaf)) {
        if (!treeFaultReported && storedNodes.get(nodeKeyNum(node.level, node.index)) !== hexOf(node.hash)) {
          add({ kind: 'tree', seq: row.seq, detail: `stored Merkle node ${nodeKeyId(node)} is missing or wrong` });
          treeFaultReported = true;
        }
      }
      if (wantedRoots.has(frontier.size)) rootsAt.set(frontier.size, hexOf(frontier.root()));
      prev2 = prev;
      prev = row.chainHash;
      prevBytes = chained ?? bytesOfHex(row.chainHash);
      expected = row.seq + 1;
      prevFaulted = faulted;
      if (opts.onProgress && ++verifiedCount % progressEvery === 0) await opts.onProgress(verifiedCount);
      history.push(row);
      if (history.length > 2 * window) history.splice(0, history.length - window);
    }
  } finally {
    await stream.close();
  }

  const size = frontier.size;
  const extent = await readNodesExtent(db);
  if (extent > size) add({ kind: 'truncated', seq: size + 1, detail: `tree nodes cover ${extent} entries but the log holds ${size}` });
  for (const c of stored) {
    if (c.treeSize > size) {
      add({ kind: 'truncated', seq: size + 1, detail: `stored checkpoint ${c.id} covers ${c.treeSize} entries but the log holds ${size}` });
    } else if (rootsAt.get(c.treeSize) !== c.rootHash) {
      add({ kind: 'checkpoint', seq: c.treeSize, detail: `stored checkpoint ${c.id} (size ${c.treeSize}) does not match the log` });
    } else if (opts.publicKey && !verifyCheckpointSignature(c, opts.publicKey)) {
      add({ kind: 'checkpoint', seq: c.treeSize, detail: `stored checkpoint ${c.id} has an invalid signature` });
    }
  }

  let checkpoint: CheckpointCheck | null = null;
  if (opts.checkpoint) {
    const c = opts.checkpoint;
    const signatureValid = opts.publicKey ? verifyCheckpointSignature(c, opts.publicKey) : null;
    if (signatureValid === false) add({ kind: 'checkpoint', seq: c.treeSize, detail: 'the checkpoint file signature is invalid' });
    let consistent = false;
    let proofValid = false;
    if (c.treeSize > size) {
      add({ kind: 'truncated', seq: size + 1, detail: `the checkpoint covers ${c.treeSize} entries but the log holds ${size}` });
    } else {
      // A checkpoint older than an archive anchor (`from`): its root is rebuilt from the stored nodes.
      consistent = c.treeSize < startSize ? await readTreeHead(db, c.treeSize).then((h) => h.rootHash === c.rootHash, () => false) : rootsAt.get(c.treeSize) === c.rootHash;
      try {
        const proof = await buildConsistencyProof(db, c.treeSize, size);
        proofValid = verifyConsistency(c.treeSize, size, bytesOfHex(c.rootHash), bytesOfHex(hexOf(frontier.root())), proof.path.map(bytesOfHex));
      } catch {
        proofValid = false;
      }
      if (!consistent) {
        add({ kind: 'forked', seq: c.treeSize, detail: `the first ${c.treeSize} entries are not those the checkpoint of ${c.time} signed: the log was rewritten` });
      }
    }
    checkpoint = { treeSize: c.treeSize, signatureValid, consistent, proofValid };
  }

  // At the same entry, the chain's own verdict names the fault better than its consequence on the tree.
  const rank = (f: ChainFault): number => (f.kind === 'tree' || f.kind === 'checkpoint' ? 1 : 0);
  faults.sort((a, b) => a.seq - b.seq || rank(a) - rank(b));
  return {
    ok: faults.length === 0,
    size,
    rootHash: hexOf(frontier.root()),
    chainHash: prev,
    faults,
    firstFault: faults[0] ?? null,
    storedCheckpointsChecked: stored.length,
    checkpoint,
  };
}

const FAULT_VI: Record<FaultKind, string> = {
  altered: 'bị sửa',
  missing: 'bị xóa/thiếu',
  inserted: 'bị chèn thêm',
  reordered: 'bị đổi thứ tự',
  truncated: 'bị cắt phần cuối',
  tree: 'cây Merkle lưu trữ sai',
  checkpoint: 'điểm kiểm tra không khớp',
  forked: 'nhật ký bị viết lại',
  archive: 'bản ghi lưu trữ không khớp',
};

/**
 * Formats a report for people, in Vietnamese and English.
 *
 * @param r - the report
 * @returns the text
 */
export function formatVerifyReport(r: VerifyReport): string {
  const lines: string[] = [];
  if (r.ok) {
    lines.push(`HỢP LỆ / VALID: ${r.size} mục nhật ký / entries, gốc Merkle / Merkle root ${r.rootHash}`);
  } else {
    const f = r.firstFault!;
    lines.push(`KHÔNG HỢP LỆ / INVALID: mục #${f.seq} ${FAULT_VI[f.kind]} / entry #${f.seq} ${f.kind}: ${f.detail}`);
    for (const g of r.faults.slice(1)) lines.push(`  - mục #${g.seq} ${FAULT_VI[g.kind]} / entry #${g.seq} ${g.kind}: ${g.detail}`);
    lines.push(`Đã đọc / read ${r.size} mục / entries`);
  }
  lines.push(`Điểm kiểm tra đã lưu được đối chiếu / stored checkpoints checked: ${r.storedCheckpointsChecked}`);
  if (r.checkpoint) {
    const c = r.checkpoint;
    const sig = c.signatureValid === null ? 'không kiểm tra / not checked' : c.signatureValid ? 'hợp lệ / valid' : 'SAI / INVALID';
    lines.push(`Tệp điểm kiểm tra (kích thước ${c.treeSize}) / checkpoint file (size ${c.treeSize}): chữ ký / signature ${sig}; ` +
      `nhất quán / consistent: ${c.consistent ? 'có / yes' : 'KHÔNG / NO'}; bằng chứng nhất quán / consistency proof: ${c.proofValid ? 'hợp lệ / valid' : 'SAI / INVALID'}`);
  }
  return `${lines.join('\n')}\n`;
}
